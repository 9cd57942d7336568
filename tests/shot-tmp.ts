import { startTestHost } from './support/hostFixture';
import { launchChromium } from './support/chromium';
const fx = await startTestHost();
const browser = await launchChromium();
await fetch(`${fx.host.url}/api/project:create`, { method: 'POST', body: JSON.stringify({ templateId: 'duna-cargo', title: 'Duna' }) });
for (const [w, h] of [[1280, 800], [1920, 1080]] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  for (const s of process.argv.slice(2)) {
    await page.goto(`${fx.host.url}/#/project/duna/${s}`);
    await page.waitForTimeout(700);
    await page.screenshot({ path: `/tmp/c${w}-${s}.png` });
  }
  await page.close();
}
await browser.close();
await fx.dispose();
