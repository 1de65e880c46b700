import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { licenseProducts, type ProductSummary, type Tenant } from '../../../../../tenant';
import { detailsEqual } from '../../../../../views/groups';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { GroupsTab } from './GroupsTab';
import { UsersTab } from './UsersTab';
import { adminPaths } from '../../paths';

const useStyles = makeStyles({
  figures: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexWrap: 'wrap' },
  figure: { display: 'flex', flexDirection: 'column' },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

const TRAIL = [{ label: 'Licenses', to: adminPaths.licenses }] as const;

function productSelector(skuId: string): (tenant: Tenant) => ProductSummary | undefined {
  return (tenant) => licenseProducts(tenant).find((product) => product.skuId === skuId);
}

/** Billing > Licenses > a product: who has it, by user ("Users") or through a group ("Groups"). */
export default function LicenseProductPage() {
  const styles = useStyles();
  const { skuId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'groups' ? 'groups' : 'users';
  const product = useTenant(useMemo(() => productSelector(skuId), [skuId]), detailsEqual);

  if (!product) {
    return (
      <Page title="Product not found" trail={TRAIL}>
        <Text>This organization doesn't have this product, or its subscription was deleted.</Text>
      </Page>
    );
  }
  return (
    <Page title={product.displayName} trail={TRAIL}>
      <div className={styles.figures} aria-label="License counts" role="group">
        <span className={styles.figure}>
          <span className={styles.value}>{Math.max(product.available, 0).toLocaleString('en-US')}</span>
          <Text>licenses available</Text>
        </span>
        <span className={styles.figure}>
          <span className={styles.value}>
            {product.assigned.toLocaleString('en-US')} of {product.purchased.toLocaleString('en-US')}
          </span>
          <Text>licenses assigned</Text>
        </span>
      </div>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setParams(data.value === 'groups' ? { tab: 'groups' } : {})} aria-label={product.displayName}>
        <Tab value="users">Users</Tab>
        <Tab value="groups">Groups</Tab>
      </TabList>
      {tab === 'users' ? <UsersTab product={product} /> : <GroupsTab product={product} />}
    </Page>
  );
}
