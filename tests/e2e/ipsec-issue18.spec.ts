/**
 * Issue 18 in the IPsec headroom calculator: measured load from pasted counters, the single-SA
 * ceiling, MSS lines to paste, and GRE and WireGuard beside ESP. Everything goes through the URL
 * and the named <output>s; expected figures are computed here from the fixtures' own records
 * (tests/fixtures/interface-counters/*.json) and the RFC sizes, not read from the page's code.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, hydratedWidget } from './fixtures';
import { expectNotHydrated, holdModule } from './network';

const TOOL = 'tools/ipsec-headroom/';
const W = '#ipsec-headroom';
const FIXTURES = new URL('../fixtures/interface-counters/', import.meta.url);

interface FixtureMeta {
  intervalSeconds: number;
  traffic: { tx?: { packets: number; bytes: number }; hcDelta?: Record<string, number> };
}

/** The pasted text (our provenance lines starting with # removed) and what was recorded about it. */
function fixture(name: string): { text: string; meta: FixtureMeta } {
  const lines = readFileSync(new URL(`${name}.txt`, FIXTURES), 'utf8').split('\n');
  let start = 0;
  while (lines[start]?.startsWith('#')) start += 1;
  const meta = JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as FixtureMeta;
  return { text: lines.slice(start).join('\n'), meta };
}

const output = (page: Page, name: string) => page.locator(`${W} output[name="${name}"]`);
const field = (page: Page, name: string) => page.locator(`${W}-${name}`);
const section = (page: Page, title: RegExp) =>
  page.locator(`${W} details`).filter({ has: page.locator('summary', { hasText: title }) });
/** How a <Result> prints a figure by default: three significant digits, no grouping. */
const threeDigits = (value: number) => String(Number(value.toPrecision(3)));
/** The unrounded figure an <output> carries in its title. */
const exact = async (page: Page, name: string) =>
  Number((await output(page, name).getAttribute('title'))?.replaceAll(',', ''));

// Linux counts the 14-byte Ethernet header on a veth device (fixtures README); the model wants IP bytes.
const ETHERNET = 14;

