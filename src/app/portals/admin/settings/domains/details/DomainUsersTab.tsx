import { Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { domainUsersEqual, domainUsersSelector } from '../../../../../../views/domains';
import { RouterLink } from '../../../../../shell/RouterLink';
import { useTenant } from '../../../../../tenant-context';
import { useDomainStyles } from '../domain-styles';
import { adminPaths, userPath } from '../../../paths';
import { ListTable } from '../../../../../kit/ListTable';

/**
 * The users whose user name or primary email is on the domain. Moving them off it ("Change
 * domains") is done in Active users; each name opens the user there.
 */
export function DomainUsersTab({ name }: { readonly name: string }) {
  const styles = useDomainStyles();
  const { total, rows } = useTenant(useMemo(() => domainUsersSelector(name), [name]), domainUsersEqual);
  return (
    <section className={styles.card} aria-label="Users">
      {total === 0 ? (
        <Text>No users have a user name or email address on {name}.</Text>
      ) : (
        <>
          <Text>
            {total === 1 ? '1 user has' : `${total.toLocaleString('en-US')} users have`} a user name or email address on {name}
            {rows.length < total && `; the first ${rows.length} are shown`}. To move someone to another domain, open them and choose Manage username and
            email, or select several in <RouterLink to={adminPaths.activeUsers}>Active users</RouterLink>.
          </Text>
          <ListTable
            label={`Users on ${name}`}
            rows={rows}
            rowId={(user) => user.id}
            appearance="plain"
            columns={[
              { id: 'displayName', header: 'Display name', cell: (user) => <RouterLink to={userPath(user.id)}>{user.displayName}</RouterLink> },
              { id: 'userPrincipalName', header: 'Username', cell: (user) => user.userPrincipalName },
            ]}
          />
        </>
      )}
    </section>
  );
}
