// `npm run bench`: speed figures for the forecast, printed as medians over repeated runs (the
// machines this runs on are shared and noisy; no figure here is asserted by any test).
//  1. The engine: computing a 40-line × 10-year forecast.
//  2. The PDF and DOCX export of the sample and of a large plan: in-process warm, and from the
//     command line (time and peak memory), beside LibreOffice's DOCX → PDF conversion.
//  3. The grid in Chromium, on the same plan: keystroke to paint inside a cell editor, and
//     committing a cell (Enter) to the totals being painted.
//  4. The chapter editor in Chromium, on Duna Cargo: keystroke to paint in chapter 4's text
//     fields and in its price matrix (median and p95).
//  5. The library (home) screen: the JavaScript it loads (gzipped) and the time until it can be
//     used, over fresh loads.
// `--only ui` runs parts 3 and 4 alone.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
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
    territoryId: null,
    unitName: 'piece',
    priceSegment: i % 3 === 0 ? 'high' : 'mid',
    planning: i % 4 === 0 ? 'units' : 'money',
    unitPrice: i % 4 === 0 ? 250_000_00 : null,
    priceSource: 'own',
    dealSize: null,
    year1: Array.from({ length: 12 }, (_, m) => (i % 4 === 0 ? 10 + m : 1_000_000_00 * (1 + i / 10) * (1 + m / 50))),
    year1Generator: null,
    laterYears: Array.from({ length: 9 }, (_, k) => (k % 3 === 2 ? { mode: 'amount' as const, value: i % 4 === 0 ? 200 : 20_000_000_000 } : { mode: 'growth' as const, value: 5 + k })),
    directCost: i % 4 === 0 ? { mode: 'perUnit', value: 150_000_00 } : { mode: 'percentOfSales', value: 60 },
  }));
  return project;
}

const project = bigPlan();
const { values: args } = parseArgs({ options: { only: { type: 'string' } } });
const only = args.only ?? 'all';
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!;

// 1. Engine
if (only === 'all') {
for (let i = 0; i < 50; i++) computeForecast(project); // warm-up
const engine: number[] = [];
for (let i = 0; i < 500; i++) {
  const start = performance.now();
  computeForecast(project);
  engine.push(performance.now() - start);
}
console.log(`engine, 40 lines × 10 years: median ${median(engine).toFixed(3)} ms (${quartiles(engine)}; 500 runs)`);
}

// 2. Export: in-process (warm, as the app's worker runs it), from the command line (the built
//    bundle, cold, as a user runs it), with peak memory, beside LibreOffice converting the same DOCX.
if (only === 'all') {
  const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { execFileSync, spawnSync } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const { renderDocument } = await import('../../main/services/export/exportDocument');
  const { serializeProject } = await import('../../shared/project/validate');
  const { templateProject } = await import('../support/projects');
  const { largeProject } = await import('../support/largeProject');
  const dir = await mkdtemp(join(tmpdir(), 'cpb-bench-'));
  const subjects = [
    ['Duna Cargo', 'duna', templateProject('duna-cargo')],
    ['large plan (40 lines × 10 years, 50-entry lists, long narratives)', 'large', largeProject()],
  ] as const;
  const cli = join(import.meta.dirname, '..', '..', 'out', 'main', 'cli.js');
  const timeTool = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  /** Wall time and peak RSS of one command-line export in a fresh process. */
  const runCli = (file: string, format: string, out: string) => {
    const start = performance.now();
    const run = timeTool ? spawnSync(timeTool, ['-f', '%M', process.execPath, cli, 'export', file, '--format', format, '--out', out, '--force'], { encoding: 'utf8' }) : spawnSync(process.execPath, [cli, 'export', file, '--format', format, '--out', out, '--force'], { encoding: 'utf8' });
    const wall = performance.now() - start;
    if (run.status !== 0) throw new Error(`cli export failed: ${run.stderr}`);
    const kb = timeTool ? Number(run.stderr.trim().split('\n').at(-1)) : Number.NaN;
    return { wall, peakMb: kb / 1024 };
  };
  const cliWall: Record<string, number> = {};
  for (const [name, key, subject] of subjects) {
    const file = join(dir, `${key}.cpolicy`);
    await writeFile(file, serializeProject(subject));
    for (const format of ['pdf', 'docx'] as const) {
      for (let i = 0; i < 3; i++) await renderDocument(subject, { format, draft: false, paper: 'A4' }); // warm-up
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 11; i++) {
        const start = performance.now();
        const result = await renderDocument(subject, { format, draft: false, paper: 'A4' });
        times.push(performance.now() - start);
        if (!result.ok) throw new Error(result.error.message);
        bytes = result.value.length;
      }
      const runs = Array.from({ length: 5 }, () => runCli(file, format, join(dir, `${key}-cli.${format}`)));
      const wall = median(runs.map((r) => r.wall));
      cliWall[`${key}.${format}`] = wall;
      console.log(
        `${format} export, ${name}: in-process warm median ${median(times).toFixed(0)} ms (${quartiles(times)}; 11 runs), ${Math.round(bytes / 1024)} KB; ` +
          `command line median ${wall.toFixed(0)} ms wall (5 runs), peak RSS ${Number.isNaN(runs[0]!.peakMb) ? 'n/a' : `${Math.round(Math.max(...runs.map((r) => r.peakMb)))} MB`}`,
      );
    }
  }
  // Reference: LibreOffice converting our DOCX of the sample to PDF on the same machine (after one
  // run that creates its profile).
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
  if (soffice) {
    const docx = await renderDocument(subjects[0][2], { format: 'docx', draft: false, paper: 'A4' });
    if (!docx.ok) throw new Error(docx.error.message);
    await writeFile(join(dir, 'duna.docx'), docx.value);
    const convert = () => execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', 'pdf', '--outdir', join(dir, 'lo-out'), join(dir, 'duna.docx')], { stdio: 'pipe' });
    convert();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      convert();
      times.push(performance.now() - start);
    }
    const lo = median(times);
    console.log(`reference: LibreOffice DOCX → PDF of Duna Cargo: median ${lo.toFixed(0)} ms wall (5 runs)`);
    console.log(`ratio: LibreOffice / our command line, Duna Cargo PDF: ${(lo / cliWall['duna.pdf']!).toFixed(1)}×; DOCX: ${(lo / cliWall['duna.docx']!).toFixed(1)}×`);
  }
  await rm(dir, { recursive: true, force: true });
}

