import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text } from '@fluentui/react-components';
import type { ProductSummary } from '../../../../../tenant';
import type { LicenseUserRow } from '../../../../../views/product-licenses';
import { useTenantStore } from '../../../../tenant-context';
import type { ItemOutcome } from '../../../../kit/Feedback';

export interface UnassignLicensesDialogProps {
  readonly product: ProductSummary;
  readonly users: readonly LicenseUserRow[];
  readonly onDone: (outcomes: ItemOutcome[]) => void;
  readonly onClose: () => void;
}

/**
 * "Unassign licenses": the confirmation, then one license change per ticked user. A license a user
 * gets only through a group can't be taken from the user; the tenant says so for that user.
 */
export function UnassignLicensesDialog({ product, users, onDone, onClose }: UnassignLicensesDialogProps) {
  const store = useTenantStore();
  const unassign = () => {
    const outcomes = users.map((user) => {
      const result = store.send({ type: 'user.assignLicense', userId: user.userId, addLicenses: [], removeLicenses: [product.skuId] });
      return { id: user.userId, name: user.displayName, error: result.ok ? null : result.error.message };
    });
    onDone(outcomes);
    onClose();
  };
  const who = users.length === 1 ? users[0]!.displayName : `${users.length} users`;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Unassign licenses</DialogTitle>
          <DialogContent>
            <Text>
              {who} will lose access to the apps and services in {product.displayName}, and the licenses become available to assign to others.
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={unassign}>
              Unassign
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
