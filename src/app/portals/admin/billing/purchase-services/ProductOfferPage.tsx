import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { skuByPartNumber } from '../../../../../tenant';
import { catalogProductSelector } from '../../../../../views/billing';
import { detailsEqual } from '../../../../../views/groups';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { useListStyles } from '../../../../kit/list-styles';
import { CheckoutSteps } from './CheckoutSteps';
import { OrderOptions } from './OrderOptions';
import { StartTrialDialog } from './StartTrialDialog';
import { usePurchase } from './usePurchase';
import { adminPaths } from '../../paths';

const useStyles = makeStyles({
  card: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  plans: { margin: 0, paddingLeft: tokens.spacingHorizontalL, columns: 2, columnGap: tokens.spacingHorizontalXXL },
});

const TRAIL = [{ label: 'Purchase services', to: adminPaths.purchaseServices }] as const;

/** Purchase services > a product: what it includes, "Buy" with its checkout, and "Start free trial". */
export default function ProductOfferPage() {
  const styles = useStyles();
  const list = useListStyles();
  const navigate = useNavigate();
  const { skuPartNumber = '' } = useParams();
  const product = useTenant(useMemo(() => catalogProductSelector(skuPartNumber), [skuPartNumber]), detailsEqual);
  const purchase = usePurchase(product);
  const [trying, setTrying] = useState(false);
  const plans = useMemo(() => (skuByPartNumber(skuPartNumber)?.servicePlans ?? []).map((plan) => plan.displayName).sort((a, b) => a.localeCompare(b, 'en')), [skuPartNumber]);

  if (!product) {
    return (
      <Page title="Product not found" trail={TRAIL}>
        <Text>This product isn't in the catalogue.</Text>
      </Page>
    );
  }
  if (purchase.step !== 'product') {
    return (
      <Page title={product.name} trail={TRAIL}>
        <CheckoutSteps product={product} purchase={purchase} />
      </Page>
    );
  }
  return (
    <Page title={product.name} trail={TRAIL}>
      <section className={styles.card} aria-label="Buy or try">
        <div className={list.actions}>
          {product.owned && (
            <Badge appearance="tint" color="success">
              You have this product
            </Badge>
          )}
          <Text className={list.muted}>{product.skuPartNumber}</Text>
        </div>
        {purchase.buying ? (
          <OrderOptions purchase={purchase} />
        ) : (
          <div className={list.actions}>
            <Button appearance="primary" onClick={purchase.startBuying}>
              Buy
            </Button>
            {product.trialAvailable && <Button onClick={() => setTrying(true)}>Start free trial</Button>}
            {product.owned && <Button onClick={() => navigate(adminPaths.yourProducts)}>Go to Your products</Button>}
          </div>
        )}
      </section>
      <section className={styles.card} aria-labelledby="offer-apps">
        <h2 id="offer-apps" className={list.sectionHeading}>
          Apps and services included ({plans.length})
        </h2>
        <ul className={styles.plans}>
          {plans.map((plan) => (
            <li key={plan}>{plan}</li>
          ))}
        </ul>
      </section>
      {trying && <StartTrialDialog product={product} onClose={() => setTrying(false)} />}
    </Page>
  );
}
