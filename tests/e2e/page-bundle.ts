import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { ROOT } from './browser';

/**
 * Builds a test module for the page as one classic script exposing its exports as
 * `window[globalName]`, so a test can drive the app's own storage in Chromium (seed attempts,
 * import a scenario) through the same code the app runs, without any test path in the app.
 */
export async function bundlePageModule(entry: string, globalName: string): Promise<string> {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    // Library builds leave process.env alone; the page has no process.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { write: false, minify: false, lib: { entry: join(ROOT, entry), formats: ['iife'], name: globalName, fileName: globalName } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry} did not build.`);
  return chunk.code;
}

/** Adds the bundle to the page (on the app's origin) and waits for its global. */
export async function addPageModule(page: Page, bundle: string, globalName: string): Promise<void> {
  await page.addScriptTag({ content: bundle });
  await page.waitForFunction((name) => typeof (window as unknown as Record<string, unknown>)[name] === 'object', globalName);
}
