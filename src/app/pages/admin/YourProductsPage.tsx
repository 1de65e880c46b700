import { rowsEqual } from '../../selectors/equality';
import { selectProductRows, subscriptionStatus, type ProductRow } from '../../selectors/licenses';
import { Page } from '../../shell/Page';
import { ReadOnlyTable, type Column } from '../../shell/ReadOnlyTable';
import { useTenant } from '../../tenant-context';
import { count, ProductName } from '../shared/ProductTables';

const columns: readonly Column<ProductRow>[] = [
  { header: 'Product name', cell: (product) => <ProductName product={product} />, width: '36%' },
  { header: 'Assigned licenses', cell: (product) => count(product.assigned) },
  { header: 'Purchased quantity', cell: (product) => count(product.purchased) },
  { header: 'Subscription status', cell: (product) => subscriptionStatus(product.capabilityStatus) },
];

/** Billing > Your products, read-only: each subscription the tenant holds. */
export default function YourProductsPage() {
  const products = useTenant(selectProductRows, rowsEqual);
  return (
    <Page>
      <ReadOnlyTable label="Your products" columns={columns} rows={products} rowId={(product) => product.id} empty="This organization has no subscriptions." />
    </Page>
  );
}
