import { cloudAppNamed } from '../../tenant/areas/access/catalog';
import { evaluateInTenant } from '../../tenant/areas/access/rules/sign-in';
import type { SignInRequest } from '../../tenant/areas/access/model/sign-in';
import { toArray } from '../../tenant/collection';
import { outcome, type Evaluator } from './context';
import { isOutcome, single, subjectName } from './objects';

const GETS = { access: 'gets access', mfa: 'is asked for multifactor authentication', blocked: 'is blocked' } as const;

/**
 * What a sign-in would get now, as the What If tool answers it: policies graded by their effect
 * ("Alex from an untrusted country on a browser: blocked"), and optionally one policy's result.
 */
export const signIn: Evaluator<'signIn'> = (check, context) => {
  const { final } = context;
  const user = single(final, { user: check.user }, context.start);
  if (isOutcome(user)) return user;
  const app = cloudAppNamed(check.app);
  if (!app) return outcome(false, `'${check.app}' isn't a cloud app the tenant knows`);
  const device = check.device === undefined ? undefined : toArray(final.access.devices).find((candidate) => candidate.displayName.toLowerCase() === check.device!.toLowerCase());
  if (check.device !== undefined && !device) return outcome(false, `the device ${check.device} does not exist`);
  const request: SignInRequest = {
    userId: user.entity.id,
    appId: app.appId,
    clientAppType: check.client ?? 'browser',
    devicePlatform: check.platform ?? null,
    deviceId: device?.id ?? null,
    ipAddress: check.ipAddress ?? null,
    countryCode: check.country ?? null,
    signInRiskLevel: check.signInRisk ?? 'none',
    userRiskLevel: check.userRisk ?? 'none',
  };
  const result = evaluateInTenant(final, request)!;
  const who = `${subjectName(user)} signing in to ${app.displayName}`;
  const gets: keyof typeof GETS = result.access === 'granted' ? 'access' : result.access === 'blocked' ? 'blocked' : result.required.includes('mfa') ? 'mfa' : 'blocked';
  if (check.gets !== undefined && gets !== check.gets) return outcome(false, `${who} ${GETS[gets]}; expected: ${GETS[check.gets]}`, `${who} ${GETS[gets]}`);
  if (check.policy !== undefined) {
    const name = check.policy.toLowerCase();
    const evaluation = result.policies.find((candidate) => candidate.policy.displayName.toLowerCase() === name);
    if (!evaluation) return outcome(false, `there is no Conditional Access policy ${check.policy}`);
    if (evaluation.result !== check.policyResult) {
      return outcome(false, `for ${who}, ${evaluation.policy.displayName} reports ${evaluation.result}; expected ${check.policyResult}`, `for ${who}, ${evaluation.policy.displayName} reports ${evaluation.result}`);
    }
    return outcome(true, `for ${who}, ${evaluation.policy.displayName} reports ${evaluation.result}${check.gets ? `, and the sign-in ${GETS[gets]}` : ''}`);
  }
  return outcome(true, `${who} ${GETS[gets]}`);
};
