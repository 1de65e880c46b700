import { GroupBlade } from './GroupBlade';
import { GroupLinksView } from './GroupLinksView';

/** A group's Owners in Entra. */
export default function GroupOwnersPage() {
  return <GroupBlade section="owners">{(group) => <GroupLinksView key={group.id} group={group} link="owners" />}</GroupBlade>;
}
