import { Button, Field, SpinButton, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { SubscriptionDetails } from '../../../../../views/billing';
import { useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { LabNote } from '../../../../kit/LabNote';
import { useListStyles } from '../../../../kit/list-styles';
import { SidePane } from '../../../../kit/SidePane';

export type LicenseChange = 'buy' | 'remove';

const TEXT = {
  buy: { title: 'Buy licenses', intro: 'Enter the total number of licenses you want for this subscription.', done: 'Your order is complete.' },
  remove: { title: 'Remove licenses', intro: "Enter the total number of licenses you want to keep. You can only remove licenses that aren't assigned to users.", done: 'The licenses were removed.' },
} as const;

/** The quantity the command carries: how far the new total is from today's. */
function quantityError(change: LicenseChange, total: number | null, current: number): string | undefined {
  if (total === null || !Number.isInteger(total) || total < 0) return 'Enter a whole number of licenses.';
  if (change === 'buy' && total <= current) return `Enter a number greater than ${current}.`;
  if (change === 'remove' && total >= current) return `Enter a number less than ${current}.`;
  return undefined;
}

/**
 * Your products > a subscription > "Buy licenses" / "Remove licenses": "New quantity", "Total
 * licenses", "Save". The change takes effect at once; the sandbox has no renewal date to wait for.
 */
export function ChangeLicensesPane({ change, details, onClose }: { readonly change: LicenseChange; readonly details: SubscriptionDetails; readonly onClose: () => void }) {
  const styles = useListStyles();
  const store = useTenantStore();
  const current = details.removable;
  const [total, setTotal] = useState<number | null>(current);
  const [touched, setTouched] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const text = TEXT[change];
  const error = quantityError(change, total, current);

  const save = () => {
    setTouched(true);
    if (error || total === null) return;
    const quantity = Math.abs(total - current);
    const result = store.send({ type: change === 'buy' ? 'subscription.buyLicenses' : 'subscription.removeLicenses', skuId: details.skuId, quantity });
    setFeedback(result.ok ? { ok: true, title: text.done, message: `${details.name} now has ${total.toLocaleString('en-US')} licenses.` } : { ok: false, message: result.error.message });
  };

  const done = feedback?.ok === true;
  return (
    <SidePane
      title={text.title}
      subtitle={details.name}
      onClose={onClose}
      footer={
        done ? (
          <Button appearance="primary" onClick={onClose}>
            Close
          </Button>
        ) : (
          <>
            <Button appearance="primary" onClick={save}>
              Save
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </>
        )
      }
    >
      <FeedbackBar feedback={feedback} />
      {!done && (
        <div className={styles.form}>
          <Text>{text.intro}</Text>
          <Text>
            You have {current.toLocaleString('en-US')} licenses. {details.assigned.toLocaleString('en-US')} are assigned.
          </Text>
          <h3 className={styles.sectionHeading}>New quantity</h3>
          <Field label="Total licenses" validationMessage={touched ? error : undefined} validationState={touched && error ? 'error' : 'none'}>
            <SpinButton
              min={0}
              value={total}
              onChange={(_, data) => {
                const next = data.value ?? (data.displayValue === undefined ? null : Number.parseInt(data.displayValue, 10));
                setTotal(next === null || Number.isNaN(next) ? null : next);
              }}
            />
          </Field>
          {change === 'buy' && <LabNote>No payment is taken: the licenses are added as soon as you save.</LabNote>}
        </div>
      )}
    </SidePane>
  );
}
