import { makeStyles, tokens } from '@fluentui/react-components';
import { selectOrganizationName } from '../../../../views/organization';
import { Page } from '../../../shell/Page';
import { useTenant } from '../../../tenant-context';
import { ActiveUsersCard } from './ActiveUsersCard';
import { AdminRolesCard } from './AdminRolesCard';
import { DomainsCard } from './DomainsCard';
import { LicensesCard } from './LicensesCard';
import { TeamsAndGroupsCard } from './TeamsAndGroupsCard';
import { UserManagementCard } from './UserManagementCard';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

/**
 * The admin center's Home (dashboard view): cards with the tenant's own figures. There is no
 * Service health card, because the sandbox does not simulate service incidents yet and a card
 * saying everything is healthy would be made up.
 */
export default function HomePage() {
  const styles = useStyles();
  const organization = useTenant(selectOrganizationName);
  return (
    <Page heading={organization}>
      <div className={styles.grid}>
        <UserManagementCard />
        <ActiveUsersCard />
        <LicensesCard />
        <TeamsAndGroupsCard />
        <AdminRolesCard />
        <DomainsCard />
      </div>
    </Page>
  );
}
