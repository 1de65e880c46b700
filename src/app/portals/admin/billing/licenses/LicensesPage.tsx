import { Badge, Tab, TabList, Text } from '@fluentui/react-components';
import { useNavigate } from 'react-router';
import type { ProductSummary } from '../../../../../tenant';
import { selectLicenseProducts } from '../../../../../views/billing';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { licenseProductPath } from '../../paths';

const count = (value: number) => value.toLocaleString('en-US');

/** Seats of expired or disabled subscriptions, which the product's row points out beside its name. */
function lapsed(product: ProductSummary): string | null {
  if (product.disabled > 0) return `${count(product.disabled)} disabled`;
  if (product.expired > 0) return `${count(product.expired)} expired`;
  return null;
}

/** Billing > Licenses, "Subscriptions" tab: one row per product, available out of purchased and assigned. */
export default function LicensesPage() {
  const styles = useListStyles();
  const navigate = useNavigate();
  const products = useTenant(selectLicenseProducts, rowsEqual);
  return (
    <Page>
      <TabList selectedValue="subscriptions" aria-label="Licenses">
        <Tab value="subscriptions">Subscriptions</Tab>
      </TabList>
      <Text>Select a product to assign licenses to users or groups, or to unassign them.</Text>
      <ListTable
        label="Licenses"
        rows={products}
        rowId={(product) => product.skuId}
        count
        empty="This organization has no licenses. Buy a product in Purchase services to get some."
        onOpen={(product) => navigate(licenseProductPath(product.skuId))}
        columns={[
          {
            id: 'product',
            header: 'Product',
            width: '46%',
            cell: (product, { openLink }) => (
              <span className={styles.nameCell}>
                {openLink(product.displayName)}
                {product.isTrial && (
                  <Badge appearance="tint" color="informative" size="small">
                    Trial
                  </Badge>
                )}
                {lapsed(product) && (
                  <Badge appearance="tint" color="warning" size="small">
                    {lapsed(product)}
                  </Badge>
                )}
              </span>
            ),
            sortValue: (product) => product.displayName,
          },
          { id: 'available', header: 'Available licenses', cell: (product) => `${count(Math.max(product.available, 0))}/${count(product.purchased)}`, sortValue: (product) => product.available },
          { id: 'assigned', header: 'Assigned licenses', cell: (product) => count(product.assigned), sortValue: (product) => product.assigned },
        ]}
      />
    </Page>
  );
}
