import { Badge, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { CartRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router';
import { selectLicenseProducts } from '../../../../../views/billing';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { useListStyles } from '../../../../kit/list-styles';
import { adminPaths } from '../../../admin/paths';
import { entraLicenseProductPath } from '../../paths';

const count = (value: number) => value.toLocaleString('en-US');

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
      <Text className={styles.muted}>{products.length === 1 ? '1 product' : `${products.length} products`}</Text>
      <div className={styles.surface}>
        <Table aria-label="All products" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '40%' }}>Name</TableHeaderCell>
              <TableHeaderCell>Total</TableHeaderCell>
              <TableHeaderCell>Assigned</TableHeaderCell>
              <TableHeaderCell>Available</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {products.map((product) => (
              <TableRow key={product.skuId}>
                <TableCell>
                  <span className={styles.nameCell}>
                    <Link as="button" onClick={() => navigate(entraLicenseProductPath(product.skuId))}>
                      {product.displayName}
                    </Link>
                    {product.isTrial && (
                      <Badge appearance="tint" color="informative" size="small">
                        Trial
                      </Badge>
                    )}
                  </span>
                </TableCell>
                <TableCell>{count(product.purchased)}</TableCell>
                <TableCell>{count(product.assigned)}</TableCell>
                <TableCell>{count(Math.max(product.available, 0))}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {products.length === 0 && <Text>This directory has no products.</Text>}
      </div>
    </Page>
  );
}
