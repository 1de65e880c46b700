/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';

/** What an attempt's page imports once it knows the address is an attempt's (src/app/lab/player/start.tsx). */
const PLAYER_MODULES = ['src/app/lab/page-runtime.ts', 'src/app/lab/player/player-page.tsx'];

/** What every other page imports first: the demo tenant is free play, opened from storage before the first render. */
const DEMO_MODULES = ['src/app/lab/page-runtime.ts', 'src/app/lab/FreePlayChrome.tsx'];

/** The frame every portal's pages are shown in, fetched beside the portal's own module. */
const FRAME_MODULES = ['src/app/shell/PortalFrame.tsx'];

/** The chunks `module` needs: the one it was bundled into and every chunk that one imports statically. */
function chunkClosure(bundle: Rolldown.OutputBundle, module: string): string[] {
  const root = Object.values(bundle).find((item) => item.type === 'chunk' && item.moduleIds.some((id) => id.endsWith(module)));
  if (!root) throw new Error(`No chunk was built from ${module}.`);
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const name of (bundle[fileName] as Rolldown.OutputChunk).imports) visit(name);
  };
  visit(root.fileName);
  return [...seen];
}

/** The chunks every one of `modules` needs. */
function closureOf(bundle: Rolldown.OutputBundle, modules: string[]): string[] {
  return modules.flatMap((module) => chunkClosure(bundle, module));
}

/** A portal's module (src/app/portals/<id>/portal.ts); the portal lives under `/<id>`. */
const PORTAL_MODULE = /\/src\/app\/portals\/([^/]+)\/portal\.ts$/;

/** Every portal's base path and the chunks its module needs. */
function portalClosures(bundle: Rolldown.OutputBundle): Record<string, string[]> {
  const closures: Record<string, string[]> = {};
  for (const item of Object.values(bundle)) {
    if (item.type !== 'chunk') continue;
    for (const id of item.moduleIds) {
      const match = PORTAL_MODULE.exec(id);
      if (match) closures[`/${match[1]}`] = chunkClosure(bundle, match[0]);
    }
  }
  return closures;
}

/**
 * index.html starts fetching, beside the app's code, what the address will ask for next rather
 * than wait for the app's code to run and ask: the portal the address lies under (each portal's
 * pages and nav load on its first visit, and `/` opens the admin center), and on an attempt's
 * address (`/lab/attempts/…`) the storage and player code, which resuming an attempt waits on;
 * elsewhere the storage code and free play's strip, which opening the demo tenant waits on. Written at
 * build time, when the chunks' hashed names are known; in development the app loads the code
 * itself, as it always can.
 */
function preloadByAddress(): Plugin {
  return {
    name: 'tenant-lab:preload-by-address',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const loaded = new Set([...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]));
        const paths = (fileNames: string[]) => [...new Set(fileNames)].filter((fileName) => !loaded.has(fileName)).map((fileName) => `/${fileName}`);
        const player = paths(closureOf(bundle, PLAYER_MODULES));
        const demo = paths(closureOf(bundle, DEMO_MODULES));
        const frame = closureOf(bundle, FRAME_MODULES);
        const portals = Object.fromEntries(Object.entries(portalClosures(bundle)).map(([base, fileNames]) => [base, paths([...fileNames, ...frame])]));
        const script = [
          `{`,
          `  const attempt = /^\\/lab\\/attempts\\/[^/]+/.exec(location.pathname);`,
          `  const path = (attempt ? location.pathname.slice(attempt[0].length) : location.pathname) || '/';`,
          `  const portals = ${JSON.stringify(portals)};`,
          `  const base = path === '/' ? '/admin' : Object.keys(portals).find((candidate) => path === candidate || path.startsWith(candidate + '/'));`,
          `  const hrefs = [...(attempt ? ${JSON.stringify(player)} : ${JSON.stringify(demo)}), ...((base && portals[base]) || [])];`,
          `  for (const href of new Set(hrefs)) {`,
          `    document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href, crossOrigin: '' }));`,
          `  }`,
          `}`,
        ].join('\n');
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadByAddress()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    // The first paint's file is about 1 MB before compression (260 KB gzipped) by design; see codeSplitting.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the first paint runs, as one file rather than thirty: over HTTP/1.1 (vite preview,
          // many static hosts) a browser fetches six files from a host at a time, and the round
          // trips for the small ones held back the first paint. Pages still load lazily, each
          // with its own chunks.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/ui/**/*.test.tsx', 'tests/scenarios/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/architecture/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
