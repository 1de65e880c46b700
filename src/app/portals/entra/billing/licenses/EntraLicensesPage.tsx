import { Badge, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { CartRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router';
import { selectLicenseProducts } from '../../../../../views/billing';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { adminPaths } from '../../../admin/paths';
import { entraLicenseProductPath } from '../../paths';

const count = (value: number) => value.toLocaleString('en-US');

type LicenseProductRow = ReturnType<typeof selectLicenseProducts>[number];

function productColumns(nameCell: string): readonly ListColumn<LicenseProductRow>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      width: '40%',
      cell: (product, { openLink }) => (
        <span className={nameCell}>
          {openLink(product.displayName)}
          {product.isTrial && (
            <Badge appearance="tint" color="informative" size="small">
              Trial
            </Badge>
          )}
        </span>
      ),
    },
    { id: 'total', header: 'Total', cell: (product) => count(product.purchased) },
    { id: 'assigned', header: 'Assigned', cell: (product) => count(product.assigned) },
    { id: 'available', header: 'Available', cell: (product) => count(Math.max(product.available, 0)) },
  ];
}

/**
 * Billing > Licenses > "All products" in Entra: totals per product; a product opens its licensed
 * users and groups. Buying happens in the Microsoft 365 admin center, as "Try / Buy" says.
 */
export default function EntraLicensesPage() {
  const styles = useListStyles();
  const navigate = useNavigate();
  const products = useTenant(selectLicenseProducts, rowsEqual);
  return (
    <Page title="Licenses | All products">
      <Toolbar aria-label="All products actions">
        <ToolbarButton icon={<CartRegular />} onClick={() => navigate(adminPaths.purchaseServices)}>
          Try / Buy
        </ToolbarButton>
      </Toolbar>
      <ListTable
        label="All products"
        rows={products}
        rowId={(product) => product.skuId}
        columns={productColumns(styles.nameCell)}
        count={(shown) => (shown === 1 ? '1 product' : `${shown} products`)}
        empty="This directory has no products."
        onOpen={(product) => navigate(entraLicenseProductPath(product.skuId))}
      />
    </Page>
  );
}
