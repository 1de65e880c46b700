import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { TenantError } from '../../../../../tenant';
import { useTenantStore } from '../../../../tenant-context';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { DomainReferencesList } from './DomainReferencesList';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface RemoveDomainDialogProps {
  readonly name: string;
  /** Which portal's pages the blocking reasons link to. */
  readonly where: 'admin' | 'entra';
  /** The portal's words: "Remove" in the admin center, "Delete" in Entra. */
  readonly verb?: 'Remove' | 'Delete';
  readonly onRemoved?: () => void;
  readonly onClose: () => void;
}

/**
 * "Remove <domain>?": the confirmation, then either that it's gone or, when something still uses
 * the domain, the tenant's refusal and the blocking reasons with links to fix each.
 */
export function RemoveDomainDialog({ name, where, verb = 'Remove', onRemoved, onClose }: RemoveDomainDialogProps) {
  const styles = useStyles();
  const store = useTenantStore();
  const [error, setError] = useState<TenantError | null>(null);
  const [removed, setRemoved] = useState(false);
  const remove = () => {
    const result = store.send({ type: 'domain.remove', name });
    if (result.ok) {
      setRemoved(true);
      onRemoved?.();
    } else setError(result.error);
  };
  const past = verb === 'Remove' ? 'removed' : 'deleted';
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{removed ? `${name} was ${past}` : `${verb} ${name}?`}</DialogTitle>
          <DialogContent className={styles.content}>
            {removed ? (
              <Text>The domain's records at your DNS host are unchanged; remove them there if you no longer need them.</Text>
            ) : (
              <Text>
                Users, groups and contacts whose user name or email address is on {name} must be moved to another domain first. Email aliases on {name} are
                removed with the domain.
              </Text>
            )}
            <TenantErrorBar error={error} title={`${name} wasn't ${past}`} />
            {error?.code === 'DomainInUse' && <DomainReferencesList name={name} where={where} />}
          </DialogContent>
          <DialogActions>
            {removed ? (
              <Button appearance="primary" onClick={onClose}>
                Close
              </Button>
            ) : (
              <>
                <Button appearance="primary" onClick={remove}>
                  {verb}
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
