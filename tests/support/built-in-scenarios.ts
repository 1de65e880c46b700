/** The shipped scenario files, as the page's runtime bundles them (tests run under Vite too). */
export const BUILT_IN_SCENARIOS = import.meta.glob<string>('/scenarios/**/*.yaml', { query: '?raw', import: 'default' });
