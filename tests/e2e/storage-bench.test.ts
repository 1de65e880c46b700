import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLab, ROOT, type Lab } from './browser';
import type * as StoragePage from './storage-bench.page';

/*
 * The storage layer on Chromium's own IndexedDB, Web Locks and BroadcastChannel. The figures
 * (printed, not asserted) are the ones the goals are about: logging a command durably, median
 * under 5 ms; resuming 5,000 logged commands under 300 ms. The two-tab check runs here too,
 * because only a browser has the real locks.
 */

type StorageApi = typeof StoragePage;
declare global {
  interface Window {
    TenantLabStorage: StorageApi;
  }
}

const COMMANDS = 5_000;
const STRICT_COMMANDS = 300;

let lab: Lab;
let bundle: string;

/** The page-side module as one classic script, built in memory. */
async function bundlePage(): Promise<string> {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    // Library builds leave process.env alone; the page has no process.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: false,
      lib: { entry: join(ROOT, 'tests/e2e/storage-bench.page.ts'), formats: ['iife'], name: 'TenantLabStorage', fileName: 'storage-bench' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('The storage page module did not build.');
  return chunk.code;
}

async function withStorage(page: Page): Promise<Page> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${lab.baseUrl}/admin/home`);
  await page.addScriptTag({ content: bundle });
  if (!(await page.evaluate(() => typeof window.TenantLabStorage === 'object'))) throw new Error(`The storage module did not load: ${errors.join('; ')}`);
  return page;
}

beforeAll(async () => {
  [lab, bundle] = await Promise.all([openLab(), bundlePage()]);
});

afterAll(async () => {
  await lab?.close();
});

describe('storage in Chromium', () => {
  it('logs commands durably and resumes a 5,000-command attempt from its snapshot', async () => {
    const page = await withStorage(lab.page);
    const figures = await page.evaluate(([commands, strict]) => window.TenantLabStorage.measure(commands, strict), [COMMANDS, STRICT_COMMANDS] as const);
    const ms = (value: number) => `${value.toFixed(2)} ms`;
    console.log(
      [
        `# storage in Chromium (${COMMANDS} commands on Contoso)`,
        `append one command, committed, relaxed durability (median): ${ms(figures.append.median)} (p90 ${ms(figures.append.p90)}; goal < 5 ms)`,
        `append one command, committed, strict durability (median of ${STRICT_COMMANDS}): ${ms(figures.strictAppend.median)} (p90 ${ms(figures.strictAppend.p90)})`,
        `a command in an attempt session, from send to its log entry committed (median): ${ms(figures.perform.median)} (p90 ${ms(figures.perform.p90)})`,
        `resume ${COMMANDS} commands from the snapshot at ${figures.resumedFrom}: ${ms(figures.resumeMs)} (goal < 300 ms)`,
        `resume ${COMMANDS - 1} commands from the snapshot at ${figures.worstResumedFrom} and the tail: ${ms(figures.worstResumeMs)} (goal < 300 ms)`,
        `replay of the whole log, for comparison: ${ms(figures.fullReplayMs)}`,
      ].join('\n'),
    );
    expect(figures.resumedFrom).toBe(COMMANDS);
    expect(figures.identical).toBe(true);
  }, 300_000);

  it('a second tab on the same attempt follows the first, and takes over when the first closes', async () => {
    const first = await withStorage(await lab.context.newPage());
    const attemptId = await first.evaluate(() => window.TenantLabStorage.createAttempt());
    expect(await first.evaluate((id) => window.TenantLabStorage.openTab(id), attemptId)).toBe('writer');
    const second = await withStorage(await lab.context.newPage());
    expect(await second.evaluate((id) => window.TenantLabStorage.openTab(id), attemptId)).toBe('follower');
    expect((await second.evaluate(() => window.TenantLabStorage.tabState())).notice).toBe('This attempt is open in another tab. Changes you make there appear here.');

    expect(await first.evaluate(() => window.TenantLabStorage.performCommands(0, 20))).toBeNull();
    await second.waitForFunction(() => window.TenantLabStorage.tabState().logLength === 20);
    expect(await second.evaluate(() => window.TenantLabStorage.tabState().tenantJson)).toBe(await second.evaluate(() => window.TenantLabStorage.expectedTenantJson(20)));
    expect(await second.evaluate(() => window.TenantLabStorage.performCommands(20, 1))).toBe('AttemptReadOnly');

    await first.close();
    await second.waitForFunction(() => window.TenantLabStorage.tabState().role === 'writer');
    expect(await second.evaluate(() => window.TenantLabStorage.performCommands(20, 5))).toBeNull();
    expect(await second.evaluate(() => window.TenantLabStorage.tabState().tenantJson)).toBe(await second.evaluate(() => window.TenantLabStorage.expectedTenantJson(25)));
    await second.close();
  });
});
