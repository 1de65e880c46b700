import { configure } from '@testing-library/react';
import { beforeAll } from 'vitest';

// Role queries walk the whole frame in jsdom; on a shared two-core machine they need the time.
// Set before the tests run, after render-app's own configure at import time.
beforeAll(() => configure({ asyncUtilTimeout: 15_000 }));

/** Per-test time for these journeys, each of which renders the whole app. */
export const JOURNEY = { timeout: 120_000 };
