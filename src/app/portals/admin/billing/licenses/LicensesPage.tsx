import { Badge, Link, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useNavigate } from 'react-router';
import type { ProductSummary } from '../../../../../tenant';
import { selectLicenseProducts } from '../../../../../views/billing';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
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
      <Text className={styles.muted}>{products.length === 1 ? '1 item' : `${products.length} items`}</Text>
      <div className={styles.surface}>
        <Table aria-label="Licenses" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '46%' }}>Product</TableHeaderCell>
              <TableHeaderCell>Available licenses</TableHeaderCell>
              <TableHeaderCell>Assigned licenses</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {products.map((product) => (
              <TableRow key={product.skuId}>
                <TableCell>
                  <span className={styles.nameCell}>
                    <Link as="button" onClick={() => navigate(licenseProductPath(product.skuId))}>
                      {product.displayName}
                    </Link>
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
                </TableCell>
                <TableCell>{`${count(Math.max(product.available, 0))}/${count(product.purchased)}`}</TableCell>
                <TableCell>{count(product.assigned)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {products.length === 0 && <Text>This organization has no licenses. Buy a product in Purchase services to get some.</Text>}
      </div>
    </Page>
  );
}
