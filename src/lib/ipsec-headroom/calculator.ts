import { defineCalculator } from '../url-state/calculator-definition';
import type { HeadroomInputs } from './model';
import { PRESETS } from './presets';
import { URL_SCHEMA } from './url-schema';

export const calculator = defineCalculator<HeadroomInputs>({
  slug: 'ipsec-headroom',
  title: 'IPsec headroom',
  description:
    'How much room is left in this tunnel, and when does it run out? Per-packet ESP overhead, packet mix, MTU fit, and capacity between the byte limit and the packet-rate limit.',
  question:
    'Given a device’s IPsec rating, a cipher, a traffic mix and growing demand, how much headroom is left and how many months until it fills?',
  story: {
    title: 'Inter-DC IPsec tunnels',
    href: '/stories/interdc-ipsec-tunnels/',
    figure: 'a 350 Mbps firewall saturated in December 2015',
  },
  terms: [
    { title: 'ESP', href: '/glossary/#esp' },
    { title: 'MTU', href: '/glossary/#mtu' },
    { title: 'MSS', href: '/glossary/#mss' },
    { title: 'pps', href: '/glossary/#pps' },
    { title: 'IMIX', href: '/glossary/#imix' },
    { title: 'BDP', href: '/glossary/#bdp' },
  ],
  schema: URL_SCHEMA,
  presets: PRESETS,
});
