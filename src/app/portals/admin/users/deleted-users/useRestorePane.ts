import { useState } from 'react';
import { passwordError, type PasswordChoice, type TenantError } from '../../../../../tenant';
import type { DeletedUserRow } from '../../../../../views/deleted-users';
import { useTenantStore } from '../../../../tenant-context';
import { restoreUser, type RestoreOutcome } from './restore';

export interface UsernameConflict {
  readonly user: DeletedUserRow;
  /** The tenant's words for the conflict. */
  readonly message: string;
}

export interface RestorePaneState {
  readonly autoPassword: boolean;
  readonly password: string;
  readonly forceChange: boolean;
  readonly passwordFieldError: string | undefined;
  /** A failure that restored no one, for a single user (a denial, say). */
  readonly error: TenantError | undefined;
  /** Set when the user's old username now belongs to an active user. */
  readonly conflict: UsernameConflict | undefined;
  readonly alias: string;
  readonly domain: string;
  readonly usernameError: string | undefined;
  /** Set once Restore has run: who is back and who is not. */
  readonly outcomes: readonly RestoreOutcome[] | undefined;
  setAutoPassword(on: boolean): void;
  setPassword(value: string): void;
  setForceChange(on: boolean): void;
  setAlias(value: string): void;
  setDomain(value: string): void;
  restore(): void;
  restoreWithNewUsername(): void;
}

function splitUpn(userPrincipalName: string): [string, string] {
  const at = userPrincipalName.lastIndexOf('@');
  return [userPrincipalName.slice(0, at), userPrincipalName.slice(at + 1)];
}

/** The Restore user pane's behaviour for one or several deleted users. */
export function useRestorePane(users: readonly DeletedUserRow[]): RestorePaneState {
  const store = useTenantStore();
  const [autoPassword, setAutoPassword] = useState(true);
  const [password, setPasswordValue] = useState('');
  const [forceChange, setForceChange] = useState(true);
  const [passwordFieldError, setPasswordFieldError] = useState<string>();
  const [error, setError] = useState<TenantError>();
  const [conflict, setConflict] = useState<UsernameConflict>();
  const [alias, setAliasValue] = useState('');
  const [domain, setDomain] = useState('');
  const [usernameError, setUsernameError] = useState<string>();
  const [outcomes, setOutcomes] = useState<readonly RestoreOutcome[]>();

  const choice = (): PasswordChoice => ({ ...(autoPassword ? {} : { password }), forceChangePasswordNextSignIn: forceChange });

  const restore = () => {
    if (!autoPassword) {
      const problem = password ? passwordError(password)?.message : 'Password is required.';
      setPasswordFieldError(problem);
      if (problem) return;
    }
    const results = users.map((user) => restoreUser(store, user, choice()));
    const [only] = results;
    if (users.length === 1 && only && !only.restored) {
      if (only.error.code === 'RestoreConflict') {
        const [oldAlias, oldDomain] = splitUpn(users[0]!.userPrincipalName);
        setConflict({ user: users[0]!, message: only.error.message });
        setAliasValue(oldAlias);
        setDomain(oldDomain);
        setError(undefined);
      } else setError(only.error);
      return;
    }
    setOutcomes(results);
  };

  const restoreWithNewUsername = () => {
    if (!conflict) return;
    if (!alias.trim()) {
      setUsernameError('Username is required.');
      return;
    }
    const outcome = restoreUser(store, conflict.user, choice(), `${alias.trim()}@${domain}`);
    if (outcome.restored) setOutcomes([outcome]);
    else setUsernameError(outcome.error.message);
  };

  return {
    autoPassword,
    password,
    forceChange,
    passwordFieldError,
    error,
    conflict,
    alias,
    domain,
    usernameError,
    outcomes,
    setAutoPassword: (on) => {
      setAutoPassword(on);
      setPasswordFieldError(undefined);
    },
    setPassword: (value) => {
      setPasswordValue(value);
      setPasswordFieldError(undefined);
    },
    setForceChange,
    setAlias: (value) => {
      setAliasValue(value);
      setUsernameError(undefined);
    },
    setDomain: (value) => {
      setDomain(value);
      setUsernameError(undefined);
    },
    restore,
    restoreWithNewUsername,
  };
}
