import { Button, Field, Input, Link, Radio, RadioGroup, Select, Text, Textarea, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { entraPaths } from '../../paths';
import type { PersonOption } from '../../../../../views/groups';
import { Page } from '../../../../shell/Page';
import { PeoplePickerDialog } from '../../../../kit/PeoplePickerDialog';
import { RoleAssignableConfirmDialog } from '../../../shared/groups/RoleAssignableConfirmDialog';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { useEntraStyles } from './entra-styles';
import { RuleQueryPane } from './RuleQueryPane';
import { useNewGroupForm, type EntraGroupType, type MembershipChoice, type NewGroupFormState } from './useNewGroupForm';

const useStyles = makeStyles({
  chosen: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  person: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  rule: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

function ChosenPeople({ people, onRemove }: { readonly people: readonly PersonOption[]; readonly onRemove: (person: PersonOption) => void }) {
  const styles = useStyles();
  if (people.length === 0) return null;
  return (
    <ul className={styles.chosen}>
      {people.map((person) => (
        <li key={person.id} className={styles.person}>
          <Text>{person.displayName}</Text>
          <Button appearance="subtle" size="small" icon={<DismissRegular />} aria-label={`Remove ${person.displayName}`} onClick={() => onRemove(person)} />
        </li>
      ))}
    </ul>
  );
}

function countText(count: number, noun: string): string {
  return count === 0 ? `No ${noun}s selected` : count === 1 ? `1 ${noun} selected` : `${count} ${noun}s selected`;
}

/** Owners, and Members or the dynamic query, with the pickers and the rule pane they open. */
function PeopleAndRule({ form }: { readonly form: NewGroupFormState }) {
  const styles = useStyles();
  const [picking, setPicking] = useState<'owners' | 'members' | null>(null);
  const [editingRule, setEditingRule] = useState(false);
  const opener = useRestoreFocusTarget();
  const { fields } = form;
  return (
    <>
      <Field label="Owners">
        <div>
          <Link as="button" onClick={() => setPicking('owners')} {...opener}>
            {countText(fields.owners.length, 'owner')}
          </Link>
        </div>
      </Field>
      <ChosenPeople people={fields.owners} onRemove={(person) => form.update({ owners: fields.owners.filter((other) => other.id !== person.id) })} />
      {form.dynamic ? (
        <Field label="Dynamic user members" hint="A rule decides who the members are.">
          <div>
            <Link as="button" onClick={() => setEditingRule(true)} {...opener}>
              {fields.rule === null ? 'Add dynamic query' : 'Edit dynamic query'}
            </Link>
          </div>
          {fields.rule !== null && <Text className={styles.rule}>{fields.rule}</Text>}
        </Field>
      ) : (
        <>
          <Field label="Members">
            <div>
              <Link as="button" onClick={() => setPicking('members')} {...opener}>
                {countText(fields.members.length, 'member')}
              </Link>
            </div>
          </Field>
          <ChosenPeople people={fields.members} onRemove={(person) => form.update({ members: fields.members.filter((other) => other.id !== person.id) })} />
        </>
      )}
      {picking && (
        <PeoplePickerDialog
          title={picking === 'owners' ? 'Add owners' : 'Add members'}
          confirmLabel={() => 'Select'}
          exclude={new Set(fields[picking].map((person) => person.id))}
          onConfirm={(people) => {
            form.update(picking === 'owners' ? { owners: [...fields.owners, ...people] } : { members: [...fields.members, ...people] });
            setPicking(null);
          }}
          onCancel={() => setPicking(null)}
        />
      )}
      {editingRule && (
        <RuleQueryPane
          rule={fields.rule ?? ''}
          onSave={(rule) => {
            form.update({ rule });
            setEditingRule(false);
          }}
          onDiscard={() => setEditingRule(false)}
        />
      )}
    </>
  );
}

/** Entra ID > Groups > New group. */
export default function NewGroupPage() {
  const styles = useEntraStyles();
  const form = useNewGroupForm();
  const [confirming, setConfirming] = useState(false);
  const opener = useRestoreFocusTarget();
  const { fields } = form;
  return (
    <Page title="New Group" trail={[{ label: 'Groups | All groups', to: entraPaths.groups }]}>
      <div className={styles.form}>
        <Field label="Group type" required>
          <Select value={fields.groupType} onChange={(_, data) => form.update({ groupType: data.value as EntraGroupType })}>
            <option>Security</option>
            <option>Microsoft 365</option>
          </Select>
        </Field>
        <Field label="Group name" required>
          <Input value={fields.name} onChange={(_, data) => form.update({ name: data.value })} />
        </Field>
        {form.microsoft365 && (
          <Field label="Group email address" required>
            <Input value={form.alias} contentAfter={<Text>@{form.domain}</Text>} onChange={(_, data) => form.update({ alias: data.value })} />
          </Field>
        )}
        <Field label="Group description">
          <Textarea value={fields.description} resize="vertical" onChange={(_, data) => form.update({ description: data.value })} />
        </Field>
        <Field label="Microsoft Entra roles can be assigned to the group">
          <RadioGroup
            layout="horizontal"
            value={fields.roleAssignable ? 'Yes' : 'No'}
            onChange={(_, data) => (data.value === 'Yes' ? setConfirming(true) : form.update({ roleAssignable: false }))}
          >
            <Radio value="Yes" label="Yes" {...opener} />
            <Radio value="No" label="No" />
          </RadioGroup>
        </Field>
        <Field
          label="Membership type"
          hint={
            fields.roleAssignable
              ? 'Groups that roles can be assigned to have assigned membership only.'
              : "Dynamic Device isn't available: Tenant Lab doesn't simulate devices yet."
          }
        >
          <Select value={fields.membershipType} disabled={fields.roleAssignable} onChange={(_, data) => form.update({ membershipType: data.value as MembershipChoice })}>
            <option>Assigned</option>
            <option>Dynamic User</option>
            <option disabled>Dynamic Device</option>
          </Select>
        </Field>
        <PeopleAndRule form={form} />
        <TenantErrorBar error={form.error} title="Failed to create group" />
        <div>
          <Button appearance="primary" disabled={!form.canCreate} onClick={form.create}>
            Create
          </Button>
        </div>
      </div>
      {confirming && (
        <RoleAssignableConfirmDialog
          onAnswer={(yes) => {
            setConfirming(false);
            if (yes) form.update({ roleAssignable: true });
          }}
        />
      )}
    </Page>
  );
}
