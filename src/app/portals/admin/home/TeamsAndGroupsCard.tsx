import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { adminPaths } from '../paths';
import { rowsEqual } from '../../../../views/equality';
import { selectGroupRows, type GroupType } from '../../../../views/groups';
import { RouterLink } from '../../../shell/RouterLink';
import { useTenant } from '../../../tenant-context';
import { Figure, HomeCard } from './HomeCard';

const useStyles = makeStyles({
  kinds: { color: tokens.colorNeutralForeground3 },
});

const KINDS: readonly GroupType[] = ['Microsoft 365', 'Distribution list', 'Mail-enabled security', 'Security'];

export function TeamsAndGroupsCard() {
  const styles = useStyles();
  const groups = useTenant(selectGroupRows, rowsEqual);
  const kinds = KINDS.map((kind) => [kind, groups.filter((group) => group.groupType === kind).length] as const).filter(([, n]) => n > 0);
  return (
    <HomeCard title="Teams & groups" icon={PeopleTeamRegular} footer={<RouterLink to={adminPaths.activeGroups}>View all teams & groups</RouterLink>}>
      <Figure value={groups.length} caption={groups.length === 1 ? 'group' : 'groups'} />
      <Text className={styles.kinds}>{kinds.map(([kind, n]) => `${n} ${kind}`).join(' · ')}</Text>
    </HomeCard>
  );
}
