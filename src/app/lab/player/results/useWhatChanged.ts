import { useEffect, useState } from 'react';
import { toStorageError, type StorageError } from '../../../../storage';
import type { LabSession } from '../../../../session/lab-session';
import { describeChanges } from '../changes/describe-action';

export type WhatChanged = { readonly status: 'loading' } | { readonly status: 'ready'; readonly lines: readonly string[] } | { readonly status: 'failed'; readonly error: StorageError };

/** The attempt's changes from its start, read from its command log (replayed once, off the first paint). */
export function useWhatChanged(session: LabSession): WhatChanged {
  const [state, setState] = useState<WhatChanged>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    session.loadActions().then(
      (actions) => live && setState({ status: 'ready', lines: describeChanges(actions, session.store.getTenant()) }),
      (error: unknown) => live && setState({ status: 'failed', error: toStorageError(error, 'read') }),
    );
    return () => {
      live = false;
    };
  }, [session]);
  return state;
}
