import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// The UI suite renders the full Fluent app in jsdom on a two-core machine; five seconds proved too short in CI
// for findBy/waitFor when the suite runs in parallel, and a slow machine is not a failing page.
configure({ asyncUtilTimeout: 10_000 });
