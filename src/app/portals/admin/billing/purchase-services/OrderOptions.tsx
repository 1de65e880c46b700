import { Button, Field, Radio, RadioGroup, SpinButton } from '@fluentui/react-components';
import { useListStyles } from '../../../../kit/list-styles';
import { MAX_ORDER_QUANTITY, type BillingFrequency, type PurchaseState, type SubscriptionLength } from './usePurchase';

/** After "Buy": how many licenses, for how long, paid how often; then "Check out now". */
export function OrderOptions({ purchase }: { readonly purchase: PurchaseState }) {
  const styles = useListStyles();
  const { order } = purchase;
  return (
    <div className={styles.form}>
      <Field label="Select license quantity" required validationMessage={purchase.quantityError} validationState={purchase.quantityError ? 'error' : 'none'}>
        <SpinButton
          min={1}
          max={MAX_ORDER_QUANTITY}
          value={order.quantity}
          onChange={(_, data) => {
            const next = data.value ?? (data.displayValue === undefined ? null : Number.parseInt(data.displayValue, 10));
            purchase.update({ quantity: next === null || Number.isNaN(next) ? null : next });
          }}
        />
      </Field>
      <Field label="Select a subscription length">
        <RadioGroup value={order.length} onChange={(_, data) => purchase.update({ length: data.value as SubscriptionLength })}>
          <Radio value="1 month" label="1 month" />
          <Radio value="1 year" label="1 year" />
        </RadioGroup>
      </Field>
      <Field label="Select a billing frequency">
        <RadioGroup value={order.frequency} onChange={(_, data) => purchase.update({ frequency: data.value as BillingFrequency })}>
          <Radio value="Pay monthly" label="Pay monthly" />
          <Radio value="Pay yearly" label="Pay yearly" />
        </RadioGroup>
      </Field>
      <div>
        <Button appearance="primary" onClick={purchase.checkOutNow}>
          Check out now
        </Button>
      </div>
    </div>
  );
}
