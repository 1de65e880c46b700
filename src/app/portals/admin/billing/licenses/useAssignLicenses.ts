import { useMemo, useState } from 'react';
import type { PersonOption } from '../../../../../views/groups';
import { servicePlanChoices } from '../../../../../views/product-licenses';
import { useTenantStore } from '../../../../tenant-context';
import type { ItemOutcome } from '../../../../kit/Feedback';

/** The admin center assigns to at most 20 users per run of the pane. */
export const MAX_USERS_PER_RUN = 20;

/**
 * "Assign licenses to users": who is picked, which apps are on, and the per-user results. Each
 * picked user is one `user.assignLicense`, so one user's refusal (no usage location, no licenses
 * left) leaves the others licensed, as the admin center reports them one by one.
 */
export function useAssignLicenses(skuId: string) {
  const store = useTenantStore();
  const plans = useMemo(() => servicePlanChoices(skuId), [skuId]);
  const [chosen, setChosen] = useState<readonly PersonOption[]>([]);
  const [disabledPlans, setDisabledPlans] = useState<ReadonlySet<string>>(new Set());
  const [showApps, setShowApps] = useState(false);
  const [outcomes, setOutcomes] = useState<readonly ItemOutcome[] | null>(null);
  const [touched, setTouched] = useState(false);

  const assign = () => {
    setTouched(true);
    if (chosen.length === 0) return;
    const addLicenses = [{ skuId, disabledPlans: [...disabledPlans] }];
    setOutcomes(
      chosen.map((person) => {
        const result = store.send({ type: 'user.assignLicense', userId: person.id, addLicenses, removeLicenses: [] });
        return { id: person.id, name: person.displayName, error: result.ok ? null : result.error.message };
      }),
    );
  };

  return {
    plans,
    chosen,
    setChosen,
    disabledPlans,
    setDisabledPlans,
    showApps,
    toggleApps: () => setShowApps((shown) => !shown),
    outcomes,
    chooseError: touched && chosen.length === 0 ? 'Select at least one user.' : undefined,
    assign,
  };
}
