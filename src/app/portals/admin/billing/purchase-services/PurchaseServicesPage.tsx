import { Badge, Button, Card, CardFooter, CardHeader, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useDeferredValue, useState } from 'react';
import { useNavigate } from 'react-router';
import { selectCatalog } from '../../../../../views/billing';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { LabNote } from '../../../../kit/LabNote';
import { useListStyles } from '../../../../kit/list-styles';
import { purchaseProductPath } from '../../paths';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: tokens.spacingHorizontalL, margin: 0, padding: 0, listStyle: 'none' },
  card: { height: '100%' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  search: { maxWidth: '420px' },
});

/** Billing > Purchase services: the products the tenant can buy, each opening its own page. */
export default function PurchaseServicesPage() {
  const styles = useStyles();
  const list = useListStyles();
  const navigate = useNavigate();
  const catalog = useTenant(selectCatalog, rowsEqual);
  const [query, setQuery] = useState('');
  const needle = useDeferredValue(query).trim().toLowerCase();
  const products = needle ? catalog.filter((product) => product.name.toLowerCase().includes(needle) || product.skuPartNumber.toLowerCase().includes(needle)) : catalog;

  return (
    <Page>
      <Text>Find the right products and services for your organization. Select a product to see what it includes, buy it or start a free trial.</Text>
      <LabNote>Purchases here are simulated: no prices, no payment method, nothing is charged. An order adds the licenses to the tenant at once.</LabNote>
      <SearchBox className={styles.search} placeholder="Search all product categories" aria-label="Search all product categories" value={query} onChange={(_, data) => setQuery(data.value)} />
      <Text className={list.muted} aria-live="polite">
        {products.length === 1 ? '1 product' : `${products.length} products`}
      </Text>
      <ul className={styles.grid} aria-label="Products">
        {products.map((product) => (
          <li key={product.skuId}>
            <Card className={styles.card}>
              <CardHeader header={<Text weight="semibold">{product.name}</Text>} description={<Text className={list.muted}>{`${product.servicePlanCount} apps and services`}</Text>} />
              <div className={styles.badges}>
                {product.owned && (
                  <Badge appearance="tint" color="success" size="small">
                    You have this product
                  </Badge>
                )}
                {product.trialAvailable && (
                  <Badge appearance="tint" color="informative" size="small">
                    Free trial available
                  </Badge>
                )}
              </div>
              <CardFooter>
                <Button aria-label={`Details for ${product.name}`} onClick={() => navigate(purchaseProductPath(product.skuPartNumber))}>
                  Details
                </Button>
              </CardFooter>
            </Card>
          </li>
        ))}
      </ul>
      {products.length === 0 && <Text>No products match your search.</Text>}
    </Page>
  );
}
