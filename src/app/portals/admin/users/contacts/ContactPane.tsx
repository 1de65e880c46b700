import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useCallback, useState, type ReactNode } from 'react';
import { getById, type OrgContact, type Tenant, type TenantError } from '../../../../../tenant';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { Flyout, PaneFrame } from '../../../../kit/PaneFrame';
import { CONTACT_FIELDS, EMPTY_CONTACT, valuesOf, type ContactValues } from './contact-form';
import { useContactForm } from './useContactForm';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  lines: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** What the pane shows: the add form, or one contact's details, edit form or delete question. */
export type ContactPaneView = { readonly kind: 'add' } | { readonly kind: 'details' | 'edit' | 'delete'; readonly contactId: string };

function ErrorBar({ title, error }: { title: string; error: TenantError | undefined }) {
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
    </MessageBar>
  );
}

function ContactFormPane({ initial, contactId, onClose, onDone }: { initial: ContactValues; contactId?: string; onClose: () => void; onDone: (name: string) => void }) {
  const form = useContactForm(initial, contactId);
  const adding = contactId === undefined;
  const submit = () => {
    if (form.submit()) onDone(form.values.displayName.trim());
  };
  return (
    <PaneFrame
      title={adding ? 'Add a contact' : 'Edit contact information'}
      onClose={onClose}
      footer={
        <>
          <Button appearance="primary" onClick={submit}>
            {adding ? 'Add' : 'Save changes'}
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </>
      }
    >
      <ErrorBar title={adding ? "The contact wasn't added." : "The changes weren't saved."} error={form.error} />
      {CONTACT_FIELDS.map((field) => (
        <Field key={field.key} label={field.label} required={field.required} validationMessage={form.fieldErrors[field.key]} validationState={form.fieldErrors[field.key] ? 'error' : 'none'}>
          <Input type={field.key === 'mail' ? 'email' : 'text'} value={form.values[field.key]} maxLength={field.maxLength} onChange={(_, data) => form.set(field.key, data.value)} />
        </Field>
      ))}
    </PaneFrame>
  );
}

function ContactDetails({ contact, onClose, onEdit, onDelete }: { contact: OrgContact; onClose: () => void; onEdit: () => void; onDelete: () => void }) {
  const styles = useStyles();
  const values = valuesOf(contact);
  return (
    <PaneFrame
      title={contact.displayName}
      onClose={onClose}
      footer={
        <Button appearance="primary" onClick={onClose}>
          Close
        </Button>
      }
    >
      <div className={styles.actions}>
        <Button icon={<EditRegular />} onClick={onEdit}>
          Edit contact information
        </Button>
        <Button icon={<DeleteRegular />} onClick={onDelete}>
          Delete contact
        </Button>
      </div>
      <dl className={styles.lines}>
        {CONTACT_FIELDS.map((field) => (
          <div key={field.key} className={styles.pair}>
            <dt className={styles.term}>{field.label}</dt>
            <dd className={styles.value}>{values[field.key] || '—'}</dd>
          </div>
        ))}
      </dl>
    </PaneFrame>
  );
}

function DeleteContact({ contact, onClose, onDone }: { contact: OrgContact; onClose: () => void; onDone: (name: string) => void }) {
  const store = useTenantStore();
  const [error, setError] = useState<TenantError>();
  const remove = () => {
    const result = store.send({ type: 'contact.delete', contactId: contact.id });
    if (result.ok) onDone(contact.displayName);
    else setError(result.error);
  };
  return (
    <PaneFrame
      title="Delete contact?"
      onClose={onClose}
      footer={
        <>
          <Button appearance="primary" onClick={remove}>
            Delete
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </>
      }
    >
      <ErrorBar title="The contact wasn't deleted." error={error} />
      <Text>
        {contact.displayName} ({contact.mail}) will be removed from your organization's address book and from the distribution lists it belongs to. A deleted contact can't be restored.
      </Text>
    </PaneFrame>
  );
}

export interface ContactPaneProps {
  readonly open: boolean;
  readonly view: ContactPaneView;
  readonly onNavigate: (view: ContactPaneView) => void;
  readonly onClose: () => void;
  /** A change went through: the page closes the pane and says what happened. */
  readonly onDone: (message: string) => void;
}

/** The Contacts flyout: Add a contact, a contact's details, Edit contact information, Delete contact. */
export function ContactPane({ open, view, onNavigate, onClose, onDone }: ContactPaneProps) {
  const contactId = view.kind === 'add' ? '' : view.contactId;
  const current = useTenant(useCallback((tenant: Tenant) => (contactId ? getById(tenant.directory.contacts, contactId) : undefined), [contactId]));
  // A deleted contact stays on the closing pane until it has slid away.
  const [last, setLast] = useState(current);
  if (current && current !== last) setLast(current);
  const contact = current ?? (open ? undefined : last);

  let content: ReactNode;
  if (view.kind === 'add') content = <ContactFormPane initial={EMPTY_CONTACT} onClose={onClose} onDone={(name) => onDone(`${name} was added to your contacts.`)} />;
  else if (!contact) content = <PaneFrame title="Contact" onClose={onClose} footer={<Button onClick={onClose}>Close</Button>}><Text>This contact no longer exists.</Text></PaneFrame>;
  else if (view.kind === 'edit')
    content = <ContactFormPane initial={valuesOf(contact)} contactId={contact.id} onClose={() => onNavigate({ kind: 'details', contactId })} onDone={(name) => onDone(`Your changes to ${name} were saved.`)} />;
  else if (view.kind === 'delete') content = <DeleteContact contact={contact} onClose={() => onNavigate({ kind: 'details', contactId })} onDone={(name) => onDone(`${name} was deleted.`)} />;
  else content = <ContactDetails contact={contact} onClose={onClose} onEdit={() => onNavigate({ kind: 'edit', contactId })} onDelete={() => onNavigate({ kind: 'delete', contactId })} />;

  return (
    <Flyout open={open} onClose={onClose} contentKey={view.kind}>
      {content}
    </Flyout>
  );
}
