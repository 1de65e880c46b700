import { useState } from 'react';
import { useNavigate } from 'react-router';
import { getById, signedInAs, type TenantError } from '../../../../../../tenant';
import { rowsEqual } from '../../../../../../views/equality';
import { selectVerifiedDomains } from '../../../../../../views/user-creation';
import { useSignedInUserId, useTenant, useTenantStore } from '../../../../../tenant-context';
import { entraPaths } from '../../../paths';
import type { UsersPageNotice } from '../EntraUsersPage';
import type { FieldValues } from '../user-fields';
import { NEW_USER_TABS, formErrors, initialForm, tabOf, type NewUserErrors, type NewUserField, type NewUserForm, type NewUserMode, type NewUserTab } from './new-user-form';
import { submitNewUser, type SubmitFailure } from './submit';

export interface NewUserState {
  readonly mode: NewUserMode;
  readonly form: NewUserForm;
  readonly tab: NewUserTab;
  readonly errors: NewUserErrors;
  /** Why Create made nothing (a refusal, or a check that no longer holds). */
  readonly createError: TenantError | null;
  /** Assignments refused after the user was made. */
  readonly failures: readonly SubmitFailure[] | null;
  readonly domains: readonly string[];
  update(changes: Partial<NewUserForm>): void;
  setProfile(changes: FieldValues): void;
  goTo(tab: NewUserTab): void;
  next(): void;
  create(): void;
}

/** New user's behaviour: the form, the tab checks, Create (or Invite) and the way back to All users. */
export function useNewUser(mode: NewUserMode): NewUserState {
  const store = useTenantStore();
  const navigate = useNavigate();
  const userId = useSignedInUserId();
  const domains = useTenant(selectVerifiedDomains, rowsEqual).map((domain) => domain.name);
  const [form, setForm] = useState(() => initialForm(domains[0] ?? ''));
  const [tab, setTab] = useState<NewUserTab>('basics');
  const [errors, setErrors] = useState<NewUserErrors>({});
  const [createError, setCreateError] = useState<TenantError | null>(null);
  const [failures, setFailures] = useState<readonly SubmitFailure[] | null>(null);

  const check = (values: NewUserForm) => formErrors(store.getTenant(), values, mode, signedInAs(userId));

  const clear = (fields: readonly string[]) =>
    setErrors((current) => {
      const next = { ...current };
      for (const field of fields) delete next[field as NewUserField];
      return next;
    });

  const update = (changes: Partial<NewUserForm>) => {
    setForm((current) => ({ ...current, ...changes }));
    clear(Object.keys(changes).map((key) => (key === 'domain' ? 'alias' : key)));
  };

  const setProfile = (changes: FieldValues) => {
    setForm((current) => ({ ...current, profile: { ...current.profile, ...changes } }));
    clear(Object.keys(changes));
  };

  /** Leaving Basics or Properties checks them; a problem keeps the learner on its tab. */
  const leave = (target: NewUserTab) => {
    const found = check(form);
    const first = Object.keys(found)[0] as NewUserField | undefined;
    setErrors(found);
    setCreateError(null);
    if (first && NEW_USER_TABS.findIndex((each) => each.id === target) > NEW_USER_TABS.findIndex((each) => each.id === tabOf(first))) {
      setTab(tabOf(first));
      return;
    }
    setTab(target);
  };

  const next = () => leave(NEW_USER_TABS[NEW_USER_TABS.findIndex((each) => each.id === tab) + 1]?.id ?? 'review');

  const create = () => {
    const found = check(form);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setTab(tabOf(Object.keys(found)[0] as NewUserField));
      return;
    }
    const tenant = store.getTenant();
    const outcome = submitNewUser(
      store.send,
      form,
      mode,
      (id) => getById(tenant.directory.groups, id)?.displayName ?? id,
      (id) => getById(tenant.roles.administrativeUnits, id)?.displayName ?? id,
    );
    if (!outcome.ok) return setCreateError(outcome.error);
    if (outcome.failures.length > 0) return setFailures(outcome.failures);
    const notice: UsersPageNotice = {
      notice: mode === 'create' ? `Successfully created user '${outcome.displayName}'.` : `Successfully invited user '${outcome.displayName}'.`,
    };
    navigate(entraPaths.users, { state: notice });
  };

  return { mode, form, tab, errors, createError, failures, domains, update, setProfile, goTo: leave, next, create };
}
