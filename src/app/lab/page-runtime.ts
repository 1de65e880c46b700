import { LabRuntime } from '../../session/lab-runtime';

/** The scenario files shipped with Tenant Lab, bundled as text and read only when wanted. */
const BUILT_IN_SCENARIOS = import.meta.glob<string>('/scenarios/**/*.yaml', { query: '?raw', import: 'default' });

let pageRuntime: LabRuntime | undefined;

/** The page's lab runtime, over the browser's own IndexedDB, localStorage, locks and channel. */
export function pageLabRuntime(): LabRuntime {
  pageRuntime ??= new LabRuntime({ builtInScenarios: BUILT_IN_SCENARIOS });
  return pageRuntime;
}
