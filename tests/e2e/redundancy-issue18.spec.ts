/**
 * Issue 18 in a browser, through the URL and the named <output>s: the exact chain's figures with
 * the closed form beside them where the two differ, β estimated from the failure-domain checklist
 * (and adopted), the LXC story's checklist, and solving for a target.
 *
 * The exact and closed-form figures are worked here independently of src/lib/redundancy: the chain
 * by Gaussian elimination of its generator, the closed form from its formulas. Only the page's
 * number formatting is taken from src/lib, so the test compares the same digits the page prints.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoHorizontalOverflow, hydratedWidget } from './fixtures';
import { expectNotHydrated, holdModule } from './network';
import { figureText } from '../../src/lib/format/index';
import { availabilityDecimals } from '../../src/lib/redundancy/wording';
import type { SummaryJson } from '../../src/lib/share/json';
import { readFile } from 'node:fs/promises';

const TOOL = 'tools/redundancy/';
const STORY = 'stories/lxc-host-crashes/';
const HOURS_PER_YEAR = 8760;

interface Inputs {
  n: number;
  k: number;
  mtbfDays: number;
  mttrHours: number;
  beta: number;
}
interface Figures {
  unavailability: number;
  outagesPerYear: number;
}

/** Steady state of the beta-factor chain: solve π·Q = 0 with Σπ = 1 by Gaussian elimination. */
function exactChain({ n, k, mtbfDays, mttrHours, beta }: Inputs): Figures {
  const lambda = 1 / (mtbfDays * 24);
  const mu = 1 / mttrHours;
  const size = n + 2; // 0..n hosts down on their own, then the common-cause outage
  const cc = n + 1;
  const q = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let j = 0; j <= n; j++) {
    if (j < n) q[j]![j + 1] = (n - j) * (1 - beta) * lambda;
    if (j > 0) q[j]![j - 1] = j * mu;
    q[j]![cc] = beta * lambda;
  }
  q[cc]![0] = mu;
  for (let i = 0; i < size; i++) q[i]![i] = -q[i]!.reduce((sum, rate, j) => (j === i ? sum : sum + rate), 0);
  // Transpose to A·π = 0, and replace the last equation with Σπ = 1.
  const a = Array.from({ length: size }, (_, r) => [...Array.from({ length: size }, (_, c) => q[c]![r]!), 0]);
  a[size - 1] = [...new Array<number>(size).fill(1), 1];
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let r = col + 1; r < size; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < size; r++) {
      if (r === col) continue;
      const factor = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= size; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  const pi = a.map((row, i) => row[size]! / row[i]!);
  let down = pi[cc]!;
  for (let j = n - k + 1; j <= n; j++) down += pi[j]!;
  let up = 0;
  for (let j = 0; j <= n - k; j++) up += pi[j]!;
  const outagesPerHour = up * beta * lambda + pi[n - k]! * k * (1 - beta) * lambda;
  return { unavailability: down, outagesPerYear: outagesPerHour * HOURS_PER_YEAR };
}

const choose = (n: number, r: number): number => (r === 0 ? 1 : (choose(n, r - 1) * (n - r + 1)) / r);

/** The closed form, as the tools page works it by hand. */
function closedForm({ n, k, mtbfDays, mttrHours, beta }: Inputs): Figures {
  const lambda = 1 / (mtbfDays * 24);
  const x = lambda * mttrHours;
  const uCc = (beta * x) / (1 + beta * x);
  const u = ((1 - beta) * x) / (1 + x);
  let uKofN = 0;
  for (let j = 0; j < k; j++) uKofN += choose(n, j) * (1 - u) ** j * u ** (n - j);
  const unavailability = uCc + (1 - uCc) * uKofN;
  const cc = beta * lambda * (1 - unavailability);
  const independent = (1 - uCc) * choose(n, k) * (1 - u) ** k * u ** (n - k) * k * (1 - beta) * lambda;
  return { unavailability, outagesPerYear: (cc + independent) * HOURS_PER_YEAR };
}

const availabilityText = (u: number) => figureText(1 - u, { digits: availabilityDecimals(u) });
const query = (inputs: Inputs, extra = '') =>
  `?n=${inputs.n}&k=${inputs.k}&mtbf_days=${inputs.mtbfDays}&mttr_hours=${inputs.mttrHours}&beta=${inputs.beta}${extra}`;

