import { rowsEqual } from '../../selectors/equality';
import { selectProductRows, type ProductRow } from '../../selectors/licenses';
import { Page } from '../../shell/Page';
import { ReadOnlyTable, type Column } from '../../shell/ReadOnlyTable';
import { useTenant } from '../../tenant-context';
import { count, ProductName } from '../shared/ProductTables';

const columns: readonly Column<ProductRow>[] = [
  { header: 'Product', cell: (product) => <ProductName product={product} />, width: '44%' },
  { header: 'Available licenses', cell: (product) => `${count(product.available)}/${count(product.purchased)}` },
  { header: 'Assigned licenses', cell: (product) => count(product.assigned) },
];

/** Billing > Licenses, read-only: seats per product, available out of purchased. */
export default function LicensesPage() {
  const products = useTenant(selectProductRows, rowsEqual);
  return (
    <Page>
      <ReadOnlyTable label="Licenses" columns={columns} rows={products} rowId={(product) => product.id} empty="This organization has no licenses." />
    </Page>
  );
}
