import { defineArea } from '../../area';
import { LICENSING_OBJECT_KINDS, LICENSING_REFERENCES } from './object-kinds';
import { LICENSING_ACTIVITIES } from './activities';
import { licenseCommands } from './commands/licenses';
import { subscriptionCommands } from './commands/subscriptions';
import { emptyLicensing } from './model/slice';
import { reconcileGroupLicensing } from './rules/group-licensing';
import { advanceSubscriptionLifecycle } from './rules/subscriptions';

/** Subscriptions, licenses assigned directly and through groups, and their service plans. */
export const licensingArea = defineArea({
  id: 'licensing',
  initialSlice: emptyLicensing,
  commands: { ...licenseCommands, ...subscriptionCommands },
  processes: {
    /** A subscription moves to its next lifecycle status; targetId is the subscription. */
    'subscription.lifecycle': (draft, process, context) => advanceSubscriptionLifecycle(draft, process.targetId, context),
  },
  // On the settled memberships: new members, usage locations or seat counts decide which inherited licenses hold.
  reconcile: [(draft, scope, context) => reconcileGroupLicensing(draft, { users: [...(scope.users ?? [])], groups: [...(scope.groups ?? [])] }, context)],
  activities: Object.values(LICENSING_ACTIVITIES),
  objectKinds: LICENSING_OBJECT_KINDS,
  references: LICENSING_REFERENCES,
});
