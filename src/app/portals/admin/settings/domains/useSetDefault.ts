import { useState } from 'react';
import { useTenantStore } from '../../../../tenant-context';
import type { Feedback } from '../../../../kit/Feedback';

/** "Set as default": one command, and the portal's confirmation or the tenant's refusal. */
export function useSetDefault() {
  const store = useTenantStore();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const setDefault = (name: string) => {
    const result = store.send({ type: 'domain.setDefault', name });
    setFeedback(
      result.ok
        ? { ok: true, message: `${name} is now your default domain. New users get it by default; existing users keep their user names.` }
        : { ok: false, title: `${name} wasn't set as default`, message: result.error.message },
    );
  };
  return { feedback, setFeedback, setDefault };
}
