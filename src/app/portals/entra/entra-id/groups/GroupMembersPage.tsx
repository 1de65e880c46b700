import { GroupBlade } from './GroupBlade';
import { GroupLinksView } from './GroupLinksView';

/** A group's Members in Entra. */
export default function GroupMembersPage() {
  return <GroupBlade section="members">{(group) => <GroupLinksView key={group.id} group={group} link="members" />}</GroupBlade>;
}
