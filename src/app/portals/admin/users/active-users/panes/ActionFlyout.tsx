import type { UserColumnId } from '../grid/user-columns';
import { BulkLicensesPane } from './BulkLicensesPane';
import { ChooseColumnsPane } from './ChooseColumnsPane';
import { DeleteUserPane } from './DeleteUserPane';
import { ManageRolesPane } from './ManageRolesPane';
import { Flyout } from '../../../../../kit/PaneFrame';
import { ResetPasswordPane } from './ResetPasswordPane';
import { SignInStatusPane } from './SignInStatusPane';

/** A flyout the Active users toolbar (or a row's key) opens on the selected users. */
export type UserAction =
  | { readonly kind: 'resetPassword' | 'delete' | 'signInStatus' | 'licenses' | 'roles'; readonly userIds: readonly string[] }
  | { readonly kind: 'columns' };

export interface ActionFlyoutProps {
  readonly action: UserAction;
  readonly columns: readonly UserColumnId[];
  readonly onColumnsChange: (columns: readonly UserColumnId[]) => void;
  readonly onClose: () => void;
}

/** Loaded with the first action, so the list's own code stays small. */
export default function ActionFlyout({ action, columns, onColumnsChange, onClose }: ActionFlyoutProps) {
  const pane = (() => {
    switch (action.kind) {
      case 'columns':
        return (
          <ChooseColumnsPane
            columns={columns}
            onClose={onClose}
            onSave={(chosen) => {
              onColumnsChange(chosen);
              onClose();
            }}
          />
        );
      case 'resetPassword':
        return <ResetPasswordPane userIds={action.userIds} onClose={onClose} />;
      case 'delete':
        return <DeleteUserPane userIds={action.userIds} onClose={onClose} />;
      case 'signInStatus':
        return <SignInStatusPane userIds={action.userIds} onClose={onClose} />;
      case 'licenses':
        return <BulkLicensesPane userIds={action.userIds} onClose={onClose} />;
      case 'roles':
        return <ManageRolesPane userId={action.userIds[0]!} onClose={onClose} />;
    }
  })();
  return <Flyout onClose={onClose}>{pane}</Flyout>;
}
