import { defineArea } from '../../area';
import { ACCESS_ACTIVITIES } from './activities';
import { conditionalAccessCommands } from './commands/conditional-access';
import { locationAndDeviceCommands } from './commands/locations-devices';
import { settingsCommands } from './commands/settings';
import { runQueuedSignIn, SIGN_IN_PROCESS, signInCommands } from './commands/sign-ins';
import { emptyAccess } from './model/slice';
import { ACCESS_OBJECT_KINDS, ACCESS_REFERENCES } from './object-kinds';
import { dropAccessReferences } from './rules/references';

/**
 * Sign-in security: security defaults, per-user MFA, the authentication methods policy and
 * users' methods, self-service password reset, Conditional Access and named locations, devices,
 * and the sign-in logs the sign-in engine writes.
 */
export const accessArea = defineArea({
  id: 'access',
  initialSlice: emptyAccess,
  commands: { ...settingsCommands, ...conditionalAccessCommands, ...locationAndDeviceCommands, ...signInCommands },
  processes: {
    /** A queued sign-in happens; targetId is the queued sign-in. */
    [SIGN_IN_PROCESS]: (draft, process, context) => runQueuedSignIn(draft, process.targetId, context),
  },
  dropReferences: dropAccessReferences,
  propertyLabels: { StrongAuthenticationRequirement: 'per-user MFA', isEnabled: 'enabled', IsCompliant: 'compliant' },
  activities: Object.values(ACCESS_ACTIVITIES),
  objectKinds: ACCESS_OBJECT_KINDS,
  references: ACCESS_REFERENCES,
});
