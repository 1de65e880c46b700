import { Text, ToolbarButton, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { rowsEqual } from '../../../../../views/equality';
import { selectGuests, type GuestRow } from '../../../../../views/guests';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { ListTable } from '../../../../kit/ListTable';
import { ListToolbar } from '../../../../kit/ListToolbar';
import { SuccessNotice } from '../../../../kit/SuccessNotice';
import { InviteGuestPane } from './InviteGuestPane';
import { LabAcceptInvitation, LabNotice } from './LabAcceptInvitation';

const useStyles = makeStyles({
  state: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** Graph's externalUserState in the words of Entra's Invitation state column. */
function invitationState(guest: GuestRow): string {
  if (guest.externalUserState === 'PendingAcceptance') return 'Pending acceptance';
  if (guest.externalUserState === 'Accepted') return 'Accepted';
  return '';
}

/** Users > Guest users: the guests, "Add a guest user" (Entra's invite), and their invitation state. */
export default function GuestUsersPage() {
  const styles = useStyles();
  const guests = useTenant(selectGuests, rowsEqual);
  // A key per opening gives the form fresh state; closing goes through `open` so Fluent restores the page.
  const [invite, setInvite] = useState<{ readonly key: number; readonly open: boolean } | null>(null);
  const [notice, setNotice] = useState<string>();
  const opener = useRestoreFocusTarget();
  const [labNotice, setLabNotice] = useState<string>();
  return (
    <Page>
      <Text>Guests are people outside your organization you invite to collaborate. They sign in with an account of their own.</Text>
      <ListToolbar label="Guest users actions">
        <ToolbarButton
          {...opener}
          icon={<PersonAddRegular />}
          onClick={() => {
            setNotice(undefined);
            setLabNotice(undefined);
            setInvite((current) => ({ key: (current?.key ?? 0) + 1, open: true }));
          }}
        >
          Add a guest user
        </ToolbarButton>
      </ListToolbar>
      <SuccessNotice message={notice} />
      <LabNotice message={labNotice} />
      {guests.length === 0 ? (
        <Text>There are no guest users in this organization.</Text>
      ) : (
        <ListTable
          label="Guest users"
          rows={guests}
          rowId={(guest) => guest.id}
          count
          columns={[
            { id: 'displayName', header: 'Display name', cell: (guest) => guest.displayName, sortValue: (guest) => guest.displayName },
            { id: 'mail', header: 'Email', cell: (guest) => guest.mail ?? '', sortValue: (guest) => guest.mail ?? '' },
            {
              id: 'invitationState',
              header: 'Invitation state',
              cell: (guest) => (
                <span className={styles.state}>
                  {invitationState(guest)}
                  {guest.externalUserState === 'PendingAcceptance' && <LabAcceptInvitation guest={guest} onResult={setLabNotice} />}
                </span>
              ),
              sortValue: invitationState,
            },
          ]}
        />
      )}
      {invite && (
        <InviteGuestPane
          key={invite.key}
          open={invite.open}
          onClose={() => setInvite({ ...invite, open: false })}
          onInvited={(name) => {
            setInvite({ ...invite, open: false });
            setNotice(`Successfully invited ${name}.`);
          }}
        />
      )}
    </Page>
  );
}
