import {
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { rowsEqual } from '../../../selectors/equality';
import { selectGuests, type GuestRow } from '../../../selectors/guests';
import { Page } from '../../../shell/Page';
import { useTenant } from '../../../tenant-context';
import { InviteGuestPane } from './InviteGuestPane';
import { LabAcceptInvitation, LabNotice } from './LabAcceptInvitation';

const useStyles = makeStyles({
  toolbar: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  count: { color: tokens.colorNeutralForeground3 },
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalS },
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
      <Toolbar aria-label="Guest users actions" className={styles.toolbar}>
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
      </Toolbar>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <LabNotice message={labNotice} />
      {guests.length === 0 ? (
        <Text>There are no guest users in this organization.</Text>
      ) : (
        <>
          <Text className={styles.count}>{guests.length === 1 ? '1 item' : `${guests.length} items`}</Text>
          <div className={styles.surface}>
            <Table aria-label="Guest users" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Display name</TableHeaderCell>
                  <TableHeaderCell>Email</TableHeaderCell>
                  <TableHeaderCell>Invitation state</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {guests.map((guest) => (
                  <TableRow key={guest.id}>
                    <TableCell>{guest.displayName}</TableCell>
                    <TableCell>{guest.mail ?? ''}</TableCell>
                    <TableCell>
                      <span className={styles.state}>
                        {invitationState(guest)}
                        {guest.externalUserState === 'PendingAcceptance' && <LabAcceptInvitation guest={guest} onResult={setLabNotice} />}
                      </span>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
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
