import { createContext, useContext, type ReactNode } from 'react';
import type { LabRuntime } from '../../../session/lab-runtime';
import { pageLabRuntime } from '../page-runtime';

const LabRuntimeContext = createContext<LabRuntime | null>(null);

/** Gives the lab pages a runtime of the caller's (tests pass one over fake-indexeddb). */
export function LabRuntimeProvider({ runtime, children }: { runtime: LabRuntime; children: ReactNode }) {
  return <LabRuntimeContext.Provider value={runtime}>{children}</LabRuntimeContext.Provider>;
}

/** The lab runtime: the provider's, or the page's own (the one the player uses too). */
export function useLabRuntime(): LabRuntime {
  return useContext(LabRuntimeContext) ?? pageLabRuntime();
}
