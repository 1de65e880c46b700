import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { DISABLED_DAYS } from '../../../../../tenant';
import type { SubscriptionDetails } from '../../../../../views/billing';
import { useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

const REASONS = ['I no longer need this product', 'It costs too much', 'I bought the wrong product', 'I found a different product', 'Other'] as const;

export interface CancelSubscriptionDialogProps {
  readonly details: SubscriptionDetails;
  readonly onCancelled: (message: string) => void;
  readonly onClose: () => void;
}

/** "Cancel subscription": the reason, what happens to users' data, then the subscription is disabled. */
export function CancelSubscriptionDialog({ details, onCancelled, onClose }: CancelSubscriptionDialogProps) {
  const styles = useStyles();
  const store = useTenantStore();
  const [reason, setReason] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const cancel = () => {
    setTouched(true);
    if (!reason) return;
    const result = store.send({ type: 'subscription.cancel', skuId: details.skuId });
    if (!result.ok) {
      setFeedback({ ok: false, message: result.error.message });
      return;
    }
    onCancelled(`${details.name} was cancelled. It's disabled now and will be deleted after ${DISABLED_DAYS} days.`);
    onClose();
  };

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Cancel subscription</DialogTitle>
          <DialogContent className={styles.content}>
            <FeedbackBar feedback={feedback} />
            <Text>
              When you cancel {details.name}, it's disabled right away: users lose access to its apps and services, and only admins can see its data. After{' '}
              {DISABLED_DAYS} days it's deleted, with its licenses taken from everyone who has them.
            </Text>
            <Field label="Reason for cancelling" required validationMessage={touched && !reason ? 'Select a reason.' : undefined}>
              <Dropdown placeholder="Select a reason" value={reason ?? ''} selectedOptions={reason ? [reason] : []} onOptionSelect={(_, data) => setReason(data.optionValue ?? null)}>
                {REASONS.map((each) => (
                  <Option key={each}>{each}</Option>
                ))}
              </Dropdown>
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={cancel}>
              Cancel subscription
            </Button>
            <Button onClick={onClose}>Keep subscription</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
