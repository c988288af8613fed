import { test, expect } from './fixtures';
test('debug', async ({ page, context, siteGuard }) => {
  siteGuard.allowNetworkLoss();
  const logs: string[] = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('requestfailed', (r) => logs.push(`failed: ${r.url()}`));
  page.on('requestfinished', (r) => logs.push(`ok: ${r.url()}`));
  await page.goto('tools/latency-compare/');
  const boxA = page.getByLabel('Samples for A');
  await page.evaluate(() => { window.addEventListener('online', () => console.log('ONLINE EVENT')); });
  await boxA.click();
  await expect.poll(() => boxA.evaluate((e) => !e.closest('astro-island')?.hasAttribute('ssr'))).toBe(true);
  await context.setOffline(true);
  await boxA.fill('58\n61\n63');
  await expect(page.locator('#latency-compare')).toContainText(/analysis code could not be downloaded/, { timeout: 30_000 });
  logs.push('--- online');
  await context.setOffline(false);
  await page.waitForTimeout(3000);
  const name = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.includes('sample-parts')) ?? 'none');
  logs.push('--- direct import of ' + name);
  logs.push(await page.evaluate((u) => import(u).then(() => 'import ok', (e) => 'import failed ' + String(e)), name));
  for (const dep of ['seeded-random.yjZWyKl5.js', 'LazyChart.D_WxAbrE.js']) {
    logs.push(dep + ': ' + (await page.evaluate((u) => import(u).then(() => 'import ok', (e) => 'import failed ' + String(e)), '/_astro/' + dep)));
  }
  logs.push('retry query: ' + (await page.evaluate((u) => import(u + '?r=1').then(() => 'import ok', (e) => 'import failed ' + String(e)), name)));
  logs.push('plain again: ' + (await page.evaluate((u) => import(u).then(() => 'import ok', (e) => 'import failed ' + String(e)), name)));
  logs.push('--- click');
  await page.mouse.click(2, 2);
  await page.waitForTimeout(3000);
  console.log(logs.filter((l) => !l.includes('fonts')).join('\n'));
  console.log(await page.locator('#latency-compare output[name="a-n"]').textContent());
  console.log(await page.locator('#latency-compare').innerText().then((t) => t.slice(0, 1500)));
});
