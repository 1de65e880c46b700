import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';

/*
 * The browser harness: it serves the production build with `vite preview` on a free port and
 * drives Debian's Chromium through playwright-core. It builds nothing when `dist/` exists (CI
 * runs `npm run build` first); without `dist/` it runs `vite build` itself, so `npm run
 * test:e2e` also works alone.
 */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOTS = join(ROOT, 'screenshots');

/** What Chromium needs to run headless in a container, quietly and without reaching out. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Builds in a child process: inside Vitest NODE_ENV is `test`, and a build in this process would
 * take that as its mode and ship React's development JSX.
 */
function ensureBuild(): void {
  if (existsSync(join(ROOT, 'dist', 'index.html'))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}

export interface Lab {
  readonly baseUrl: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Problems the page reported: uncaught errors and console errors. */
  readonly problems: string[];
  /** Opens a path of the app, e.g. `/admin/users`. */
  goto(path: string): Promise<void>;
  /**
   * Gives the demo tenant a fresh Contoso, as a learner does with Start over in the strip: the
   * demo keeps its changes across page loads, so a test that needs Contoso as it starts asks.
   */
  freshContoso(): Promise<void>;
  /** Waits until no animation runs (menus fade in), so a screenshot shows the settled page. */
  settle(): Promise<void>;
  /** Saves the window as `screenshots/<name>.png` once animations end, and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface OpenLabOptions {
  /**
   * Meet the app as a newcomer does, welcome dialog and all. Otherwise the profile has already
   * dismissed the welcome, as every test but the newcomer's wants.
   */
  readonly newcomer?: boolean;
}

/** Serves the build and opens it in a fresh Chromium profile. Close it in `afterAll`. */
export async function openLab(options: OpenLabOptions = {}): Promise<Lab> {
  ensureBuild();
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview did not report its port.');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  // Playwright refuses --user-data-dir in args; a persistent context takes the profile instead.
  const userDataDir = mkdtempSync(join(tmpdir(), 'tenant-lab-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1366, height: 860 },
      locale: 'en-US',
    });
  } catch (error) {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  if (!options.newcomer) {
    await context.addInitScript(() => localStorage.setItem('tenant-lab.welcome.dismissed', 'by the test harness'));
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const settle = async () => {
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  };

  return {
    baseUrl,
    context,
    page,
    problems,
    async goto(path) {
      await page.goto(baseUrl + path);
    },
    settle,
    async freshContoso() {
      await page.goto(`${baseUrl}/admin/home`);
      const strip = page.getByRole('region', { name: 'Tenant Lab' });
      const startOver = strip.getByRole('button', { name: 'Start over' });
      await page.locator('[data-save-status="saved"]').waitFor();
      await startOver.click();
      await page.getByRole('alertdialog', { name: 'Start over?' }).getByRole('button', { name: 'Start over' }).click();
      await page.getByRole('alertdialog', { name: 'Start over?' }).waitFor({ state: 'hidden' });
      await page.locator('[data-save-status="saved"]').waitFor();
    },
    async screenshot(name) {
      await settle();
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
