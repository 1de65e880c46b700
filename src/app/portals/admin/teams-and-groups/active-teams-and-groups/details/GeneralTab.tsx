import { Button, Dropdown, Field, Input, Link, Option, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { formatInstant } from '../../../../../lab/format-instant';
import { selectMailDomains, stringsEqual, type GroupDetails } from '../../../../../../views/groups';
import { useTenant } from '../../../../../tenant-context';
import { useDetailsStyles } from './details-styles';
import { FeedbackBar } from './FeedbackBar';
import type { GroupDetailsState } from './useGroupDetails';

function NameAndDescription({ details, group }: { readonly details: GroupDetailsState; readonly group: GroupDetails }) {
  const styles = useDetailsStyles();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(group.displayName);
  const [description, setDescription] = useState(group.description ?? '');
  if (editing) {
    const save = () => {
      const saved = details.run('general', { type: 'group.update', groupId: group.id, changes: { displayName: name, description: description.trim() || null } }, 'Name and description updated.');
      if (saved) setEditing(false);
    };
    return (
      <section className={styles.form} aria-label="Edit name and description">
        <Field label="Name" required>
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Field label="Description">
          <Textarea value={description} resize="vertical" onChange={(_, data) => setDescription(data.value)} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={save}>
            Save
          </Button>
          <Button onClick={() => setEditing(false)}>Cancel</Button>
        </div>
      </section>
    );
  }
  return (
    <section className={styles.section} aria-label="Basic information">
      <h3 className={styles.sectionTitle}>Name</h3>
      <Text className={styles.value}>{group.displayName}</Text>
      <h3 className={styles.sectionTitle}>Description</h3>
      <Text className={group.description ? styles.value : styles.muted}>{group.description ?? 'No description'}</Text>
      <div>
        <Link
          as="button"
          onClick={() => {
            details.clearFeedback();
            setName(group.displayName);
            setDescription(group.description ?? '');
            setEditing(true);
          }}
        >
          Edit name and description
        </Link>
      </div>
    </section>
  );
}

function EmailAddress({ details, group, mail }: { readonly details: GroupDetailsState; readonly group: GroupDetails; readonly mail: string }) {
  const styles = useDetailsStyles();
  const domains = useTenant(selectMailDomains, stringsEqual);
  const [editing, setEditing] = useState(false);
  const at = mail.lastIndexOf('@');
  const [alias, setAlias] = useState(mail.slice(0, at));
  const [domain, setDomain] = useState(mail.slice(at + 1));
  if (editing) {
    const save = () => {
      if (details.run('general', { type: 'group.update', groupId: group.id, changes: { mail: `${alias.trim()}@${domain}` } }, 'Email address updated.')) setEditing(false);
    };
    return (
      <section className={styles.form} aria-label="Edit email address">
        <Field label="Primary email address">
          <div className={styles.address}>
            <Input aria-label="Alias" value={alias} onChange={(_, data) => setAlias(data.value)} />
            <Text aria-hidden>@</Text>
            <Dropdown aria-label="Domain" value={domain} selectedOptions={[domain]} onOptionSelect={(_, data) => data.optionValue && setDomain(data.optionValue)}>
              {domains.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </div>
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={save}>
            Save
          </Button>
          <Button onClick={() => setEditing(false)}>Cancel</Button>
        </div>
      </section>
    );
  }
  return (
    <section className={styles.section} aria-label="Email address">
      <h3 className={styles.sectionTitle}>Email address</h3>
      <Text className={styles.value}>Primary: {mail}</Text>
      <div>
        <Link
          as="button"
          aria-label="Edit email address"
          onClick={() => {
            details.clearFeedback();
            setEditing(true);
          }}
        >
          Edit
        </Link>
      </div>
    </section>
  );
}

/** The pane's General tab: name and description, email address, kind, and "Delete group". */
export function GeneralTab({ details, group, onDelete }: { readonly details: GroupDetailsState; readonly group: GroupDetails; readonly onDelete: () => void }) {
  const styles = useDetailsStyles();
  return (
    <div className={styles.tab}>
      <FeedbackBar details={details} tab="general" />
      <NameAndDescription details={details} group={group} />
      {group.mail && <EmailAddress key={group.mail} details={details} group={group} mail={group.mail} />}
      <section className={styles.section} aria-label="Group type">
        <h3 className={styles.sectionTitle}>Group type</h3>
        <Text>{group.groupType}</Text>
        {group.isAssignableToRole && <Text className={styles.muted}>Microsoft Entra roles can be assigned to this group.</Text>}
      </section>
      <section className={styles.section} aria-label="Created on">
        <h3 className={styles.sectionTitle}>Created on</h3>
        <Text>{formatInstant(group.createdDateTime)}</Text>
      </section>
      <div>
        <Button onClick={onDelete}>Delete group</Button>
      </div>
    </div>
  );
}
