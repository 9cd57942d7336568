// `npm run bench`: speed figures for the forecast, printed as medians over repeated runs (the
// machines this runs on are shared and noisy; no figure here is asserted by any test).
//  1. The engine: computing a 40-line × 10-year forecast.
//  2. The PDF and DOCX export of the sample and of that large plan, with peak memory, and
//     LibreOffice's DOCX → PDF conversion of the sample as a reference.
//  3. The grid in Chromium, on the same plan: keystroke to paint inside a cell editor, and
//     committing a cell (Enter) to the totals being painted.
import { performance } from 'node:perf_hooks';
import { computeForecast } from '../../shared/forecast/engine';
import { createBlankProject } from '../../shared/project/blank';
import type { ForecastLine, Project } from '../../shared/project/schema';
import { launchChromium } from '../support/chromium';
import { startTestHost } from '../support/hostFixture';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const quartiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p25 ${sorted[Math.floor(sorted.length * 0.25)]!.toFixed(2)}, p75 ${sorted[Math.floor(sorted.length * 0.75)]!.toFixed(2)}`;
};

function bigPlan(): Project {
  const project = createBlankProject({ now: new Date('2026-11-28T00:00:00Z'), currency: 'HUF', title: 'Bench 40 × 10' });
  project.meta.horizonYears = 10;
  project.salesPlan.forecast.lines = Array.from({ length: 40 }, (_, i): ForecastLine => ({
    id: `line-${i}`,
    name: `Line ${i + 1}`,
    productGroupId: null,
    channelId: null,
    unitName: 'piece',
    priceSegment: i % 3 === 0 ? 'high' : 'mid',
    planning: i % 4 === 0 ? 'units' : 'money',
    unitPrice: i % 4 === 0 ? 250_000_00 : null,
    year1: Array.from({ length: 12 }, (_, m) => (i % 4 === 0 ? 10 + m : 1_000_000_00 * (1 + i / 10) * (1 + m / 50))),
    year1Generator: null,
    laterYears: Array.from({ length: 9 }, (_, k) => (k % 3 === 2 ? { mode: 'amount' as const, value: i % 4 === 0 ? 200 : 20_000_000_000 } : { mode: 'growth' as const, value: 5 + k })),
    directCost: i % 4 === 0 ? { mode: 'perUnit', value: 150_000_00 } : { mode: 'percentOfSales', value: 60 },
  }));
  return project;
}

const project = bigPlan();

// 1. Engine
for (let i = 0; i < 50; i++) computeForecast(project); // warm-up
const engine: number[] = [];
for (let i = 0; i < 500; i++) {
  const start = performance.now();
  computeForecast(project);
  engine.push(performance.now() - start);
}
console.log(`engine, 40 lines × 10 years: median ${median(engine).toFixed(3)} ms (${quartiles(engine)}; 500 runs)`);

// 2. PDF export, in-process: the sample and the large plan (every chapter of the sample).
{
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { exportDocument } = await import('../../main/services/export/exportDocument');
  const { templateProject } = await import('../support/projects');
  const dir = await mkdtemp(join(tmpdir(), 'cpb-bench-'));
  const duna = templateProject('duna-cargo');
  const large = { ...duna, meta: { ...duna.meta, horizonYears: 10 }, salesPlan: { ...duna.salesPlan, forecast: { ...duna.salesPlan.forecast, lines: project.salesPlan.forecast.lines } } };
  for (const format of ['pdf', 'docx'] as const) {
    for (const [name, subject] of [['Duna Cargo', duna], ['40 lines × 10 years', large]] as const) {
      const times: number[] = [];
      let peak = 0;
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        const result = await exportDocument(subject, { format, draft: false, paper: 'A4', accent: '#0b7a66' }, join(dir, `bench.${format}`));
        times.push(performance.now() - start);
        peak = Math.max(peak, process.memoryUsage().rss);
        if (!result.ok) throw new Error(result.error.message);
        if (i === 4) console.log(`${format} export, ${name}: median ${median(times).toFixed(0)} ms over 5 runs, ${Math.round(result.value.bytes / 1024)} KB, peak RSS ${Math.round(peak / 1048576)} MB`);
      }
    }
  }
  // Reference: LibreOffice converting our DOCX of the sample to PDF on the same machine.
  const { execFileSync } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  if (existsSync('/usr/bin/soffice')) {
    await exportDocument(duna, { format: 'docx', draft: false, paper: 'A4', accent: '#0b7a66' }, join(dir, 'duna.docx'));
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      execFileSync('/usr/bin/soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'duna.docx')], { stdio: 'pipe' });
      times.push(performance.now() - start);
    }
    console.log(`reference: LibreOffice DOCX → PDF of the sample: median ${median(times).toFixed(0)} ms over 3 runs`);
  }
  await rm(dir, { recursive: true, force: true });
}

// 3. Grid in Chromium
const fx = await startTestHost();
const browser = await launchChromium();
try {
  const post = (call: string, body: unknown) => fetch(`${fx.host.url}/api/${call}`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());
  const created = await post('project:create', { templateId: 'blank', title: 'Bench' });
  const id = created.value.id as string;
  await post('project:open', { id });
  await post('project:save', { id, project: { ...project, id: created.value.id } });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${fx.host.url}/#/project/${id}/salesForecast`);
  const grid = page.getByTestId('forecast-grid');
  await grid.waitFor();
  await page.waitForTimeout(1000);

  // Records, for every key pressed, the time until the frame after it is painted.
  await page.evaluate(() => {
    const w = window as unknown as { keyToPaint: number[] };
    w.keyToPaint = [];
    window.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.keyToPaint.push(performance.now() - start), 0));
      },
      true,
    );
  });
  const focused = () => page.evaluate(async () => (await (document.querySelector('revo-grid') as unknown as { getFocused(): Promise<{ colType: string } | null> }).getFocused())?.colType);
  const commitTimes: number[] = [];
  for (let sample = 0; sample < 15; sample++) {
    await grid.getByText(`Line ${(sample % 10) + 2}`, { exact: true }).click();
    while ((await focused()) !== 'colPinStart') await page.waitForTimeout(20);
    await page.keyboard.press('ArrowRight');
    while ((await focused()) !== 'rgCol') await page.waitForTimeout(20);
    const before = await page.getByTestId('forecast-results').getByRole('row').nth(1).textContent();
    await page.keyboard.type(String(123456 + sample), { delay: 80 });
    const start = Date.now();
    await page.keyboard.press('Enter');
    // Enter to the results table showing the new totals.
    await page.waitForFunction((old) => document.querySelector('[data-testid="forecast-results"] tbody tr')?.textContent !== old, before, { polling: 'raf' });
    commitTimes.push(Date.now() - start);
  }
  const keyToPaint = await page.evaluate(() => (window as unknown as { keyToPaint: number[] }).keyToPaint);
  console.log(`grid, keystroke to paint (40 lines × 10 years): median ${median(keyToPaint).toFixed(1)} ms (${quartiles(keyToPaint)}; ${keyToPaint.length} keys)`);
  console.log(`grid, Enter to new totals painted: median ${median(commitTimes).toFixed(0)} ms (${quartiles(commitTimes)}; ${commitTimes.length} edits)`);
} finally {
  await browser.close();
  await fx.dispose();
}
