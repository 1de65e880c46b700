import { useCallback, useState } from 'react';
import { signedInAs, type TenantError } from '../../../../../../tenant';
import { rowsEqual } from '../../../../../../views/equality';
import { selectOrganizationCountry, selectVerifiedDomains } from '../../../../../../views/user-creation';
import { useSignedInUserId, useTenant, useTenantStore } from '../../../../../tenant-context';
import { ADD_USER_STEPS, initialForm, withNames, type AddUserForm, type AddUserStep } from './form';
import { provisionUser, type ProvisionOutcome } from './provision';
import { wizardMessage } from './wording';
import { basicsErrors, licensesErrors, optionalErrors, type AddUserField, type FieldErrors } from './validation';

type Succeeded = Extract<ProvisionOutcome, { ok: true }>;

export interface AddUserWizard {
  readonly form: AddUserForm;
  readonly step: AddUserStep;
  readonly errors: FieldErrors;
  /** Bumped whenever Next found problems, so the page can move focus to the first one. */
  readonly invalidAttempt: number;
  /** Set once Finish has created the user; the wizard then shows the confirmation. */
  readonly added: Succeeded | undefined;
  /** Why Finish created nothing (a denial, or a check that failed since the step was left). */
  readonly finishError: TenantError | undefined;
  update(changes: Partial<AddUserForm>): void;
  setNames(changes: { givenName?: string; surname?: string }): void;
  /** Re-checks one field when the learner leaves it (the username against the tenant, live). */
  checkField(field: AddUserField): void;
  next(): void;
  back(): void;
  goTo(step: AddUserStep): void;
  finish(): void;
}

function stepIndex(step: AddUserStep): number {
  return ADD_USER_STEPS.findIndex((candidate) => candidate.id === step);
}

/** The Add a user wizard's behaviour: form state, per-step checks, and Finish. */
export function useAddUser(): AddUserWizard {
  const store = useTenantStore();
  const userId = useSignedInUserId();
  const domains = useTenant(selectVerifiedDomains, rowsEqual);
  const country = useTenant(selectOrganizationCountry);
  const [form, setForm] = useState(() => initialForm(domains[0]?.name ?? '', country));
  const [step, setStep] = useState<AddUserStep>('basics');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [invalidAttempt, setInvalidAttempt] = useState(0);
  const [added, setAdded] = useState<Succeeded>();
  const [finishError, setFinishError] = useState<TenantError>();

  const errorsOf = useCallback(
    (which: AddUserStep, values: AddUserForm): FieldErrors => {
      const tenant = store.getTenant();
      const actor = signedInAs(userId);
      if (which === 'basics') return basicsErrors(tenant, values, actor);
      if (which === 'licenses') return licensesErrors(values);
      if (which === 'optional') return optionalErrors(tenant, values, actor);
      return {};
    },
    [store, userId],
  );

  const update = useCallback((changes: Partial<AddUserForm>) => {
    setForm((current) => ({ ...current, ...changes }));
    // A field the learner is correcting loses its message until it is checked again.
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(changes)) delete next[(key === 'skuIds' ? 'licenses' : key) as AddUserField];
      return next;
    });
  }, []);

  const setNames = useCallback((changes: { givenName?: string; surname?: string }) => setForm((current) => withNames(current, changes)), []);

  const checkField = (field: AddUserField) => {
    const found = errorsOf(step, form)[field];
    setErrors((current) => {
      const next = { ...current };
      if (found) next[field] = found;
      else delete next[field];
      return next;
    });
  };

  const next = () => {
    const found = errorsOf(step, form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setInvalidAttempt((count) => count + 1);
      return;
    }
    setStep(ADD_USER_STEPS[stepIndex(step) + 1]!.id);
  };

  const back = () => {
    setErrors({});
    setFinishError(undefined);
    setStep(ADD_USER_STEPS[Math.max(0, stepIndex(step) - 1)]!.id);
  };

  const goTo = (target: AddUserStep) => {
    setErrors({});
    setFinishError(undefined);
    setStep(target);
  };

  const finish = () => {
    if (added) return;
    const outcome = provisionUser(store.send, form);
    if (outcome.ok) {
      setFinishError(undefined);
      setAdded(outcome);
    } else {
      const message = wizardMessage(outcome.error, { displayName: form.displayName });
      setFinishError({ ...outcome.error, message: outcome.step ? `${outcome.step}: ${message}` : message });
    }
  };

  return { form, step, errors, invalidAttempt, added, finishError, update, setNames, checkField, next, back, goTo, finish };
}
