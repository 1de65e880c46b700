import { createContext, useContext, type ReactNode } from 'react';
import { LabRuntime } from '../session/lab-runtime';

const LabRuntimeContext = createContext<LabRuntime | null>(null);

let pageRuntime: LabRuntime | undefined;

/** Gives the lab pages a runtime of the caller's (tests pass one over fake-indexeddb). */
export function LabRuntimeProvider({ runtime, children }: { runtime: LabRuntime; children: ReactNode }) {
  return <LabRuntimeContext.Provider value={runtime}>{children}</LabRuntimeContext.Provider>;
}

/** The lab runtime: the provider's, or the page's own over the browser's IndexedDB, opened once. */
export function useLabRuntime(): LabRuntime {
  const provided = useContext(LabRuntimeContext);
  if (provided) return provided;
  pageRuntime ??= new LabRuntime();
  return pageRuntime;
}
