import { Button, MessageBar, MessageBarBody, Tab, TabList, Text } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { DirectoryObjectRow, GroupDetails } from '../../../../../../views/groups';
import { PeoplePicker } from '../../../../../kit/PeoplePicker';
import { useFocusReturn } from '../../../../../kit/use-focus-return';
import { useDetailsStyles } from './details-styles';
import { FeedbackBar } from './FeedbackBar';
import type { GroupDetailsState } from './useGroupDetails';

type Link = 'owners' | 'members';

function PeopleList({ rows, empty, onRemove }: { readonly rows: readonly DirectoryObjectRow[]; readonly empty: string; readonly onRemove?: (row: DirectoryObjectRow) => void }) {
  const styles = useDetailsStyles();
  if (rows.length === 0) return <Text className={styles.muted}>{empty}</Text>;
  return (
    <ul className={styles.list}>
      {rows.map((row) => (
        <li key={row.id} className={styles.row}>
          <span className={styles.person}>
            <Text weight="semibold">{row.displayName}</Text>
            <Text className={styles.muted}>{row.address ?? row.kind}</Text>
          </span>
          {onRemove && <Button appearance="subtle" icon={<DismissRegular />} aria-label={`Remove ${row.displayName}`} onClick={() => onRemove(row)} />}
        </li>
      ))}
    </ul>
  );
}

/** The pane's Membership tab: Owners and Members, each with Add and Remove. */
export function MembershipTab({ details, group }: { readonly details: GroupDetailsState; readonly group: GroupDetails }) {
  const styles = useDetailsStyles();
  const [link, setLink] = useState<Link>('owners');
  const [adding, setAdding] = useState(false);
  const addButton = useFocusReturn<HTMLButtonElement>(adding);
  const dynamic = group.membershipType === 'Dynamic';
  const rows = link === 'owners' ? details.owners : details.members;
  const noun = link === 'owners' ? 'owners' : 'members';
  const manual = link === 'owners' || !dynamic;

  const remove = (row: DirectoryObjectRow) => {
    details.run(
      'membership',
      link === 'owners' ? { type: 'group.removeOwner', groupId: group.id, ownerId: row.id } : { type: 'group.removeMember', groupId: group.id, memberId: row.id },
      `${row.displayName} was removed from the group's ${noun}.`,
    );
  };

  if (adding) {
    return (
      <div className={styles.tab}>
        <PeoplePicker
          title={`Add group ${noun} to ${group.displayName}`}
          confirmLabel={(count) => `Add (${count})`}
          exclude={new Set(rows.map((row) => row.id))}
          onConfirm={(people) => {
            setAdding(false);
            const ids = people.map((person) => person.id);
            const added = people.length === 1 ? `${people[0]!.displayName} was added` : `${people.length} people were added`;
            details.run(
              'membership',
              link === 'owners' ? { type: 'group.addOwners', groupId: group.id, ownerIds: ids } : { type: 'group.addMembers', groupId: group.id, memberIds: ids },
              `${added} to the group's ${noun}.`,
            );
          }}
          onCancel={() => setAdding(false)}
        />
      </div>
    );
  }
  return (
    <div className={styles.tab}>
      <TabList
        selectedValue={link}
        onTabSelect={(_, data) => {
          details.clearFeedback();
          setLink(data.value as Link);
        }}
        size="small"
        aria-label="Membership"
      >
        <Tab value="owners">Owners ({details.owners.length})</Tab>
        <Tab value="members">Members ({details.members.length})</Tab>
      </TabList>
      <FeedbackBar details={details} tab="membership" />
      {manual ? (
        <div>
          <Button ref={addButton} icon={<AddRegular />} onClick={() => setAdding(true)}>
            {link === 'owners' ? 'Add owners' : 'Add members'}
          </Button>
        </div>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            This group has dynamic membership: its membership rule decides who the members are, so members can't be added or removed here. Change the rule in the Microsoft Entra
            admin center.
          </MessageBarBody>
        </MessageBar>
      )}
      <PeopleList rows={rows} empty={`This group has no ${noun}.`} onRemove={manual ? remove : undefined} />
    </div>
  );
}