const output = (widget: Locator, name: string) => widget.locator(`output[name="${name}"]`);
const hydrated = (page: Page, id: string) => hydratedWidget(page, `#${id}`);

test.describe('redundancy, issue 18', () => {
  test('shows the exact chain’s figures, and the closed form beside them where they differ', async ({ page }) => {
    // 3 of 4 hosts, 2 days between failures, 24 h repairs: n × MTTR ÷ MTBF = 2, far outside the closed form's range.
    const inputs: Inputs = { n: 4, k: 3, mtbfDays: 2, mttrHours: 24, beta: 0.3 };
    const exact = exactChain(inputs);
    const closed = closedForm(inputs);
    // The two really differ here, by more than the page's 1 % agreement.
    expect(Math.abs(closed.unavailability - exact.unavailability) / exact.unavailability).toBeGreaterThan(0.01);

    await page.goto(`${TOOL}${query(inputs)}`);
    const widget = await hydrated(page, 'redundancy-calc');
    await expect(output(widget, 'group-availability')).toHaveText(availabilityText(exact.unavailability));
    await expect(output(widget, 'group-outages-per-year')).toHaveText(figureText(exact.outagesPerYear));
    await expect(output(widget, 'downtime-hours-per-year')).toHaveText(
      figureText(exact.unavailability * HOURS_PER_YEAR),
    );
    await expect(output(widget, 'closed-form-group-availability')).toHaveText(availabilityText(closed.unavailability));
    await expect(output(widget, 'closed-form-group-outages-per-year')).toHaveText(figureText(closed.outagesPerYear));
    await expect(output(widget, 'closed-form-group-availability')).not.toHaveText(
      availabilityText(exact.unavailability),
    );
    const beside = widget.locator('[data-closed-form="differs"]');
    await expect(beside).toContainText('The figures above are the exact chain’s');
    await expect(beside).toContainText('n × MTTR ÷ MTBF is 2');
    await expect(widget).not.toContainText(/few per ?cent/);
  });

  test('where the two agree, shows one set of figures and says so', async ({ page }) => {
    const inputs: Inputs = { n: 3, k: 2, mtbfDays: 45, mttrHours: 4, beta: 0.05 };
    await page.goto(`${TOOL}${query(inputs)}`);
    const widget = await hydrated(page, 'redundancy-calc');
    await expect(output(widget, 'group-availability')).toHaveText(availabilityText(exactChain(inputs).unavailability));
    await expect(widget.locator('[data-closed-form="agrees"]')).toBeVisible();
    await expect(output(widget, 'closed-form-group-availability')).toHaveCount(0);
  });

  test('?shared=vlan,power estimates β, and the button adopts it', async ({ page }) => {
    await page.goto(`${TOOL}?beta=0.5&shared=vlan,power`);
    const widget = await hydrated(page, 'redundancy-calc');
    const part = widget.locator('details[data-part="checklist"]');
    // A link that answers the checklist opens it.
    await expect(part).toHaveAttribute('open', '');
    // Nothing is known to be separate, so no defence earns a point: score 0, the lowest band, β = 10 %.
    await expect(output(widget, 'beta-estimate')).toHaveText('10 %');
    await expect(
      part.getByRole('group', { name: 'Same VLAN or broadcast domain' }).getByLabel('Shared', { exact: true }),
    ).toBeChecked();
    await expect(
      part.getByRole('group', { name: 'Same power feed' }).getByLabel('Shared', { exact: true }),
    ).toBeChecked();
    await expect(part.getByRole('group', { name: 'Same NIC model and driver' }).getByLabel('Unknown')).toBeChecked();
    await expect(part).toContainText('our adaptation of the β-estimation method in IEC 61508-6:2010 Annex D');

    await part.getByRole('button', { name: 'Use this β above' }).click();
    await expect(widget.locator('input[name="beta"]')).toHaveValue('0.1');
    await expect(page).toHaveURL(/beta=0\.1(&|$)/);
    await expect(part.getByRole('status').filter({ hasText: 'β set to 10 %.' })).toBeVisible();
  });

  test('domains marked not shared lower the estimate, by keyboard, and the adopted β moves the figures', async ({
    page,
  }) => {
    // Not shared: NIC and driver (25 points), kernel and firmware (20), deploy (25), upstream (20):
    // 90 points, in the band from 70 to under 120, where β = 2 % (sensors and final elements column).
    await page.goto(`${TOOL}?shared=vlan,power&separate=nic-driver,kernel-firmware,deploy,upstream`);
    const widget = await hydrated(page, 'redundancy-calc');
    const part = widget.locator('details[data-part="checklist"]');
    await expect(output(widget, 'beta-estimate')).toHaveText('2 %');
    // Keyboard only: Tab to the hardware batch's radios and pick "Not shared" with the arrow keys.
    const batch = part.getByRole('group', { name: 'Same hardware batch' });
    await batch.getByLabel('Unknown').focus();
    await page.keyboard.press('ArrowUp');
    await expect(batch.getByLabel('Not shared')).toBeChecked();
    await expect(page).toHaveURL(/separate=nic-driver%2Ckernel-firmware%2Cdeploy%2Cupstream%2Chardware-batch/);
    // The hardware batch adds 10 points: 100, still the same band.
    await expect(output(widget, 'beta-estimate')).toHaveText('2 %');
    // Faster detection multiplies the X points: with minutes, 100 + 50 = 150 points, the top band, 1 %.
    await part.locator('select[name="detection"]').selectOption('minutes');
    await expect(output(widget, 'beta-estimate')).toHaveText('1 %');
    await expect(page).toHaveURL(/detection=minutes/);

    const button = part.getByRole('button', { name: 'Use this β above' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(widget.locator('input[name="beta"]')).toHaveValue('0.01');
    const inputs: Inputs = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 0.01 };
    await expect(output(widget, 'group-availability')).toHaveText(availabilityText(exactChain(inputs).unavailability));
  });

  test('the story preset ticks the shared VLAN and says the rest is unknown', async ({ page }) => {
    await page.goto(STORY);
    const widget = await hydrated(page, 'redundancy-story');
    const part = widget.locator('details[data-part="checklist"]');
    await part.locator('summary').click();
    await expect(output(widget, 'beta-estimate')).toHaveText('10 %');
    await expect(
      part.getByRole('group', { name: 'Same VLAN or broadcast domain' }).getByLabel('Shared', { exact: true }),
    ).toBeChecked();
    for (const name of [
      'Same NIC model and driver',
      'Same kernel and firmware',
      'Same top-of-rack switch',
      'Same power feed',
      'Same config-management push or deploy window',
      'Same upstream dependency',
      'Same hardware batch',
    ]) {
      await expect(part.getByRole('group', { name }).getByLabel('Unknown'), name).toBeChecked();
    }
    await expect(part).toContainText('Shared, from the record: both servers sat on the same VLAN');
    await expect(part).toContainText('Unknown: the record names no NIC or driver');
    await expect(part).toContainText('The record measures β itself');
    // Opening the checklist changes nothing, so the address stays as it was.
    expect(new URL(page.url()).search).toBe('');
  });

  test('solves for β against an availability target, and the answer meets it', async ({ page }) => {
    await page.goto(`${TOOL}?target_availability=0.9999`);
    const widget = await hydrated(page, 'redundancy-calc');
    await expect(widget.locator('details[data-part="solver"]')).toHaveAttribute('open', '');
    const answer = output(widget, 'target-answer');
    await expect(answer).toHaveText(/^β at most [\d.]+ %$/);
    await expect(answer).toHaveAttribute('data-outcome', 'limit');
    const percent = Number((await answer.textContent())!.match(/[\d.]+/)![0]);
    const base = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2 };
    // The β shown meets the target; the next value at the same three digits does not.
    expect(1 - exactChain({ ...base, beta: percent / 100 }).unavailability).toBeGreaterThanOrEqual(0.9999);
    const step = 10 ** (Math.floor(Math.log10(percent)) - 2);
    expect(1 - exactChain({ ...base, beta: (percent + step) / 100 }).unavailability).toBeLessThan(0.9999);
  });

  test('a target typed in the field goes into the address; one no number of hosts can reach says so', async ({
    page,
  }) => {
    await page.goto(TOOL);
    const widget = await hydrated(page, 'redundancy-calc');
    const part = widget.locator('details[data-part="solver"]');
    await part.locator('summary').click();
    await part.getByLabel('Hosts in the group (n)').check();
    await part.locator('input[name="target_availability"]').fill('0.9999999');
    await expect(page).toHaveURL(/target_availability=0\.9999999&solve_for=n/);
    const answer = output(widget, 'target-answer');
    await expect(answer).toHaveText('No number of hosts');
    await expect(answer).toHaveAttribute('data-outcome', 'unreachable');
    // β = 0.1 with 2 h repairs every 20 days keeps any group down about 3.6 hours a year.
    await expect(part.locator('[data-target-why]')).toContainText('Adding hosts cannot help');
  });

  test('an outage target no β can reach says none can', async ({ page }) => {
    // One host: it fails about 18 times a year whatever β is.
    await page.goto(`${TOOL}?n=1&target_outages=1`);
    const widget = await hydrated(page, 'redundancy-calc');
    await expect(output(widget, 'target-answer')).toHaveText('No β reaches it');
  });

  test('bad checklist and target values in a link are ignored with the notice', async ({ page }) => {
    await page.goto(`${TOOL}?shared=vlan,wifi&detection=often&target_availability=2&solve_for=k`);
    const widget = await hydrated(page, 'redundancy-calc');
    const notice = widget.locator('.kit-notice');
    for (const key of ['shared', 'detection', 'target_availability', 'solve_for']) {
      await expect(notice.locator('code', { hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
    }
    await expect(notice).toContainText('“wifi”');
    await expect(widget.locator('details[data-part="checklist"]')).not.toHaveAttribute('open', '');
    await expect(output(widget, 'group-availability')).toHaveText('0.99957');
  });

  test('the copies carry the estimate and the answer as their outputs show them', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${TOOL}?n=4&k=3&mtbf_days=2&mttr_hours=24&beta=0.3&shared=vlan&target_outages=200`);
    const widget = await hydrated(page, 'redundancy-calc');
    await expect(output(widget, 'beta-estimate')).toBeVisible();
    await expect(output(widget, 'target-answer')).toBeVisible();
    const saved = page.waitForEvent('download');
    await widget.getByRole('button', { name: 'Download JSON', exact: true }).click();
    const json = JSON.parse(await readFile(await (await saved).path(), 'utf8')) as SummaryJson;
    const rows = json.tables.flatMap((table) => table.rows);
    const named = rows.flatMap((row) => (row.output ? [row] : []));
    for (const name of ['beta-estimate', 'target-answer', 'closed-form-group-availability', 'group-availability']) {
      expect(named.map((row) => row.output)).toContain(name);
    }
    for (const row of named) {
      const shown = ((await output(widget, row.output!).first().textContent()) ?? '').trim();
      expect(row.value === shown || row.value.startsWith(`${shown} `), `${row.label}: ${row.value} vs ${shown}`).toBe(
        true,
      );
    }
    expect(json.notes.join(' ')).toContain('our adaptation of the β-estimation method');
  });

  test('with both parts open: no axe violations, and no sideways scrolling on a 375 px phone', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${TOOL}?n=4&k=3&mtbf_days=2&mttr_hours=24&beta=0.3&shared=vlan&target_availability=0.5`);
    const widget = await hydrated(page, 'redundancy-calc');
    await expect(output(widget, 'beta-estimate')).toBeVisible();
    await expect(output(widget, 'target-answer')).toBeVisible();
    await expect(output(widget, 'closed-form-group-availability')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
  });

  test('a section opened before the island hydrates stays open and loads its part', async ({ page }) => {
    const release = await holdModule(page, 'Redundancy');
    await page.goto(TOOL);
    const part = page.locator('#redundancy-calc details[data-part="checklist"]');
    // A <details> opens without script; the press also starts the island's (held) download.
    await part.locator('summary').click();
    await expect(part).toHaveAttribute('open', '');
    await expectNotHydrated(page, '#redundancy-calc');
    release();
    await expect(part.locator('output[name="beta-estimate"]')).toHaveText('10 %', { timeout: 30_000 });
    await expect(part).toHaveAttribute('open', '');
  });
});