test.describe('IPsec headroom, issue 18', () => {
  test('two ip -s link snapshots give the load, and the button puts it into demand and mix', async ({ page }) => {
    const { text, meta } = fixture('ip-s-link-dev');
    const { packets, bytes } = meta.traffic.tx!;
    const seconds = meta.intervalSeconds;
    const ipBytes = bytes - packets * ETHERNET;
    const mbps = (ipBytes * 8) / seconds / 1e6;
    const pps = packets / seconds;
    const mean = ipBytes / packets;

    await page.goto(TOOL);
    await hydratedWidget(page, W);
    await section(page, /Measured load/)
      .locator('summary')
      .click();
    await page.locator(`${W} textarea[name="counters"]`).fill(text);
    await field(page, 'counter_seconds').fill(String(seconds));

    await expect(output(page, 'measured-format')).toHaveText(/^ip -s link \(iproute2\), veth-a/);
    await expect(output(page, 'measured-mbps')).toHaveText(threeDigits(mbps));
    await expect(output(page, 'measured-pps')).toHaveText(threeDigits(pps));
    await expect(output(page, 'measured-mean-bytes')).toHaveText(threeDigits(mean));
    expect(await exact(page, 'measured-mbps')).toBeCloseTo(mbps, 9);
    expect(await exact(page, 'measured-pps')).toBeCloseTo(pps, 9);
    expect(await exact(page, 'measured-mean-bytes')).toBeCloseTo(mean, 9);
    await expect(page).toHaveURL(/[?&]counter_seconds=16\.579(&|#|$)/);
    expect(new URL(page.url()).searchParams.get('counters')).toBe(text);

    const demandBefore = await field(page, 'demand').inputValue();
    await page
      .locator(W)
      .getByRole('button', { name: /Use these figures/ })
      .click();
    const demand = String(Number(mbps.toPrecision(4)));
    expect(demand).not.toBe(demandBefore);
    await expect(field(page, 'demand')).toHaveValue(demand);
    await expect(field(page, 'mix')).toHaveValue(String(Math.round(mean)));
    await expect(page).toHaveURL(new RegExp(`[?&]demand=${demand.replace('.', '\\.')}(&|#|$)`));
    // The model now runs on the measured load: packets per second = demand ÷ (8 × mean size).
    const demandPps = (Number(demand) * 1e6) / (8 * Math.round(mean));
    await expect(output(page, 'demand-pps')).toHaveText(threeDigits(demandPps));
  });

  test('a wrapped 32-bit SNMP counter is counted once round and explained', async ({ page }) => {
    const { text, meta } = fixture('snmpget-counter32-wrap');
    const query = new URLSearchParams({ counters: text, counter_seconds: String(meta.intervalSeconds) });
    await page.goto(`${TOOL}?${query.toString()}`);
    await hydratedWidget(page, W);
    // Counters in the link open their section.
    await expect(section(page, /Measured load/)).toHaveAttribute('open', '');
    await expect(output(page, 'measured-format')).toHaveText(/^SNMP/);
    await expect(section(page, /Measured load/)).toContainText(/4,294,967,295 and started again from 0/);
    await expect(section(page, /Measured load/)).toContainText('wrapped once');
    // The true difference was read from the 64-bit counters at the same moments.
    const { outOctets, outUcastPkts } = meta.traffic.hcDelta!;
    expect(await exact(page, 'measured-pps')).toBeCloseTo(outUcastPkts! / meta.intervalSeconds, 6);
    const framing = Number(
      /Without (\d+) bytes of framing/.exec((await section(page, /Measured load/).textContent()) ?? '')?.[1],
    );
    const ipMbps = ((outOctets! - outUcastPkts! * framing) * 8) / meta.intervalSeconds / 1e6;
    expect(await exact(page, 'measured-mbps')).toBeCloseTo(ipMbps, 6);
  });

  test('pasted text from a link is text: markup stays in the box and is named as an unknown format', async ({
    page,
  }) => {
    const hostile = '<img src=x onerror="document.title=1">\n<script>document.title=2</script>';
    await page.goto(`${TOOL}?counters=${encodeURIComponent(hostile)}&counter_seconds=10`);
    await hydratedWidget(page, W);
    await expect(page.locator(`${W} textarea[name="counters"]`)).toHaveValue(hostile);
    await expect(section(page, /Measured load/)).toContainText('does not look like counter output');
    await expect(page.locator(`${W} img, ${W} script`)).toHaveCount(0);
    expect(await page.title()).not.toMatch(/^[12]$/);
  });

  test('MSS lines carry the computed MSS and their copy buttons copy them', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto(`${TOOL}?suite=aes-gcm-16&mode=tunnel&outer=ipv4&natt=0&mtu=1500&mix=1400`);
    await hydratedWidget(page, W);
    // 1500 − 20 (IPv4) − 8 (ESP) − 8 (IV) − 16 (ICV) = 1448, a multiple of 4; − 2 (trailer) = 1446 inner.
    // MSS: 1446 − 20 − 20 = 1406 for IPv4 inside, 1446 − 40 − 20 = 1386 for IPv6 inside.
    await expect(output(page, 'mss')).toHaveText('1406');
    await section(page, /MSS lines/)
      .locator('summary')
      .click();
    await expect(output(page, 'mss-config-ios')).toHaveText('ip tcp adjust-mss 1406');
    await expect(output(page, 'mss-config-ios-ipv6')).toHaveText('ipv6 tcp adjust-mss 1386');
    // Junos has one value for IPv4 and IPv6 alike: the smaller.
    await expect(output(page, 'mss-config-junos')).toHaveText('set security flow tcp-mss ipsec-vpn mss 1386');
    await expect(output(page, 'mss-config-linux')).toHaveText(
      'meta nfproto ipv4 tcp flags syn tcp option maxseg size set 1406',
    );
    await expect(output(page, 'mss-config-iptables')).toHaveText(/--set-mss 1406$/);

    for (const name of ['mss-config-junos', 'mss-config-ios', 'mss-config-linux']) {
      const line = page.locator(`${W} .ipsec-mss`).filter({ has: page.locator(`output[name="${name}"]`) });
      await line.getByRole('button', { name: 'Copy' }).click();
      await expect(line.locator('span[role="status"]')).toHaveText('Copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await output(page, name).textContent());
      await expect(line.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
    }
  });

  test('with cores and a per-SA rate, one core binds; per-CPU SAs lift it', async ({ page }) => {
    await page.goto(`${TOOL}?suite=aes-gcm-16&mix=1400&rating=1000&rated_at=1400&cores=8&per_sa_mbps=100`);
    await hydratedWidget(page, W);
    await expect(section(page, /Single-SA ceiling/)).toHaveAttribute('open', '');
    await expect(output(page, 'sa-binding')).toHaveAttribute('data-binding', 'one-core');
    await expect(output(page, 'sa-binding')).toHaveText(/^one core/);
    await expect(output(page, 'sa-ceiling-mbps')).toHaveText('100');
    // Eight cores at 100 Mbps each: 800 Mbps, below the device's 1000 Mbps at the rated size.
    await expect(output(page, 'sa-all-cores-mbps')).toHaveText('800');

    await field(page, 'per_cpu_sa').selectOption('on');
    await expect(output(page, 'sa-binding')).toHaveAttribute('data-binding', 'cores');
    await expect(output(page, 'sa-ceiling-mbps')).toHaveText('800');
    await expect(page).toHaveURL(/[?&]per_cpu_sa=1(&|#|$)/);
    await field(page, 'cores').fill('abc');
    await expect(field(page, 'cores')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`${W} .kit-results[aria-label="Single-SA ceiling"]`)).toHaveAttribute(
      'data-stale',
      'true',
    );
  });

  test('GRE over IPsec and WireGuard rows sit beside ESP', async ({ page }) => {
    await page.goto(`${TOOL}?suite=aes-gcm-16&mode=tunnel&outer=ipv4&natt=0&mtu=1500&mix=1408`);
    await hydratedWidget(page, W);
    await section(page, /GRE over IPsec/)
      .locator('summary')
      .click();
    await expect(output(page, 'encap-esp-max-inner')).toHaveText('1446');
    // GRE puts a 20-byte delivery header and 4 bytes of GRE (8 with a key) inside the same ESP.
    await expect(output(page, 'encap-gre-max-inner')).toHaveText('1422');
    await expect(output(page, 'encap-gre-key-max-inner')).toHaveText('1418');
    await expect(output(page, 'encap-gre-mss')).toHaveText('1382');
    // WireGuard: IP + 8 UDP + 16 header + 16 tag, and 1408 needs no padding to 16.
    await expect(output(page, 'encap-wg-ipv4-overhead')).toHaveText('60');
    await expect(output(page, 'encap-wg-ipv6-overhead')).toHaveText('80');
    await expect(output(page, 'encap-wg-ipv4-max-inner')).toHaveText('1440');
    await expect(output(page, 'encap-wg-ipv6-mss')).toHaveText('1380');
    // ESP: 1408 + 2 is a multiple of 2 but not 4: 2 bytes of padding; 20 + 8 + 8 + 16 + 2 + 2 = 56.
    await expect(output(page, 'encap-esp-overhead')).toHaveText('56');
  });

  test('once the sections are in, copies carry their figures under the outputs’ names', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const { text, meta } = fixture('ip-s-link-dev');
    const query = new URLSearchParams({ counters: text, counter_seconds: String(meta.intervalSeconds), cores: '4' });
    await page.goto(`${TOOL}?${query.toString()}`);
    const widget = await hydratedWidget(page, W);
    await expect(output(page, 'measured-mbps')).not.toBeEmpty();
    await widget.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(widget.locator('.kit-share__status')).toHaveText(/^Copied as Markdown/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    for (const [label, name, unit] of [
      ['Measured load', 'measured-mbps', ' Mbps'],
      ['Measured packets per second', 'measured-pps', ' packets/s'],
      ['Ceiling that binds', 'sa-binding', ''],
      ['Junos (SRX)', 'mss-config-junos', ''],
      ['WireGuard over IPv4: largest inner packet', 'encap-wg-ipv4-max-inner', ' bytes'],
    ] as const) {
      expect(copied).toContain(`| ${label} | ${(await output(page, name).textContent()) ?? ''}${unit} |`);
    }
  });
});

test.describe('IPsec headroom, issue 18, before its code is in', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a paste into the counters box before hydration is kept and measured once the section loads', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { text, meta } = fixture('ip-s-link-dev');
    const release = await holdModule(page, 'IpsecHeadroom');
    const releaseParts = await holdModule(page, 'further-parts');
    await page.goto(TOOL);
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    // The section opens without script; the click also starts the island's (held) download.
    await section(page, /Measured load/)
      .locator('summary')
      .click();
    await page.locator(`${W} textarea[name="counters"]`).click();
    await page.keyboard.press('ControlOrMeta+V');
    await expectNotHydrated(page, W);

    release();
    // Hydrated, the sections' code still held back: the paste is in the state (and the link).
    await expect(page).toHaveURL(/[?&]counters=/, { timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('counters')).toBe(text);
    await expect(page.locator(`${W} .ipsec-more__wait`).first()).toHaveText('Loading…');

    releaseParts();
    await field(page, 'counter_seconds').fill(String(meta.intervalSeconds));
    const { packets } = meta.traffic.tx!;
    await expect(output(page, 'measured-pps')).toHaveText(threeDigits(packets / meta.intervalSeconds), {
      timeout: 60_000,
    });
    await expect(page.locator(`${W} textarea[name="counters"]`)).toHaveValue(text);
  });
});
