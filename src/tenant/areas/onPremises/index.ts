import { defineArea } from '../../area';
import { forestCommands } from './commands/forest';
import { objectCommands } from './commands/objects';
import { emptyOnPremises } from './model/slice';
import { ON_PREMISES_OBJECT_KINDS, ON_PREMISES_REFERENCES } from './object-kinds';

/**
 * The on-premises Active Directory the learner runs on the simulated server: the forest, its UPN
 * suffixes, OUs, users, groups and computers. Outside Microsoft 365: Entra Connect (the sync
 * area) reads it and projects it into the tenant.
 */
export const onPremisesArea = defineArea({
  id: 'onPremises',
  initialSlice: emptyOnPremises,
  commands: { ...forestCommands, ...objectCommands },
  objectKinds: ON_PREMISES_OBJECT_KINDS,
  references: ON_PREMISES_REFERENCES,
});
