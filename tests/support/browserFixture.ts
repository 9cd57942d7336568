import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { startTestHost, type HostFixture } from './hostFixture';
import { REPO_ROOT } from './paths';

export const ARTIFACTS_DIR = join(REPO_ROOT, 'tests', 'artifacts');

/** A fresh page; page errors fail the test that caused them. */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/** Screenshots for people to look at (not compared): tests/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
}

/**
 * Waits until the page has finished what it started: fonts loaded, nothing still loading, no
 * transition still running (a menu closing), and two frames painted since (state, not time: on a
 * busy machine that may take a while).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      !document.querySelector('.mantine-Loader-root, [aria-busy="true"]') &&
      document.getAnimations().every((animation) => animation.effect?.getTiming().iterations === Infinity || animation.playState !== 'running'),
  );
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

export { launchChromium };

/**
 * One Chromium and one test host (with a fresh library) for a test file: started before its
 * tests, closed after them. Read `.browser` and `.host` inside tests.
 */
export function useBrowserAndHost(): { readonly browser: Browser; readonly host: HostFixture } {
  const state: { browser?: Browser; host?: HostFixture } = {};
  beforeAll(async () => {
    state.browser = await launchChromium();
    state.host = await startTestHost();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.host?.dispose();
  });
  return {
    get browser() {
      return state.browser!;
    },
    get host() {
      return state.host!;
    },
  };
}
