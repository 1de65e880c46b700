import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { ROOT } from '../e2e/browser';
import { stats, type Figure } from './harness';

/*
 * A newcomer's cold starts, in headless Chromium on the production build served by `vite
 * preview`: every sample is a fresh profile (a new browser context: empty cache, IndexedDB and
 * localStorage). Timed in the page, from navigation start (or from the click, for what a click
 * starts) to the frame painted with the content:
 *   - the first visit to `/`: Home's heading and cards;
 *   - the first visit to the lab catalog: its first scenario card;
 *   - starting a scenario from the catalog: the attempt's page with Home and the task pane;
 *   - switching portals from the app launcher: the Entra admin center's Home.
 * Each also reports the longest a bare "Loading…" (the page fallback, not a skeleton) stayed on
 * screen. TENANT_LAB_ROOT serves another checkout's dist/ (a build of an older commit, for the
 * before-and-after figures).
 */

const SAMPLES = 5;

/** In every page: marks, from navigation start, the frame painted once `window.__benchDone()` holds, and how long "Loading…" showed. */
const WATCH = `
  window.__bench = { loadingSince: null, longestLoading: 0, done: null };
  const loadingShown = () => [...document.querySelectorAll('[role="status"]')].some((node) => /^Loading…$/.test(node.textContent.trim()));
  const observer = new MutationObserver(() => {
    const bench = window.__bench;
    const now = performance.now();
    if (loadingShown()) bench.loadingSince ??= now;
    else if (bench.loadingSince !== null) {
      bench.longestLoading = Math.max(bench.longestLoading, now - bench.loadingSince);
      bench.loadingSince = null;
    }
    if (bench.done === null && window.__benchDone && window.__benchDone()) {
      bench.done = -1;
      requestAnimationFrame(() => { bench.done = performance.now(); });
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
`;

interface Sample {
  readonly ms: number;
  readonly longestLoading: number;
}

/** Sets what "done" means in this page and every page it navigates to. */
async function until(context: BrowserContext, predicate: string): Promise<void> {
  await context.addInitScript({ content: `window.__benchDone = () => (${predicate});\n${WATCH}` });
}

async function finished(page: Page): Promise<{ done: number; longestLoading: number; origin: number }> {
  await page.waitForFunction(() => ((window as unknown as { __bench?: { done: number | null } }).__bench?.done ?? -1) > 0, undefined, { timeout: 30_000 }).catch(async (error: unknown) => {
    const state = await page.evaluate(() => JSON.stringify((window as unknown as { __bench?: unknown }).__bench));
    throw new Error(`${page.url()} never finished (${state}): ${String(error)}`);
  });
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { done: number; longestLoading: number } }).__bench;
    return { done: bench.done, longestLoading: bench.longestLoading, origin: performance.timeOrigin };
  });
}

const HOME_CONTENT = `document.querySelector('main h1') && document.querySelector('main')?.textContent.includes('Active users')`;
const CATALOG_CONTENT = `document.querySelector('main article, main [role="article"]')`;
const SCENARIO_CONTENT = `document.querySelector('aside[aria-label="Task"]') && document.querySelector('main h1')`;
const ENTRA_CONTENT = `document.querySelector('header')?.textContent.includes('Microsoft Entra admin center') && document.querySelector('main h1')`;

async function firstVisit(browser: Browser, url: string, done: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  try {
    await until(context, done);
    const page = await context.newPage();
    await page.goto(url);
    const result = await finished(page);
    return { ms: result.done, longestLoading: result.longestLoading };
  } finally {
    await context.close();
  }
}

async function startScenario(browser: Browser, baseUrl: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/lab`);
    const card = page.getByRole('article', { name: `"I can't sign in"` });
    const start = card.getByRole('button', { name: 'Start' });
    await start.waitFor();
    await until(context, SCENARIO_CONTENT);
    const clickedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    await start.click();
    await page.waitForURL(/\/lab\/attempts\//);
    const result = await finished(page);
    return { ms: result.origin + result.done - clickedAt, longestLoading: result.longestLoading };
  } finally {
    await context.close();
  }
}

async function switchPortal(browser: Browser, baseUrl: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  try {
    await until(context, HOME_CONTENT);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/admin/home`);
    await finished(page);
    // The welcome greets a fresh profile; a newcomer closes it first.
    const welcome = page.getByRole('dialog', { name: 'Welcome to Tenant Lab' });
    if (await welcome.isVisible()) await welcome.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'App launcher' }).click();
    const entra = page.getByRole('menuitem', { name: 'Microsoft Entra admin center' });
    await entra.waitFor();
    await page.evaluate((done) => {
      const bench = (window as unknown as { __bench: { done: number | null; longestLoading: number; clickedAt?: number } }).__bench;
      (window as unknown as { __benchDone: () => boolean }).__benchDone = new Function(`return (${done});`) as () => boolean;
      bench.done = null;
      bench.longestLoading = 0;
      document.addEventListener('click', () => (bench.clickedAt ??= performance.now()), { capture: true, once: true });
    }, ENTRA_CONTENT);
    await entra.click();
    await finished(page);
    const { clickedAt, done, longestLoading } = await page.evaluate(() => (window as unknown as { __bench: { clickedAt: number; done: number; longestLoading: number } }).__bench);
    return { ms: done - clickedAt, longestLoading };
  } finally {
    await context.close();
  }
}

async function samples(take: () => Promise<Sample>): Promise<Sample[]> {
  const taken: Sample[] = [];
  for (let index = 0; index < SAMPLES; index++) taken.push(await take());
  return taken;
}

function figures(name: string, target: number, taken: readonly Sample[], note: string): Figure[] {
  const time = stats(taken.map((sample) => sample.ms));
  const loading = stats(taken.map((sample) => sample.longestLoading));
  return [
    { name, value: time.median, unit: 'ms', target, note: `${note}; max ${time.max.toFixed(0)} ms over ${taken.length} fresh profiles` },
    { name: `  longest bare "Loading…" on the way`, value: loading.max, unit: 'ms', target: 300 },
  ];
}

export async function coldStartBenchmarks(): Promise<Figure[]> {
  const root = resolve(process.env.TENANT_LAB_ROOT ?? ROOT);
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error(`No build at ${root}/dist: run npm run build first.`);
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview did not report its port.');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // One unmeasured visit, so the server and the browser's own start-up are behind us.
    await firstVisit(browser, `${baseUrl}/`, HOME_CONTENT);
    return [
      ...figures("first visit to / : Home's content", 1000, await samples(() => firstVisit(browser, `${baseUrl}/`, HOME_CONTENT)), 'navigation start to the cards painted'),
      ...figures('first visit to the lab catalog', 800, await samples(() => firstVisit(browser, `${baseUrl}/lab`, CATALOG_CONTENT)), 'navigation start to the first scenario card'),
      ...figures("start a scenario: its page and task pane", 800, await samples(() => startScenario(browser, baseUrl)), "Start clicked in the catalog to Home and the task pane painted"),
      ...figures('switch portal: app launcher to Entra', 500, await samples(() => switchPortal(browser, baseUrl)), "menu item clicked to Entra's Home painted"),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