// 3. Grid in Chromium
const fx = await startTestHost();
const browser = await launchChromium();
try {
  const created = (await fx.host.call('project:create', { templateId: 'blank', title: 'Bench' })) as { value: { id: string } };
  const id = created.value.id;
  await fx.host.call('project:open', { id });
  await fx.host.call('project:save', { id, project: { ...project, id } });
  await fx.host.call('project:close', { id });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${fx.host.url}/#/project/${id}/salesForecast`);
  const grid = page.getByTestId('forecast-grid');
  await grid.waitFor();
  await page.waitForTimeout(1000);

  await recordKeyToPaint(page);
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
  const keyToPaint = await takeKeyToPaint(page);
  console.log(`grid, keystroke to paint (40 lines × 10 years): median ${median(keyToPaint).toFixed(1)} ms, p95 ${p95(keyToPaint).toFixed(1)} ms (${quartiles(keyToPaint)}; ${keyToPaint.length} keys)`);
  console.log(`grid, Enter to new totals painted: median ${median(commitTimes).toFixed(0)} ms (${quartiles(commitTimes)}; ${commitTimes.length} edits)`);

  // 4. Chapter 4 of Duna Cargo: typing into its text fields and its price matrix.
  const { templateProject } = await import('../support/projects');
  const duna = (await fx.host.call('project:create', { templateId: 'blank', title: 'Bench Duna' })) as { value: { id: string } };
  await fx.host.call('project:open', { id: duna.value.id });
  await fx.host.call('project:save', { id: duna.value.id, project: { ...templateProject('duna-cargo'), id: duna.value.id } });
  await fx.host.call('project:close', { id: duna.value.id });
  const chapter = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await chapter.goto(`${fx.host.url}/#/project/${duna.value.id}/channelRules`);
  await chapter.getByTestId('save-state').waitFor();
  await chapter.waitForTimeout(1000);
  await recordKeyToPaint(chapter);
  const sentence = ' Prices are reviewed every quarter.';
  for (const path of ['policy.channelRules.pricing.basePrinciple', 'policy.channelRules.pricing.deliveryCosts', 'policy.channelRules.creditPolicy.newCustomerTerms', 'policy.channelRules.creditPolicy.terms.2.conditions']) {
    const box = chapter.locator(`[data-field="${path}"]`).first();
    if ((await box.count()) === 0) continue;
    await box.click();
    await chapter.keyboard.press('End');
    await chapter.keyboard.type(sentence, { delay: 60 });
  }
  const textKeys = await takeKeyToPaint(chapter);
  console.log(`chapter 4 text fields, keystroke to paint (Duna Cargo): median ${median(textKeys).toFixed(1)} ms, p95 ${p95(textKeys).toFixed(1)} ms (${textKeys.length} keys)`);
  const cells = chapter.locator('[data-field="policy.channelRules.pricing.adjustments"] input');
  for (let i = 0; i < 6; i++) {
    const cell = cells.nth(i);
    await cell.click();
    await chapter.keyboard.press('Control+A');
    await chapter.keyboard.type(String(-(i + 3)), { delay: 60 });
  }
  const matrixKeys = await takeKeyToPaint(chapter);
  console.log(`price matrix, keystroke to paint (Duna Cargo): median ${median(matrixKeys).toFixed(1)} ms, p95 ${p95(matrixKeys).toFixed(1)} ms (${matrixKeys.length} keys)`);

  // 5. The home screen, loaded fresh (no cache) five times: JavaScript fetched, and time to usable
  //    (navigation to the library's "New policy" button shown and painted).
  const { gzipSync } = await import('node:zlib');
  const loads: number[] = [];
  let homeScript = { raw: 0, gzipped: 0 };
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const home = await context.newPage();
    const scripts: Promise<Buffer>[] = [];
    home.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(response.body());
    });
    const start = Date.now();
    await home.goto(fx.host.url);
    await home.getByRole('button', { name: 'New policy' }).first().waitFor();
    await home.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    loads.push(Date.now() - start);
    const bodies = await Promise.all(scripts);
    homeScript = { raw: bodies.reduce((n, b) => n + b.length, 0), gzipped: bodies.reduce((n, b) => n + gzipSync(b).length, 0) };
    await context.close();
  }
  console.log(`home screen: ${Math.round(homeScript.gzipped / 1024)} KB of JavaScript gzipped (${Math.round(homeScript.raw / 1024)} KB raw); usable after median ${median(loads)} ms (${loads.join(', ')} ms; 5 fresh loads)`);
} finally {
  await browser.close();
  await fx.dispose();
}

/** Records, for every key pressed, the time until the frame after it is painted. */
async function recordKeyToPaint(page: Page) {
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
}

/** The times recorded since the last call. */
async function takeKeyToPaint(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { keyToPaint: number[] };
    const taken = w.keyToPaint;
    w.keyToPaint = [];
    return taken;
  });
}
