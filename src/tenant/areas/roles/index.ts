import { defineArea } from '../../area';
import { ROLE_OBJECT_KINDS, ROLE_REFERENCES } from './object-kinds';
import { ROLE_ACTIVITIES } from './activities';
import { administrativeUnitCommands } from './commands/administrative-units';
import { pimCommands } from './commands/pim';
import { roleCommands } from './commands/roles';
import { emptyRoles } from './model/slice';
import { expireActivation, expireEligibility } from './rules/pim-schedules';
import { dropRoleReferences } from './rules/role-references';

/** Directory roles, administrative units and Privileged Identity Management. */
export const rolesArea = defineArea({
  id: 'roles',
  initialSlice: emptyRoles,
  commands: { ...roleCommands, ...administrativeUnitCommands, ...pimCommands },
  processes: {
    /** A PIM activation reaches its end time; targetId is the schedule instance. */
    'pim.activationEnd': (draft, process, context) => expireActivation(draft, process.targetId, context),
    /** A time-bound PIM eligible assignment expires; targetId is the eligibility schedule. */
    'pim.eligibilityEnd': (draft, process, context) => expireEligibility(draft, process.targetId, context),
  },
  dropReferences: dropRoleReferences,
  activities: Object.values(ROLE_ACTIVITIES),
  objectKinds: ROLE_OBJECT_KINDS,
  references: ROLE_REFERENCES,
});
