import { Button, MessageBar, MessageBarBody, Toolbar, ToolbarButton, useRestoreFocusTarget } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Command, TenantError } from '../../../../../tenant';
import { rowsEqual } from '../../../../../views/equality';
import { groupLinksSelector, type DirectoryObjectRow, type GroupDetails } from '../../../../../views/groups';
import { useSharedStyles } from '../../../../shell/shared-styles';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { PeoplePickerDialog } from '../../../../kit/PeoplePickerDialog';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';

type Link = 'members' | 'owners';

const TEXT: Readonly<Record<Link, { readonly add: string; readonly empty: string; readonly noun: string }>> = {
  members: { add: 'Add members', empty: 'No members found', noun: 'member' },
  owners: { add: 'Add owners', empty: 'No owners found', noun: 'owner' },
};

const columns: readonly ListColumn<DirectoryObjectRow>[] = [
  { id: 'name', header: 'Name', cell: (row) => row.displayName },
  { id: 'type', header: 'Type', cell: (row) => row.kind },
  { id: 'email', header: 'Email', cell: (row) => row.address ?? '' },
];

/** A group's Members or Owners blade in Entra: the list, "+ Add …" and Remove. */
export function GroupLinksView({ group, link }: { readonly group: GroupDetails; readonly link: Link }) {
  const shared = useSharedStyles();
  const store = useTenantStore();
  const rows = useTenant(
    useMemo(() => groupLinksSelector(group.id, link), [group.id, link]),
    rowsEqual,
  );
  const [adding, setAdding] = useState(false);
  const opener = useRestoreFocusTarget();
  const [result, setResult] = useState<{ readonly ok: true; readonly message: string } | { readonly ok: false; readonly error: TenantError } | null>(null);
  const text = TEXT[link];
  // A dynamic group's rule decides its members; Entra greys out adding and removing them.
  const managedByRule = link === 'members' && group.membershipType === 'Dynamic';

  const run = (command: Command, message: string) => {
    const answer = store.send(command);
    setResult(answer.ok ? { ok: true, message } : { ok: false, error: answer.error });
  };
  const remove = (row: DirectoryObjectRow) =>
    run(
      link === 'members' ? { type: 'group.removeMember', groupId: group.id, memberId: row.id } : { type: 'group.removeOwner', groupId: group.id, ownerId: row.id },
      `Successfully removed ${text.noun} ${row.displayName}.`,
    );
  const removeColumn: ListColumn<DirectoryObjectRow> = {
    id: 'remove',
    header: <span className={shared.visuallyHidden}>Remove</span>,
    cell: (row) => (
      <Button appearance="subtle" size="small" icon={<DeleteRegular />} onClick={() => remove(row)}>
        <span className={shared.visuallyHidden}>Remove {row.displayName}</span>
      </Button>
    ),
  };

  return (
    <>
      <Toolbar aria-label={`${link === 'members' ? 'Members' : 'Owners'} actions`}>
        <ToolbarButton icon={<AddRegular />} disabled={managedByRule} onClick={() => setAdding(true)} {...opener}>
          {text.add}
        </ToolbarButton>
      </Toolbar>
      {managedByRule && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>This group has dynamic membership: its membership rule adds and removes members, so they can't be added or removed by hand.</MessageBarBody>
        </MessageBar>
      )}
      {result?.ok && (
        <MessageBar intent="success" layout="multiline" politeness="polite">
          <MessageBarBody>{result.message}</MessageBarBody>
        </MessageBar>
      )}
      {result && !result.ok && <TenantErrorBar error={result.error} />}
      <ListTable
        label={link === 'members' ? 'Direct members' : 'Owners'}
        rows={rows}
        rowId={(row) => row.id}
        columns={managedByRule ? columns : [...columns, removeColumn]}
        count={(shown) => (shown === 1 ? `1 ${text.noun} found` : `${shown} ${text.noun}s found`)}
        empty={text.empty}
      />
      {adding && (
        <PeoplePickerDialog
          title={text.add}
          confirmLabel={() => 'Select'}
          exclude={new Set(rows.map((row) => row.id))}
          onConfirm={(people) => {
            setAdding(false);
            const ids = people.map((person) => person.id);
            const who = people.length === 1 ? people[0]!.displayName : `${people.length} ${text.noun}s`;
            run(
              link === 'members' ? { type: 'group.addMembers', groupId: group.id, memberIds: ids } : { type: 'group.addOwners', groupId: group.id, ownerIds: ids },
              `Successfully added ${who} to ${group.displayName}.`,
            );
          }}
          onCancel={() => setAdding(false)}
        />
      )}
    </>
  );
}
