import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

/** The question both portals ask before a group becomes role-assignable, in their words. */
export const ROLE_ASSIGNABLE_CONFIRMATION =
  'Creating a group to which Microsoft Entra roles can be assigned is a setting that cannot be changed later. Are you sure that you want to add this capability?';

/** "Microsoft Entra roles can be assigned to the group": the confirmation, answered Yes or No. */
export function RoleAssignableConfirmDialog({ onAnswer }: { readonly onAnswer: (yes: boolean) => void }) {
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Microsoft Entra roles can be assigned to the group</DialogTitle>
          <DialogContent>{ROLE_ASSIGNABLE_CONFIRMATION}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              Yes
            </Button>
            <Button onClick={() => onAnswer(false)}>No</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
