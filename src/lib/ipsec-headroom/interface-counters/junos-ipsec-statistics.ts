import { pairReadings, type InterfaceReading, type SnapshotParse } from './snapshot';

/**
 * Junos `show security ipsec statistics [index N]` (SRX). Each snapshot is a block:
 *   ESP Statistics:
 *     Encrypted bytes:  …   Decrypted bytes:  …   Encrypted packets: …   Decrypted packets: …
 *   AH Statistics: …   Errors: …
 * Encrypted is what the device sent into tunnels (tx), decrypted what it took out (rx). The
 * figures cover every SA unless "index N" was given; a CLI prompt line naming the index, when
 * pasted, labels the block.
 */
const PROMPT_INDEX = /show security ipsec statistics(?:\s+index\s+(\d+))?/;
const FIELD = /^\s*(Encrypted|Decrypted) (bytes|packets):\s*(\d+)/;

export function looksLikeJunosIpsecStatistics(text: string): boolean {
  return /ESP Statistics:/.test(text) && /(Encrypted|Decrypted) bytes:/.test(text);
}

export function parseJunosIpsecStatistics(text: string): SnapshotParse {
  const readings: InterfaceReading[] = [];
  let label = 'all SAs';
  let current: InterfaceReading | null = null;
  for (const line of text.split('\n')) {
    const prompt = PROMPT_INDEX.exec(line);
    if (prompt) {
      label = prompt[1] ? `SA index ${prompt[1]}` : 'all SAs';
      continue;
    }
    if (/^\s*ESP Statistics:/.test(line)) {
      current = { name: label, rxBytes: null, rxPackets: null, txBytes: null, txPackets: null, linkKind: 'tunnel' };
      readings.push(current);
      continue;
    }
    if (/^\s*AH Statistics:/.test(line)) {
      current = null;
      continue;
    }
    const field = current ? FIELD.exec(line) : null;
    if (!field || !current) continue;
    const value = BigInt(field[3]!);
    if (field[1] === 'Encrypted') {
      if (field[2] === 'bytes') current.txBytes = value;
      else current.txPackets = value;
    } else if (field[2] === 'bytes') current.rxBytes = value;
    else current.rxPackets = value;
  }
  const incomplete = readings.find(
    (r) => r.rxBytes === null || r.txBytes === null || r.rxPackets === null || r.txPackets === null,
  );
  if (incomplete) {
    return {
      ok: false,
      message:
        'An ESP Statistics block lacks its Encrypted/Decrypted bytes or packets lines; paste each snapshot whole.',
    };
  }
  return pairReadings('junos-ipsec-statistics', readings, 'show security ipsec statistics');
}
