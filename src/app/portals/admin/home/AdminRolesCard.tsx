import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { ShieldPersonRegular } from '@fluentui/react-icons';
import { adminPaths } from '../paths';
import { selectAdminAccounts } from '../../../../views/admins';
import { rowsEqual } from '../../../../views/equality';
import { RouterLink } from '../../../shell/RouterLink';
import { useTenant } from '../../../tenant-context';
import { HomeCard } from './HomeCard';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  roles: { color: tokens.colorNeutralForeground3 },
});

/** Who holds admin roles: the accounts the learner can switch to from the account menu. */
export function AdminRolesCard() {
  const styles = useStyles();
  const admins = useTenant(selectAdminAccounts, rowsEqual);
  return (
    <HomeCard title="Admin roles" icon={ShieldPersonRegular} footer={<RouterLink to={adminPaths.roleAssignments}>Go to Role assignments</RouterLink>}>
      <ul className={styles.list}>
        {admins.map((admin) => (
          <li key={admin.userId}>
            <Text weight="semibold">{admin.displayName}</Text> <Text className={styles.roles}>{admin.roles.join(', ')}</Text>
          </li>
        ))}
      </ul>
    </HomeCard>
  );
}
