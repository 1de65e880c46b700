import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { CatalogProduct } from '../../../../../views/billing';
import { FeedbackBar } from '../../../../kit/Feedback';
import { LabNote } from '../../../../kit/LabNote';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import type { PurchaseState } from './usePurchase';
import { adminPaths, licenseProductPath } from '../../paths';

const useStyles = makeStyles({
  card: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '820px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, ':focus': { outline: 'none' } },
  doneIcon: { color: tokens.colorPaletteGreenForeground1, fontSize: '40px' },
});

const HEADINGS = { cart: 'Your cart', checkout: 'Checkout', done: 'Thanks for your order' } as const;

function OrderTable({ product, purchase }: { readonly product: CatalogProduct; readonly purchase: PurchaseState }) {
  const { order } = purchase;
  return (
    <ListTable
      label="Order"
      rows={[product]}
      rowId={(row) => row.skuId}
      columns={[
        { id: 'product', header: 'Product', cell: (row) => row.name },
        { id: 'quantity', header: 'Quantity', cell: () => order.quantity?.toLocaleString('en-US') },
        { id: 'length', header: 'Subscription length', cell: () => order.length },
        { id: 'frequency', header: 'Billing frequency', cell: () => order.frequency },
      ]}
      appearance="plain"
    />
  );
}

/** The cart, the checkout and the confirmation of a purchase; each step takes the focus to its heading. */
export function CheckoutSteps({ product, purchase }: { readonly product: CatalogProduct; readonly purchase: PurchaseState }) {
  const styles = useStyles();
  const list = useListStyles();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const step = purchase.step === 'product' ? 'cart' : purchase.step;
  useEffect(() => heading.current?.focus(), [step]);

  return (
    <section className={styles.card} aria-labelledby="checkout-heading">
      <h2 id="checkout-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {HEADINGS[step]}
      </h2>
      {step === 'done' ? (
        <>
          <CheckmarkCircleFilled className={styles.doneIcon} aria-hidden />
          <Text>
            You bought {purchase.order.quantity?.toLocaleString('en-US')} licenses of {product.name}. They're ready to assign to users now.
          </Text>
          <div className={list.actions}>
            <Button appearance="primary" onClick={() => navigate(licenseProductPath(product.skuId))}>
              Assign licenses
            </Button>
            <Button onClick={() => navigate(adminPaths.yourProducts)}>Go to Your products</Button>
            <Button onClick={() => navigate(adminPaths.home)}>Go to Admin Home</Button>
          </div>
        </>
      ) : (
        <>
          <OrderTable product={product} purchase={purchase} />
          {step === 'checkout' && (
            <>
              <h3 className={list.sectionHeading}>Payment method</h3>
              <LabNote>This checkout is simulated: there is no payment method to enter and nothing is charged. Placing the order adds the licenses to the tenant.</LabNote>
              <FeedbackBar feedback={purchase.error ? { ok: false, title: "Your order wasn't placed", message: purchase.error } : null} />
            </>
          )}
          <div className={list.actions}>
            {step === 'cart' ? (
              <Button appearance="primary" onClick={purchase.checkOut}>
                Check out
              </Button>
            ) : (
              <Button appearance="primary" onClick={purchase.placeOrder}>
                Place order
              </Button>
            )}
            <Button onClick={purchase.back}>Back</Button>
          </div>
        </>
      )}
    </section>
  );
}
