import { Button, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarBody, Option, Text, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Tenant } from '../../../../../../tenant';
import { useTenant, useTenantStore } from '../../../../../tenant-context';
import { aliasesOf, primaryEmailOf, selectUser, selectVerifiedDomains } from '../panel/user-selectors';
import { ErrorBar, SuccessBar } from './outcomes';
import { PaneFrame } from '../../../../../kit/PaneFrame';

const useStyles = makeStyles({
  username: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  alias: { flex: 1, minWidth: 0 },
  at: { paddingBottom: '6px' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const EDIT_FAILED = "We're sorry, the user couldn't be edited. Review the user information and try again";
const SYNCED =
  'This user is synchronized with your local Active Directory. Some details can be edited only through your local Active Directory.';

const arraysEqual = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

export interface ManageUsernamePaneProps {
  readonly userId: string;
  readonly onClose: () => void;
  readonly onBack?: () => void;
}

/** "Manage username and email": the username's alias and domain, which also make the primary email. */
export function ManageUsernamePane({ userId, onClose, onBack }: ManageUsernamePaneProps) {
  const styles = useStyles();
  const store = useTenantStore();
  const user = useTenant(useCallback((tenant: Tenant) => selectUser(tenant, userId), [userId]));
  const domains = useTenant(selectVerifiedDomains, arraysEqual);
  const [current] = useState(() => user?.userPrincipalName ?? '');
  const at = current.lastIndexOf('@');
  const [alias, setAlias] = useState(current.slice(0, at));
  const [domain, setDomain] = useState(current.slice(at + 1));
  const [result, setResult] = useState<{ error?: string } | null>(null);
  const next = `${alias.trim()}@${domain}`;

  const save = () => {
    const sent = store.send({ type: 'user.changeUserPrincipalName', userId, userPrincipalName: next });
    setResult(sent.ok ? {} : { error: sent.error.message });
  };

  if (!user) return null;
  const aliases = aliasesOf(user);
  return (
    <PaneFrame
      title="Manage username and email"
      onClose={onClose}
      onBack={onBack}
      footer={
        <Button appearance="primary" disabled={alias.trim() === '' || next === user.userPrincipalName} onClick={save}>
          Save changes
        </Button>
      }
    >
      {user.onPremisesSyncEnabled && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{SYNCED}</MessageBarBody>
        </MessageBar>
      )}
      {result?.error && <ErrorBar title={EDIT_FAILED} message={result.error} />}
      {result && !result.error && <SuccessBar message={`The username and primary email address are now ${user.userPrincipalName}.`} />}
      <Text>
        Primary email address and username: <strong>{primaryEmailOf(user)}</strong>
      </Text>
      <div className={styles.username}>
        <Field label="Username" className={styles.alias}>
          <Input value={alias} onChange={(_event, data) => setAlias(data.value)} />
        </Field>
        <span className={styles.at} aria-hidden>
          @
        </span>
        <Field label="Domains">
          <Dropdown value={domain} selectedOptions={[domain]} onOptionSelect={(_event, data) => data.optionValue && setDomain(data.optionValue)}>
            {domains.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Text weight="semibold">Aliases</Text>
      {aliases.length === 0 ? (
        <Text>This user has no aliases.</Text>
      ) : (
        <ul className={styles.list} aria-label="Aliases">
          {aliases.map((address) => (
            <li key={address}>{address}</li>
          ))}
        </ul>
      )}
    </PaneFrame>
  );
}
