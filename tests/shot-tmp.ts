import { startTestHost } from './support/hostFixture';
import { launchChromium } from './support/chromium';
const fx = await startTestHost();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
await fetch(`${fx.host.url}/api/project:create`, { method: 'POST', body: JSON.stringify({ templateId: 'duna-cargo', title: 'Duna' }) });
for (const s of ['catalogues', 'goals', 'methods', 'distribution', 'channelRules', 'documentFlow', 'salesOverview', 'salesForecast', 'salesTactics', 'vipProgramme', 'review']) {
  await page.goto(`${fx.host.url}/#/project/duna/${s}`);
  await page.waitForTimeout(900);
  await page.screenshot({ path: `/tmp/ch-${s}.png`, fullPage: false });
}
await browser.close();
await fx.dispose();
