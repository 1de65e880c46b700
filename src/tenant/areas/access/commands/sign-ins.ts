import { current, isDraft, type Draft } from 'immer';
import { addMilliseconds, parseDuration } from '../../../clock';
import { getById, putEntity, removeEntity } from '../../../collection';
import { defineCommand, type ApplyContext } from '../../../command';
import { notFound, type TenantError } from '../../../errors';
import type { Tenant } from '../../../model';
import { scheduleProcess } from '../../../schedule';
import { cloudAppById } from '../catalog';
import { ACCESS_ERRORS } from '../errors';
import type { SignInRequest } from '../model/sign-in';
import { parseIpv4 } from '../rules/ip';
import { attemptSignIn, signInRecord } from '../rules/sign-in';

/** A simulated user signs in now; the attempt lands in the sign-in logs. */
export interface AttemptSignIn {
  readonly type: 'signIn.attempt';
  readonly request: SignInRequest;
}

/** A scenario queues a sign-in that happens once the simulated clock has moved on by `after`. */
export interface ScheduleSignIn {
  readonly type: 'signIn.schedule';
  readonly request: SignInRequest;
  /** ISO 8601 duration from now, e.g. PT2H. */
  readonly after: string;
}

export const SIGN_IN_PROCESS = 'signIn.due';

export function signInRequestError(tenant: Tenant, request: SignInRequest): TenantError | undefined {
  if (!getById(tenant.directory.users, request.userId)) return notFound('user', request.userId);
  if (!cloudAppById(request.appId)) return ACCESS_ERRORS.unknownCloudApp(request.appId);
  if (!['browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other'].includes(request.clientAppType)) return ACCESS_ERRORS.unknownClientApp(request.clientAppType);
  if (request.deviceId !== null && !getById(tenant.access.devices, request.deviceId)) return notFound('device', request.deviceId);
  if (request.ipAddress !== null && parseIpv4(request.ipAddress) === undefined) return ACCESS_ERRORS.invalidIpAddress(request.ipAddress);
  if (request.countryCode !== null && !/^[A-Z]{2}$/.test(request.countryCode)) return ACCESS_ERRORS.invalidSignInCountry(request.countryCode);
  return undefined;
}

/** Runs a sign-in against the state as it is and writes its log entry. */
export function recordSignIn(draft: Draft<Tenant>, request: SignInRequest, context: ApplyContext): void {
  // The engine reads lookups indexed on committed collections; a snapshot of the draft is one.
  const tenant = (isDraft(draft) ? current(draft) : draft) as Tenant;
  if (signInRequestError(tenant, request)) return;
  const attempt = attemptSignIn(tenant, request)!;
  const id = context.newId();
  putEntity(draft.access.signIns, signInRecord(tenant, id, request, attempt.outcome, attempt.mfaMethod));
  if (request.deviceId !== null) {
    const device = getById(draft.access.devices, request.deviceId);
    if (device) putEntity(draft.access.devices, { ...device, approximateLastSignInDateTime: context.now });
  }
}

export const signInCommands = {
  'signIn.attempt': defineCommand<AttemptSignIn>({
    describe: () => 'A simulated user signed in',
    // A sign-in is the user's own doing, not a directory change: no role is needed and no audit record written.
    permission: null,
    activity: null,
    validate: (tenant, command) => signInRequestError(tenant, command.request),
    apply(draft, command, context) {
      recordSignIn(draft, command.request, context);
    },
  }),

  'signIn.schedule': defineCommand<ScheduleSignIn>({
    describe: () => 'A simulated sign-in was queued',
    permission: null,
    activity: null,
    validate(tenant, command) {
      const milliseconds = parseDuration(command.after);
      if (milliseconds === undefined || milliseconds <= 0) return ACCESS_ERRORS.invalidDelay(command.after);
      return signInRequestError(tenant, command.request);
    },
    apply(draft, command, context) {
      const id = context.newId();
      const dueDateTime = addMilliseconds(context.now, parseDuration(command.after)!);
      putEntity(draft.access.queuedSignIns, { id, request: command.request, dueDateTime });
      scheduleProcess(draft, context, SIGN_IN_PROCESS, dueDateTime, id);
    },
  }),
};

/** The queued sign-in's time has come: it happens against the tenant as it is then. */
export function runQueuedSignIn(draft: Draft<Tenant>, queuedId: string, context: ApplyContext): void {
  const queued = getById(draft.access.queuedSignIns, queuedId);
  if (!queued) return;
  removeEntity(draft.access.queuedSignIns, queuedId);
  recordSignIn(draft, isDraft(queued) ? current(queued).request : queued.request, context);
}
