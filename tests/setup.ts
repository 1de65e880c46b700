import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { keepTopmostDialogAccessible } from './support/tabster-jsdom';

// The UI suite renders the whole Fluent app in jsdom, lazily loaded pages and all, on a two-core
// machine; in CI a find or waitFor that takes five seconds is a slow machine, not a failing page.
// This is the one place the wait is set: a test file's own configure would silently override it.
configure({ asyncUtilTimeout: 15_000 });

if (typeof document !== 'undefined') keepTopmostDialogAccessible();
