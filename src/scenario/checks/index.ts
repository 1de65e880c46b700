import type { Check, CheckKind } from '../schema';
import { audit } from './audit';
import { licensesUnchanged, noneDeleted, noRoleGained, unchanged } from './collateral';
import { contains, count, excludes } from './collections';
import type { Evaluator, GradingContext, Outcome } from './context';
import { exists, notExists, property } from './objects';
import { holdsLicense, planDisabled } from './licenses';
import { atLeast, every, exactly, none } from './quantifiers';
import { managerIs, memberOf, ownerOf } from './relations';
import { holdsRole } from './roles';
import { signIn } from './sign-in';

export type { AttemptFailure, GradingContext, Outcome } from './context';

/** Every check kind and what evaluates it, in one table, as the tenant keeps its commands. */
const evaluators: { readonly [K in CheckKind]: Evaluator<K> } = {
  exists,
  notExists,
  property,
  count,
  contains,
  excludes,
  memberOf,
  ownerOf,
  holdsLicense,
  planDisabled,
  holdsRole,
  managerIs,
  audit,
  noRoleGained,
  noneDeleted,
  licensesUnchanged,
  unchanged,
  every,
  none,
  atLeast,
  exactly,
  signIn,
};

export function evaluateCheck(check: Check, context: GradingContext): Outcome {
  return (evaluators[check.kind] as Evaluator<CheckKind>)(check as never, context);
}
