import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { TRIAL_DAYS, TRIAL_LICENSES } from '../../../../../tenant';
import type { CatalogProduct } from '../../../../../views/billing';
import { useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { licenseProductPath } from '../../paths';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** "Start free trial": what the trial gives, "Try now", then the trial is ready to assign. */
export function StartTrialDialog({ product, onClose }: { readonly product: CatalogProduct; readonly onClose: () => void }) {
  const styles = useStyles();
  const store = useTenantStore();
  const navigate = useNavigate();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const started = feedback?.ok === true;

  const tryNow = () => {
    const result = store.send({ type: 'subscription.startTrial', skuPartNumber: product.skuPartNumber });
    setFeedback(
      result.ok
        ? { ok: true, title: 'Your trial is ready', message: `You have ${TRIAL_LICENSES} licenses of ${product.name} for ${TRIAL_DAYS} days. Assign them to users to get started.` }
        : { ok: false, message: result.error.message },
    );
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Start your free trial</DialogTitle>
          <DialogContent className={styles.content}>
            <FeedbackBar feedback={feedback} />
            {!started && (
              <Text>
                Try {product.name} free for {TRIAL_DAYS} days with {TRIAL_LICENSES} licenses. When the trial ends it expires, then it's disabled and deleted unless you buy
                the product.
              </Text>
            )}
          </DialogContent>
          <DialogActions>
            {started ? (
              <>
                <Button appearance="primary" onClick={() => navigate(licenseProductPath(product.skuId))}>
                  Assign licenses
                </Button>
                <Button onClick={onClose}>Close</Button>
              </>
            ) : (
              <>
                <Button appearance="primary" onClick={tryNow}>
                  Try now
                </Button>
                <Button onClick={onClose}>Cancel</Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
