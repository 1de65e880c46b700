import { defineArea } from '../../area';
import { DIRECTORY_OBJECT_KINDS, DIRECTORY_REFERENCES } from './object-kinds';
import { DIRECTORY_ACTIVITIES, DIRECTORY_PROPERTY_LABELS } from './activities';
import { contactCommands } from './commands/contacts';
import { groupCommands } from './commands/groups';
import { guestCommands } from './commands/guests';
import { userCommands } from './commands/users';
import { emptyDirectory } from './model/slice';
import { directoryProcesses } from './processes';
import { reconcileDynamicMemberships } from './rules/dynamic-membership';

/** Users, guests, groups (with dynamic membership) and contacts: Entra's directory objects. */
export const directoryArea = defineArea({
  id: 'directory',
  initialSlice: emptyDirectory,
  commands: { ...userCommands, ...groupCommands, ...guestCommands, ...contactCommands },
  processes: directoryProcesses,
  // A user's department changed, so they join or leave a dynamic group.
  reconcile: [reconcileDynamicMemberships],
  activities: Object.values(DIRECTORY_ACTIVITIES),
  propertyLabels: DIRECTORY_PROPERTY_LABELS,
  objectKinds: DIRECTORY_OBJECT_KINDS,
  references: DIRECTORY_REFERENCES,
});
