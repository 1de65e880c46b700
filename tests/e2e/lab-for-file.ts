import { afterAll, beforeAll } from 'vitest';
import { openLab, type Lab, type OpenLabOptions } from './browser';

/**
 * Opens the lab before this test file's tests (then runs `onOpen`, for a file's own first steps)
 * and closes it after them. The lab only exists once `beforeAll` has run, so what this returns
 * forwards to it: call it at the top of the file, and use the lab inside tests and hooks.
 */
export function labForFile(onOpen?: (lab: Lab) => Promise<void> | void, options: OpenLabOptions = {}): Lab {
  let opened: Lab | undefined;
  beforeAll(async () => {
    opened = await openLab(options);
    await onOpen?.(opened);
  });
  afterAll(async () => {
    await opened?.close();
  });
  const current = (): Lab => {
    if (!opened) throw new Error('The lab opens in beforeAll: use it inside tests and hooks.');
    return opened;
  };
  return {
    get baseUrl() {
      return current().baseUrl;
    },
    get context() {
      return current().context;
    },
    get page() {
      return current().page;
    },
    get problems() {
      return current().problems;
    },
    goto: (path) => current().goto(path),
    settle: () => current().settle(),
    freshContoso: () => current().freshContoso(),
    screenshot: (name) => current().screenshot(name),
    close: () => current().close(),
  };
}
