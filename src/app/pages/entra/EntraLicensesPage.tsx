import { rowsEqual } from '../../selectors/equality';
import { selectProductRows, type ProductRow } from '../../selectors/licenses';
import { Page } from '../../shell/Page';
import { ReadOnlyTable, type Column } from '../../shell/ReadOnlyTable';
import { useTenant } from '../../tenant-context';
import { count, ProductName } from '../shared/ProductTables';

const columns: readonly Column<ProductRow>[] = [
  { header: 'Name', cell: (product) => <ProductName product={product} />, width: '40%' },
  { header: 'Total', cell: (product) => count(product.purchased) },
  { header: 'Assigned', cell: (product) => count(product.assigned) },
  { header: 'Available', cell: (product) => count(product.available) },
];

/** Billing > Licenses (All products), read-only. */
export default function EntraLicensesPage() {
  const products = useTenant(selectProductRows, rowsEqual);
  return (
    <Page>
      <ReadOnlyTable label="All products" columns={columns} rows={products} rowId={(product) => product.id} empty="This directory has no products." />
    </Page>
  );
}
