import { Field, Input, MessageBar, MessageBarBody, Textarea, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { DismissRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { TenantError } from '../../../../../tenant';
import type { GroupDetails } from '../../../../../views/groups';
import { useTenantStore } from '../../../../tenant-context';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { useEntraStyles } from './entra-styles';
import { GroupBlade } from './GroupBlade';

function Properties({ group }: { readonly group: GroupDetails }) {
  const styles = useEntraStyles();
  const store = useTenantStore();
  const [name, setName] = useState(group.displayName);
  const [description, setDescription] = useState(group.description ?? '');
  const [result, setResult] = useState<{ readonly ok: true } | { readonly ok: false; readonly error: TenantError } | null>(null);
  const changed = name !== group.displayName || description !== (group.description ?? '');

  const save = () => {
    const answer = store.send({ type: 'group.update', groupId: group.id, changes: { displayName: name, description: description.trim() || null } });
    setResult(answer.ok ? { ok: true } : { ok: false, error: answer.error });
  };
  return (
    <>
      <Toolbar aria-label="Properties actions">
        <ToolbarButton icon={<SaveRegular />} disabled={!changed} onClick={save}>
          Save
        </ToolbarButton>
        <ToolbarButton
          icon={<DismissRegular />}
          disabled={!changed}
          onClick={() => {
            setName(group.displayName);
            setDescription(group.description ?? '');
            setResult(null);
          }}
        >
          Discard
        </ToolbarButton>
      </Toolbar>
      {result?.ok && (
        <MessageBar intent="success" layout="multiline" politeness="polite">
          <MessageBarBody>Successfully updated group {group.displayName}.</MessageBarBody>
        </MessageBar>
      )}
      {result && !result.ok && <TenantErrorBar error={result.error} title="Failed to update group" />}
      <div className={styles.form}>
        <Field label="Group name" required>
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Field label="Group description">
          <Textarea value={description} resize="vertical" onChange={(_, data) => setDescription(data.value)} />
        </Field>
        <Field label="Group type">
          <Input value={group.groupType === 'Distribution list' ? 'Distribution' : group.groupType} readOnly />
        </Field>
        <Field label="Membership type">
          <Input value={group.membershipType} readOnly />
        </Field>
        <Field label="Microsoft Entra roles can be assigned to the group" hint="Set when the group is created; it can't be changed.">
          <Input value={group.isAssignableToRole ? 'Yes' : 'No'} readOnly />
        </Field>
        {group.mail && (
          <Field label="Group email address">
            <Input value={group.mail} readOnly />
          </Field>
        )}
        <Field label="Object Id">
          <Input value={group.id} readOnly />
        </Field>
      </div>
    </>
  );
}

/** A group's Properties in Entra: name and description to edit, the rest read-only. */
export default function GroupPropertiesPage() {
  return <GroupBlade section="properties">{(group) => <Properties key={group.id} group={group} />}</GroupBlade>;
}
