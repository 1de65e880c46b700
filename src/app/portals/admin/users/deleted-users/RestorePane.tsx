import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { DeletedUserRow } from '../../../../../views/deleted-users';
import { rowsEqual } from '../../../../../views/equality';
import { selectVerifiedDomains } from '../../../../../views/user-creation';
import { useTenant } from '../../../../tenant-context';
import { Flyout, PaneFrame } from '../../../../kit/PaneFrame';
import { PasswordField } from '../active-users/add-user/PasswordField';
import type { RestoreOutcome } from './restore';
import { useRestorePane, type RestorePaneState } from './useRestorePane';

const useStyles = makeStyles({
  username: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto minmax(0, 1fr)', alignItems: 'start', gap: tokens.spacingHorizontalS },
  at: { paddingTop: '30px' },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  password: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function PasswordOptions({ pane }: { pane: RestorePaneState }) {
  return (
    <>
      <Checkbox label="Automatically create a password" checked={pane.autoPassword} onChange={(_, data) => pane.setAutoPassword(data.checked === true)} />
      {!pane.autoPassword && <PasswordField value={pane.password} onChange={pane.setPassword} error={pane.passwordFieldError} />}
      <Checkbox
        label="Require this user to change their password when they first sign in"
        checked={pane.forceChange}
        onChange={(_, data) => pane.setForceChange(data.checked === true)}
      />
    </>
  );
}

function NewUsername({ pane }: { pane: RestorePaneState }) {
  const styles = useStyles();
  const domains = useTenant(selectVerifiedDomains, rowsEqual);
  const names = domains.map((domain) => domain.name);
  if (!names.includes(pane.domain)) names.push(pane.domain);
  return (
    <div className={styles.username}>
      <Field label="Username" required validationMessage={pane.usernameError} validationState={pane.usernameError ? 'error' : 'none'}>
        <Input value={pane.alias} onChange={(_, data) => pane.setAlias(data.value)} />
      </Field>
      <span className={styles.at} aria-hidden>
        @
      </span>
      <Field label="Domains">
        <Select value={pane.domain} onChange={(_, data) => pane.setDomain(data.value)}>
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

function RestoredUser({ outcome }: { outcome: Extract<RestoreOutcome, { restored: true }> }) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  return (
    <section className={styles.result} aria-label={outcome.displayName}>
      <Text weight="semibold">{outcome.displayName}</Text>
      <Text>Username: {outcome.userPrincipalName}</Text>
      <span className={styles.password}>
        Password: <span className={styles.mono}>{shown ? outcome.password : '••••••••'}</span>
        <Button size="small" appearance="subtle" onClick={() => setShown((on) => !on)}>
          {shown ? 'Hide' : 'Show'}
        </Button>
      </span>
    </section>
  );
}

function Results({ outcomes }: { outcomes: readonly RestoreOutcome[] }) {
  const styles = useStyles();
  const restored = outcomes.filter((outcome): outcome is Extract<RestoreOutcome, { restored: true }> => outcome.restored);
  const failed = outcomes.filter((outcome): outcome is Extract<RestoreOutcome, { restored: false }> => !outcome.restored);
  return (
    <>
      {restored.length > 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {restored.length === 1 ? `${restored[0]!.displayName} has been restored to active users.` : `${restored.length} users have been restored to active users.`} Give
            them their new password in a safe way.
          </MessageBarBody>
        </MessageBar>
      )}
      {failed.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failed.length === 1 ? '1 user' : `${failed.length} users`} couldn't be restored.</MessageBarTitle>
            <ul className={styles.list}>
              {failed.map((outcome) => (
                <li key={outcome.userId}>
                  {outcome.displayName}: {outcome.error.message}
                  {outcome.error.code === 'RestoreConflict' && ' Restore this user on their own to give them a new username.'}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {restored.map((outcome) => (
        <RestoredUser key={outcome.userId} outcome={outcome} />
      ))}
    </>
  );
}

/**
 * The Restore user pane: a new password for the users being restored, then Restore; on a username
 * conflict, the admin center's choice of cancelling or typing a new username. It closes by `open`
 * rather than by unmounting, so Fluent hands the page back to assistive technology and returns
 * the focus to what opened it.
 */
export function RestorePane({ open, users, onClose }: { open: boolean; users: readonly DeletedUserRow[]; onClose: () => void }) {
  const pane = useRestorePane(users);
  const title = users.length === 1 ? `Restore ${users[0]!.displayName}` : `Restore ${users.length} users`;
  const done = pane.outcomes !== undefined;
  return (
    <Flyout open={open} onClose={onClose}>
      <PaneFrame
        title={title}
        onClose={onClose}
        footer={
          done ? (
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          ) : (
            <>
              <Button appearance="primary" onClick={pane.conflict ? pane.restoreWithNewUsername : pane.restore}>
                Restore
              </Button>
              <Button onClick={onClose}>Cancel</Button>
            </>
          )
        }
      >
        {done && <Results outcomes={pane.outcomes!} />}
        {!done && pane.conflict && (
          <>
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>There was a problem restoring {pane.conflict.user.displayName}.</MessageBarTitle>
                {pane.conflict.message} An active user now has the username {pane.conflict.user.userPrincipalName}. Cancel, change that user's username and restore again,
                or type a new username for {pane.conflict.user.displayName} and select Restore.
              </MessageBarBody>
            </MessageBar>
            <NewUsername pane={pane} />
          </>
        )}
        {!done && !pane.conflict && (
          <>
            {pane.error && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{users[0]!.displayName} couldn't be restored.</MessageBarTitle>
                  {pane.error.message}
                </MessageBarBody>
              </MessageBar>
            )}
            <Text>Choose how to set the password for {users.length === 1 ? 'this user' : 'these users'}.</Text>
            <PasswordOptions pane={pane} />
          </>
        )}
      </PaneFrame>
    </Flyout>
  );
}
