import type { Page } from 'playwright-core';
import { openLab } from '../e2e/browser';
import { addPageModule, bundlePageModule } from '../e2e/page-bundle';
import type * as PlayerPage from '../e2e/player.page';
import { stats, type Figure } from './harness';

declare global {
  interface Window {
    TenantLabPlayer: typeof PlayerPage;
  }
}

/*
 * The player's storage figures in headless Chromium on the production build. A free-play attempt
 * is played for 5,000 learner-like commands through the player's own session (each written
 * ahead, applied, appended to IndexedDB and awaited until committed: "logging a command
 * durably"). Then the attempt's address is loaded afresh several times, each load timed from
 * navigation start to the player's first paint with the resumed tenant (the app's own
 * `tenant-lab:player-ready` mark: strip, portal frame, nav and task pane on screen and live), and
 * to the page's content (Home, whose code loads lazily like every page's). The demo tenant's
 * same page, which opens no storage at all, is timed the same way for comparison.
 */

const COMMANDS = 5_000;
const LOADS = 7;

/**
 * In every page the tab loads: marks the frames painted after the portal's top bar and the page's
 * heading appear. Plain text, as tsx would otherwise name the functions with a helper the page lacks.
 */
const MARK_PAINTS = `
  const seen = new Set();
  const observer = new MutationObserver(() => {
    for (const [name, selector] of [['frame', 'header'], ['content', 'main h1']]) {
      if (seen.has(name) || !document.querySelector(selector)) continue;
      seen.add(name);
      requestAnimationFrame(() => performance.mark('bench:' + name));
    }
    if (seen.size === 2) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
`;

/** The marks of the page's load, in milliseconds from navigation start. */
const READ_MARKS = `({
  frame: performance.getEntriesByName('bench:frame')[0]?.startTime ?? NaN,
  content: performance.getEntriesByName('bench:content')[0]?.startTime ?? NaN,
  ready: performance.getEntriesByName('tenant-lab:player-ready')[0]?.startTime ?? NaN,
})`;

interface Load {
  readonly frame: number;
  readonly content: number;
  readonly ready: number;
}

/** Loads the address `LOADS` times (the first, with cold caches, not counted) and returns the marks of each load. */
async function timeLoads(page: Page, url: string): Promise<Load[]> {
  const loads: Load[] = [];
  for (let load = 0; load < LOADS; load++) {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('bench:content').length > 0);
    const marks = (await page.evaluate(READ_MARKS)) as Load;
    if (load > 0) loads.push(marks);
  }
  return loads;
}

export async function resumeBenchmarks(): Promise<Figure[]> {
  const [lab, bundle] = await Promise.all([openLab(), bundlePageModule('tests/e2e/player.page.ts', 'TenantLabPlayer')]);
  try {
    const { page } = lab;
    // Seeded from a plain admin page, so the seeding's own broadcasts reach no open lab page.
    await lab.goto('/admin/home');
    await addPageModule(page, bundle, 'TenantLabPlayer');
    const seeded = await page.evaluate((count) => window.TenantLabPlayer.seedSandbox(count), COMMANDS);

    await page.addInitScript({ content: MARK_PAINTS });
    const player = await timeLoads(page, `${lab.baseUrl}/lab/attempts/${seeded.attemptId}/admin/home`);
    const heading = await page.getByRole('heading', { level: 1 }).first().innerText();
    if (heading !== 'Contoso') throw new Error(`The resumed attempt shows "${heading}", not Contoso's Home.`);
    const demo = await timeLoads(page, `${lab.baseUrl}/admin/home`);

    const logging = stats(seeded.logging);
    const ready = stats(player.map((load) => load.ready));
    const content = stats(player.map((load) => load.content));
    const demoFrame = stats(demo.map((load) => load.frame));
    const demoContent = stats(demo.map((load) => load.content));
    return [
      { name: 'log one command durably in Chromium (send to committed), median', value: logging.median, unit: 'ms', target: 5, note: `p90 ${logging.p90.toFixed(2)} ms over ${COMMANDS} commands, snapshots every 100 included` },
      { name: `resume a ${COMMANDS}-command attempt to the player's first paint`, value: ready.median, unit: 'ms', target: 300, note: `navigation start to the player live on the tenant; max ${ready.max.toFixed(0)} ms over ${LOADS - 1} loads` },
      { name: `resume a ${COMMANDS}-command attempt to Home's content`, value: content.median, unit: 'ms', note: "as above, until Home's lazily loaded code has rendered" },
      { name: 'for comparison: the demo tenant, no storage: frame painted', value: demoFrame.median, unit: 'ms' },
      { name: "for comparison: the demo tenant, no storage: Home's content", value: demoContent.median, unit: 'ms' },
    ];
  } finally {
    await lab.close();
  }
}
