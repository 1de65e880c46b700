import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { PeopleRegular } from '@fluentui/react-icons';
import { summarizeTenant } from '../../../../tenant';
import { adminPaths } from '../paths';
import { shallowEqual } from '../../../../views/equality';
import { RouterLink } from '../../../shell/RouterLink';
import { useTenant } from '../../../tenant-context';
import { Figure, HomeCard } from './HomeCard';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

export function ActiveUsersCard() {
  const styles = useStyles();
  const summary = useTenant(summarizeTenant, shallowEqual);
  const facts: readonly [string, number][] = [
    ['Licensed', summary.licensedUsers],
    ['Unlicensed', summary.unlicensedUsers],
    ['Sign-in blocked', summary.blockedUsers],
    ['Guest users', summary.guestUsers],
    ['Deleted users', summary.deletedUsers],
  ];
  return (
    <HomeCard title="Active users" icon={PeopleRegular} footer={<RouterLink to={adminPaths.activeUsers}>View all active users</RouterLink>}>
      <Figure value={summary.activeUsers} caption={summary.activeUsers === 1 ? 'active user' : 'active users'} />
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>
              <Text>{term}</Text>
            </dt>
            <dd className={styles.value}>
              <Text>{value.toLocaleString('en-US')}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </HomeCard>
  );
}
