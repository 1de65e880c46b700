import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { domainUsersEqual, domainUsersSelector } from '../../../../../../views/domains';
import { RouterLink } from '../../../../../shell/RouterLink';
import { useTenant } from '../../../../../tenant-context';
import { useDomainStyles } from '../domain-styles';
import { userPath } from '../../../paths';

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
            email, or select several in <RouterLink to="/admin/users">Active users</RouterLink>.
          </Text>
          <Table aria-label={`Users on ${name}`} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Display name</TableHeaderCell>
                <TableHeaderCell>Username</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((user) => (
                <TableRow key={user.id}>
                  <TableCell>
                    <RouterLink to={userPath(user.id)}>{user.displayName}</RouterLink>
                  </TableCell>
                  <TableCell>{user.userPrincipalName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
