import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import type { Command, DispatchResult, Tenant } from '../../../../../../tenant';
import { getById } from '../../../../../../tenant';
import { useTenantStore } from '../../../../../tenant-context';

/** How one user fared in an action on several users. */
export interface Outcome {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  /** The tenant's message when it refused; undefined when it succeeded. */
  readonly error?: string;
  /** The tenant after a success, to read what the command produced (a new password). */
  readonly tenant?: Tenant;
}

export interface Target {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
}

/** The users an action is about, as they are now (ids no longer in the directory are dropped). */
export function targetsOf(tenant: Tenant, userIds: readonly string[]): Target[] {
  return userIds.flatMap((id) => {
    const user = getById(tenant.directory.users, id);
    return user ? [{ id, displayName: user.displayName, userPrincipalName: user.userPrincipalName }] : [];
  });
}

/**
 * Runs an action on each user in turn and reports each result. An action on several selected
 * users is one command per user, as the admin center saves them one by one and lists how each
 * went: a refusal for one user leaves the others done.
 */
export function useRunForEach() {
  const store = useTenantStore();
  return (targets: readonly Target[], commandFor: (target: Target) => Command): Outcome[] =>
    targets.map((target) => {
      const result: DispatchResult = store.send(commandFor(target));
      const base = { userId: target.id, displayName: target.displayName, userPrincipalName: target.userPrincipalName };
      return result.ok ? { ...base, tenant: result.tenant } : { ...base, error: result.error.message };
    });
}

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  ok: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, marginTop: '2px' },
  failed: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
  error: { color: tokens.colorNeutralForeground2 },
});

/** The per-user results of an action on several users. */
export function OutcomeList({ outcomes, success }: { outcomes: readonly Outcome[]; success: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Results">
      {outcomes.map((outcome) => (
        <li key={outcome.userId} className={styles.item}>
          {outcome.error ? <ErrorCircleRegular className={styles.failed} aria-hidden /> : <CheckmarkCircleRegular className={styles.ok} aria-hidden />}
          <span>
            <strong>{outcome.displayName}</strong>
            {': '}
            <span className={outcome.error ? styles.error : undefined}>{outcome.error ?? success}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A refusal, where the portal shows it: a red bar at the top of the pane. */
export function ErrorBar({ title, message }: { title?: string; message: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

export function SuccessBar({ title, message }: { title?: string; message: string }) {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
