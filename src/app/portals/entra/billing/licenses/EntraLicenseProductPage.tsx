import { Tab, TabList, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { licenseProducts, type ProductSummary, type Tenant } from '../../../../../tenant';
import { detailsEqual } from '../../../../../views/groups';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { GroupsTab } from '../../../admin/billing/licenses/GroupsTab';
import { UsersTab } from '../../../admin/billing/licenses/UsersTab';
import { entraPaths } from '../../paths';

const TRAIL = [{ label: 'Licenses | All products', to: entraPaths.licenses }] as const;

function productSelector(skuId: string): (tenant: Tenant) => ProductSummary | undefined {
  return (tenant) => licenseProducts(tenant).find((product) => product.skuId === skuId);
}

/**
 * A product in Entra's Licenses: "Licensed users" and "Licensed groups", with the same assign and
 * unassign panes as the admin center's product page (both portals send the same commands).
 */
export default function EntraLicenseProductPage() {
  const { skuId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'groups' ? 'groups' : 'users';
  const product = useTenant(useMemo(() => productSelector(skuId), [skuId]), detailsEqual);
  if (!product) {
    return (
      <Page title="Product not found" trail={TRAIL}>
        <Text>This directory doesn't have this product.</Text>
      </Page>
    );
  }
  return (
    <Page title={`${product.displayName} | ${tab === 'groups' ? 'Licensed groups' : 'Licensed users'}`} trail={TRAIL}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setParams(data.value === 'groups' ? { tab: 'groups' } : {})} aria-label={product.displayName}>
        <Tab value="users">Licensed users</Tab>
        <Tab value="groups">Licensed groups</Tab>
      </TabList>
      {tab === 'users' ? <UsersTab product={product} /> : <GroupsTab product={product} />}
    </Page>
  );
}
