import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, type ReactNode } from 'react';
import type { Tenant, User } from '../../../../../../tenant';
import { rowsEqual } from '../../../../../../views/equality';
import { useTenant } from '../../../../../tenant-context';
import { aliasesOf, selectManagerName, selectUserGroups, selectUserRoles } from './user-selectors';

export type AccountPane = 'username' | 'roles' | 'contact' | 'signOut';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  value: { overflowWrap: 'anywhere' },
  link: { alignSelf: 'flex-start' },
});

const arraysEqual = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

function Section({ title, children, action, onAction }: { title: string; children: ReactNode; action?: string; onAction?: () => void }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <h3 className={styles.heading}>{title}</h3>
      {children}
      {action && (
        <Link as="button" className={styles.link} onClick={onAction}>
          {action}
        </Link>
      )}
    </section>
  );
}

/** The user's Account tab: what the tenant knows, with the links to the panes that change it. */
export function AccountTab({ user, onOpen }: { user: User; onOpen: (pane: AccountPane) => void }) {
  const styles = useStyles();
  const userId = user.id;
  const groups = useTenant(
    useCallback((tenant: Tenant) => selectUserGroups(tenant, userId), [userId]),
    arraysEqual,
  );
  const roles = useTenant(
    useCallback((tenant: Tenant) => selectUserRoles(tenant, userId), [userId]),
    rowsEqual,
  );
  const manager = useTenant(useCallback((tenant: Tenant) => selectManagerName(tenant, userId), [userId]));
  const aliases = aliasesOf(user);
  const phones = [...user.businessPhones, ...(user.mobilePhone ? [user.mobilePhone] : [])];
  const address = [user.streetAddress, user.city, user.state, user.postalCode, user.country].filter(Boolean).join(', ');

  return (
    <div className={styles.grid}>
      <Section title="Username and email" action="Manage username and email" onAction={() => onOpen('username')}>
        <Text className={styles.value}>{user.userPrincipalName}</Text>
      </Section>
      <Section title="Aliases">
        {aliases.length === 0 ? <Text>None</Text> : aliases.map((alias) => <Text key={alias} className={styles.value}>{alias}</Text>)}
      </Section>
      <Section title="Groups">
        {groups.length === 0 ? <Text>This user isn't a member of any groups.</Text> : <Text className={styles.value}>{groups.join(', ')}</Text>}
      </Section>
      <Section title="Roles" action="Manage roles" onAction={() => onOpen('roles')}>
        {roles.length === 0 ? (
          <Text>No administrator access</Text>
        ) : (
          roles.map((role) => (
            <Text key={`${role.roleDefinitionId}${role.scope ?? ''}${role.groupName ?? ''}`} className={styles.value}>
              {role.displayName}
              {role.scope ? ` (${role.scope})` : ''}
              {role.groupName ? ` (inherited from ${role.groupName})` : ''}
            </Text>
          ))
        )}
      </Section>
      <Section title="Manager">
        <Text>{manager ?? 'No manager'}</Text>
      </Section>
      <Section title="Contact information" action="Manage contact information" onAction={() => onOpen('contact')}>
        <Text className={styles.value}>{user.displayName}</Text>
        {user.jobTitle && <Text>{user.jobTitle}</Text>}
        {user.department && <Text>{user.department}</Text>}
        {phones.map((phone) => (
          <Text key={phone}>{phone}</Text>
        ))}
        {address && <Text className={styles.value}>{address}</Text>}
      </Section>
      <Section title="Sign-out" action="Sign out of all sessions" onAction={() => onOpen('signOut')}>
        <Text>Sign this user out of all Microsoft 365 sessions.</Text>
      </Section>
    </div>
  );
}
