import { Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { shallowEqual } from '../../../../views/equality';
import { selectTenantOverview } from '../../../../views/overview';
import { Page } from '../../../shell/Page';
import { useTenant } from '../../../tenant-context';

const useStyles = makeStyles({
  card: { maxWidth: '720px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  facts: { display: 'grid', gridTemplateColumns: '160px 1fr', rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** Entra's Home: the tenant overview's basic information. */
export default function EntraHomePage() {
  const styles = useStyles();
  const overview = useTenant(selectTenantOverview, shallowEqual);
  const facts: readonly [string, string][] = [
    ['Name', overview.name],
    ['Tenant ID', overview.tenantId],
    ['Primary domain', overview.primaryDomain],
    ['Users', overview.users.toLocaleString('en-US')],
    ['Groups', overview.groups.toLocaleString('en-US')],
  ];
  return (
    <Page>
      <Card className={styles.card} role="region" aria-label="Basic information">
        <CardHeader header={<Text as="h2" className={styles.title}>Basic information</Text>} />
        <dl className={styles.facts}>
          {facts.map(([term, value]) => (
            <div key={term} style={{ display: 'contents' }}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </Page>
  );
}
