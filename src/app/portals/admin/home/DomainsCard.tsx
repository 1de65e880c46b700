import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { GlobeRegular } from '@fluentui/react-icons';
import { adminPaths } from '../paths';
import { selectDomains } from '../../../../views/domains';
import { rowsEqual } from '../../../../views/equality';
import { RouterLink } from '../../../shell/RouterLink';
import { useTenant } from '../../../tenant-context';
import { HomeCard } from './HomeCard';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export function DomainsCard() {
  const styles = useStyles();
  const domains = useTenant(selectDomains, rowsEqual);
  return (
    <HomeCard title="Domains" icon={GlobeRegular} footer={<RouterLink to={adminPaths.domains}>Go to Domains</RouterLink>}>
      <ul className={styles.list}>
        {domains.map((domain) => (
          <li key={domain.id} className={styles.item}>
            <Text>{domain.id}</Text>
            {domain.isDefault && <Badge appearance="tint">Default</Badge>}
            {!domain.isVerified && (
              <Badge appearance="tint" color="warning">
                Incomplete setup
              </Badge>
            )}
          </li>
        ))}
      </ul>
    </HomeCard>
  );
}
