import { Text, ToolbarButton, useRestoreFocusTarget } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { selectContacts, type ContactRow } from '../../../../../views/contacts';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { ListToolbar } from '../../../../kit/ListToolbar';
import { SuccessNotice } from '../../../../kit/SuccessNotice';
import { ContactPane, type ContactPaneView } from './ContactPane';

const contactId = (contact: ContactRow) => contact.id;

const COLUMNS: readonly ListColumn<ContactRow>[] = [
  { id: 'displayName', header: 'Display name', cell: (contact, { openLink }) => openLink(contact.displayName), sortValue: (contact) => contact.displayName },
  { id: 'mail', header: 'Email', cell: (contact) => contact.mail, sortValue: (contact) => contact.mail },
  { id: 'companyName', header: 'Company', cell: (contact) => contact.companyName ?? '', sortValue: (contact) => contact.companyName ?? '' },
];

/** Users > Contacts: mail contacts everyone in the organization sees in the global address list. */
export default function ContactsPage() {
  const contacts = useTenant(selectContacts, rowsEqual);
  const [view, setView] = useState<ContactPaneView | null>(null);
  // Closing goes through `open`, so Fluent hands the page back and returns the focus; a key per
  // opening gives each pane fresh form state.
  const [pane, setPane] = useState({ key: 0, open: false });
  const [notice, setNotice] = useState<string>();
  const opener = useRestoreFocusTarget();
  const open = (next: ContactPaneView) => {
    setNotice(undefined);
    setView(next);
    setPane((current) => ({ key: current.key + 1, open: true }));
  };
  const close = () => setPane((current) => ({ ...current, open: false }));
  return (
    <Page>
      <Text>Contacts are people outside your organization that everyone can find in the global address list. They can't sign in.</Text>
      <ListToolbar label="Contacts actions">
        <ToolbarButton {...opener} icon={<PersonAddRegular />} onClick={() => open({ kind: 'add' })}>
          Add a contact
        </ToolbarButton>
      </ListToolbar>
      <SuccessNotice message={notice} />
      {contacts.length === 0 ? (
        <Text>There are no contacts in this organization.</Text>
      ) : (
        <ListTable label="Contacts" rows={contacts} rowId={contactId} columns={COLUMNS} count onOpen={(contact) => open({ kind: 'details', contactId: contact.id })} />
      )}
      {view && (
        <ContactPane
          key={pane.key}
          open={pane.open}
          view={view}
          onNavigate={setView}
          onClose={close}
          onDone={(message) => {
            close();
            setNotice(message);
          }}
        />
      )}
    </Page>
  );
}
