/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';

/** What an attempt's page imports once it knows the address is an attempt's (src/app/lab/player/start.tsx). */
const PLAYER_MODULES = ['src/app/lab/page-runtime.ts', 'src/app/lab/player/player-page.tsx'];

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

/**
 * On an attempt's address (`/lab/attempts/…`), and only there, index.html starts fetching the
 * storage and player code at once, beside the app's, rather than once the app's code has run
 * and asked for it: resuming an attempt waits on that code. Other addresses fetch nothing more,
 * so the demo's first download stays as it is. Written at build time, when the chunks' hashed
 * names are known; in development the app loads the code itself, as it always can.
 */
function preloadPlayerOnAttempts(): Plugin {
  return {
    name: 'tenant-lab:preload-player-on-attempts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const loaded = new Set([...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]));
        const paths = [...new Set(PLAYER_MODULES.flatMap((module) => chunkClosure(bundle, module)))].filter((fileName) => !loaded.has(fileName)).map((fileName) => `/${fileName}`);
        const script = [
          `if (/^\\/lab\\/attempts\\/[^/]+/.test(location.pathname)) {`,
          `  for (const href of ${JSON.stringify(paths)}) {`,
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
  plugins: [react(), preloadPlayerOnAttempts()],
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
    include: ['tests/unit/**/*.test.ts', 'tests/ui/**/*.test.tsx', 'tests/scenarios/**/*.test.ts', 'tests/lint/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
