import { makeStyles, tokens } from '@fluentui/react-components';
import { KeyResetRegular, PersonAddRegular, PersonDeleteRegular, PersonEditRegular, PersonRegular, type FluentIcon } from '@fluentui/react-icons';
import { adminPaths } from '../paths';
import { RouterLink } from '../../../shell/RouterLink';
import { HomeCard } from './HomeCard';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  icon: { fontSize: '20px', display: 'flex', color: tokens.colorNeutralForeground2 },
});

/** Every task starts on Active users, where the learner picks the user first. */
const QUICK_LINKS: readonly { label: string; icon: FluentIcon }[] = [
  { label: 'Add user', icon: PersonAddRegular },
  { label: 'Delete user', icon: PersonDeleteRegular },
  { label: 'Edit a user', icon: PersonEditRegular },
  { label: 'Reset password', icon: KeyResetRegular },
];

export function UserManagementCard() {
  const styles = useStyles();
  return (
    <HomeCard title="User management" icon={PersonRegular}>
      <ul className={styles.list}>
        {QUICK_LINKS.map(({ label, icon: Icon }) => (
          <li key={label} className={styles.item}>
            <span className={styles.icon}>
              <Icon />
            </span>
            <RouterLink to={adminPaths.activeUsers}>{label}</RouterLink>
          </li>
        ))}
      </ul>
    </HomeCard>
  );
}
