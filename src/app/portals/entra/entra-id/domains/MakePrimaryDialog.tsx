import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

/** Entra's prompt before "Make primary" changes the domain new users get. */
export function MakePrimaryDialog({ name, onConfirm, onClose }: { readonly name: string; readonly onConfirm: () => void; readonly onClose: () => void }) {
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Make primary</DialogTitle>
          <DialogContent>
            Do you want to make {name} the primary domain? It becomes the default for new users; existing users keep their user names.
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                onConfirm();
                onClose();
              }}
            >
              Yes
            </Button>
            <Button onClick={onClose}>No</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
