import { Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { rowsEqual } from '../../../../../../views/equality';
import { domainGroupsSelector } from '../../../../../../views/domains';
import { RouterLink } from '../../../../../shell/RouterLink';
import { useTenant } from '../../../../../tenant-context';
import { useDomainStyles } from '../domain-styles';
import { activeGroupsPath } from '../../../paths';
import { ListTable } from '../../../../../kit/ListTable';

/** The groups whose email address is on the domain; each opens in Active teams & groups, where its address is edited. */
export function DomainGroupsTab({ name }: { readonly name: string }) {
  const styles = useDomainStyles();
  const groups = useTenant(useMemo(() => domainGroupsSelector(name), [name]), rowsEqual);
  return (
    <section className={styles.card} aria-label="Teams & groups">
      {groups.length === 0 ? (
        <Text>No teams or groups have an email address on {name}.</Text>
      ) : (
        <>
          <Text>To move a group to another domain, open it and edit its primary email address on the General tab.</Text>
          <ListTable
            label={`Teams & groups on ${name}`}
            rows={groups}
            rowId={(group) => group.id}
            appearance="plain"
            columns={[
              { id: 'name', header: 'Name', cell: (group) => <RouterLink to={activeGroupsPath(undefined, group.id)}>{group.displayName}</RouterLink> },
              { id: 'mail', header: 'Email', cell: (group) => group.mail },
            ]}
          />
        </>
      )}
    </section>
  );
}
