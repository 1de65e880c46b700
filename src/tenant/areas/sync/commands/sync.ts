import type { Draft } from 'immer';
import { getById } from '../../../collection';
import { defineCommand, type ApplyContext } from '../../../command';
import type { TenantError } from '../../../errors';
import type { Tenant } from '../../../model';
import { noForestError } from '../../onPremises/rules/validation';
import type { SourceAnchorAttribute, SyncConfiguration, UserSignIn } from '../model/configuration';
import { SYNC_ACTIVITIES } from '../activities';
import { activityFields } from '../../../describe';
import { SYNC_ERRORS } from '../errors';
import { ALLOWED_SYNC_CYCLE_INTERVAL, runCycleAndReschedule, scheduleNextCycle } from '../rules/scheduler';

/** The wizard's choices, from Express Settings or Customize through Ready to configure. */
export interface ConfigureSync {
  readonly type: 'sync.configure';
  readonly installType: 'express' | 'custom';
  readonly userSignIn?: UserSignIn;
  /** The optional feature beside PTA or federation; always on with the password hash sync sign-in method. */
  readonly passwordHashSync?: boolean;
  readonly passwordWriteback?: boolean;
  readonly seamlessSingleSignOn?: boolean;
  readonly sourceAnchor?: SourceAnchorAttribute;
  /** Domain and OU filtering: null or absent syncs the whole domain. */
  readonly includedContainerIds?: readonly string[] | null;
  readonly stagingMode?: boolean;
  readonly blockSoftMatch?: boolean;
  readonly federatedDomain?: string | null;
  /** "Start the synchronization process when configuration completes" (checked by default). */
  readonly startSynchronization?: boolean;
}

/** Start-ADSyncSyncCycle -PolicyType Delta|Initial. */
export interface StartSyncCycle {
  readonly type: 'sync.startCycle';
  readonly policyType: 'Delta' | 'Initial';
}

/** Set-ADSyncScheduler. The interval is in minutes. */
export interface SetSyncScheduler {
  readonly type: 'sync.setScheduler';
  readonly syncCycleEnabled?: boolean;
  readonly customizedSyncCycleInterval?: number | null;
  readonly nextSyncCyclePolicyType?: 'Delta' | 'Initial';
}

/** Enable-ADSyncExportDeletionThreshold -DeletionThreshold n, or Disable-ADSyncExportDeletionThreshold. */
export interface SetDeletionThreshold {
  readonly type: 'sync.setDeletionThreshold';
  readonly enabled: boolean;
  readonly threshold?: number;
}

const USER_SIGN_IN: readonly UserSignIn[] = ['passwordHashSync', 'passThroughAuthentication', 'federation', 'doNotConfigure'];

function notConfigured(tenant: Tenant): TenantError | undefined {
  return tenant.sync.configuration
    ? undefined
    : SYNC_ERRORS.notConfigured();
}

/** The configuration the wizard leaves, from a command's choices. Express takes the whole forest with password hash sync. */
function configurationOf(command: ConfigureSync, now: string, previous: SyncConfiguration | null): SyncConfiguration {
  const express = command.installType === 'express';
  const userSignIn = express ? 'passwordHashSync' : (command.userSignIn ?? 'passwordHashSync');
  return {
    installType: command.installType,
    userSignIn,
    passwordHashSync: userSignIn === 'passwordHashSync' || (!express && command.passwordHashSync === true),
    passwordWriteback: !express && command.passwordWriteback === true,
    seamlessSingleSignOn: !express && userSignIn !== 'federation' && command.seamlessSingleSignOn === true,
    sourceAnchor: previous?.sourceAnchor ?? (express ? 'mS-DS-ConsistencyGuid' : (command.sourceAnchor ?? 'mS-DS-ConsistencyGuid')),
    includedContainerIds: express ? null : (command.includedContainerIds ?? null),
    stagingMode: !express && command.stagingMode === true,
    blockSoftMatch: command.blockSoftMatch ?? previous?.blockSoftMatch ?? false,
    federatedDomain: userSignIn === 'federation' ? (command.federatedDomain?.trim().toLowerCase() ?? null) : null,
    configuredDateTime: now,
  };
}

function sameScope(a: SyncConfiguration | null, b: SyncConfiguration): boolean {
  if (!a) return false;
  const left = a.includedContainerIds === null ? null : [...a.includedContainerIds].sort().join();
  const right = b.includedContainerIds === null ? null : [...b.includedContainerIds].sort().join();
  return left === right;
}

/** Federation converts the chosen domain to Federated; leaving federation converts it back to Managed. */
function setDomainAuthentication(draft: Draft<Tenant>, previous: SyncConfiguration | null, next: SyncConfiguration, context: ApplyContext): void {
  const change = (name: string | null, authenticationType: 'Managed' | 'Federated') => {
    const domain = name ? getById(draft.domains.domains, name) : undefined;
    if (!domain || domain.authenticationType === authenticationType) return;
    const oldValue = domain.authenticationType;
    domain.authenticationType = authenticationType;
    context.record({
      ...activityFields(SYNC_ACTIVITIES['Set domain authentication']),
      loggedByService: 'Core Directory',
      targetResources: [{ id: domain.id, displayName: domain.id, type: 'Domain', modifiedProperties: [{ displayName: 'AuthenticationType', oldValue, newValue: authenticationType }] }],
    });
  };
  if (previous?.federatedDomain && previous.federatedDomain !== next.federatedDomain) change(previous.federatedDomain, 'Managed');
  change(next.federatedDomain, 'Federated');
}

export const syncCommands = {
  'sync.configure': defineCommand<ConfigureSync>({
    // The wizard signs in to Entra ID as a Hybrid Identity Administrator (or Global Administrator).
    permission: 'microsoft.directory/onPremisesSynchronization/basic/update',
    activity: SYNC_ACTIVITIES['Set DirSyncEnabled flag'],
    validate(tenant, command) {
      const noForest = noForestError(tenant.onPremises);
      if (noForest) return noForest;
      if (command.installType !== 'express' && command.installType !== 'custom') return SYNC_ERRORS.installTypeRequired();
      if (command.userSignIn !== undefined && !USER_SIGN_IN.includes(command.userSignIn)) return SYNC_ERRORS.unknownUserSignIn(String(command.userSignIn));
      const previous = tenant.sync.configuration;
      if (previous && command.sourceAnchor !== undefined && command.sourceAnchor !== previous.sourceAnchor) {
        return SYNC_ERRORS.sourceAnchorFixed();
      }
      for (const id of command.includedContainerIds ?? []) {
        if (!getById(tenant.onPremises.containers, id)) return SYNC_ERRORS.ouNotFound(id);
      }
      if (command.installType === 'custom' && command.includedContainerIds && command.includedContainerIds.length === 0) {
        return SYNC_ERRORS.noOuSelected();
      }
      if (command.installType === 'custom' && command.userSignIn === 'federation') {
        const domain = command.federatedDomain ? getById(tenant.domains.domains, command.federatedDomain.trim().toLowerCase()) : undefined;
        if (!domain || !domain.isVerified || domain.isInitial || domain.id.endsWith('.onmicrosoft.com')) {
          return SYNC_ERRORS.federatedDomainRequired();
        }
        if (domain.isDefault) return SYNC_ERRORS.federatedDomainIsDefault(domain.id);
      }
      return undefined;
    },
    apply(draft, command, context) {
      const previous = draft.sync.configuration as SyncConfiguration | null;
      const next = configurationOf(command, context.now, previous);
      draft.sync.configuration = next as Draft<SyncConfiguration>;
      setDomainAuthentication(draft, previous, next, context);
      const scheduler = draft.sync.scheduler;
      scheduler.syncCycleEnabled = true;
      scheduler.schedulerSuspended = false;
      scheduler.stagingModeEnabled = next.stagingMode;
      // Filtering changes need a full import and sync; so does the first configuration.
      if (!sameScope(previous, next) || (previous?.stagingMode && !next.stagingMode)) scheduler.nextSyncCyclePolicyType = 'Initial';
      if (command.startSynchronization !== false) runCycleAndReschedule(draft, scheduler.nextSyncCyclePolicyType, context);
      scheduleNextCycle(draft, context);
      return [{ id: draft.organization.id, displayName: draft.organization.displayName, type: 'Company', modifiedProperties: [{ displayName: 'DirSyncEnabled', oldValue: previous ? 'true' : 'false', newValue: 'true' }] }];
    },
  }),

  'sync.startCycle': defineCommand<StartSyncCycle>({
    describe: (command) => `Start-ADSyncSyncCycle -PolicyType ${command.policyType}`,
    // Run on the sync server by a member of ADSyncOperators; Entra's roles don't apply.
    permission: null,
    activity: null,
    validate(tenant, command) {
      const error = notConfigured(tenant);
      if (error) return error;
      if (command.policyType !== 'Delta' && command.policyType !== 'Initial') {
        return SYNC_ERRORS.invalidPolicyType(String(command.policyType));
      }
      return undefined;
    },
    apply(draft, command, context) {
      runCycleAndReschedule(draft, command.policyType, context);
    },
  }),

  'sync.setScheduler': defineCommand<SetSyncScheduler>({
    describe: () => 'Set-ADSyncScheduler',
    permission: null,
    activity: null,
    validate(tenant, command) {
      const error = notConfigured(tenant);
      if (error) return error;
      const interval = command.customizedSyncCycleInterval;
      if (interval !== undefined && interval !== null && (!Number.isInteger(interval) || interval < ALLOWED_SYNC_CYCLE_INTERVAL || interval > 7 * 24 * 60)) {
        return SYNC_ERRORS.invalidSyncCycleInterval();
      }
      if (command.nextSyncCyclePolicyType !== undefined && command.nextSyncCyclePolicyType !== 'Delta' && command.nextSyncCyclePolicyType !== 'Initial') {
        return SYNC_ERRORS.invalidNextPolicyType();
      }
      return undefined;
    },
    apply(draft, command, context) {
      const scheduler = draft.sync.scheduler;
      if (command.syncCycleEnabled !== undefined) scheduler.syncCycleEnabled = command.syncCycleEnabled;
      if (command.customizedSyncCycleInterval !== undefined) scheduler.customizedSyncCycleInterval = command.customizedSyncCycleInterval;
      if (command.nextSyncCyclePolicyType !== undefined) scheduler.nextSyncCyclePolicyType = command.nextSyncCyclePolicyType;
      scheduleNextCycle(draft, context);
    },
  }),

  'sync.setDeletionThreshold': defineCommand<SetDeletionThreshold>({
    describe: (command) => (command.enabled ? `Enable-ADSyncExportDeletionThreshold -DeletionThreshold ${command.threshold ?? 500}` : 'Disable-ADSyncExportDeletionThreshold'),
    permission: null,
    activity: null,
    validate(tenant, command) {
      const error = notConfigured(tenant);
      if (error) return error;
      if (command.enabled && command.threshold !== undefined && (!Number.isInteger(command.threshold) || command.threshold < 1)) {
        return SYNC_ERRORS.invalidDeletionThreshold();
      }
      return undefined;
    },
    apply(draft, command) {
      draft.sync.deletionPrevention = { enabled: command.enabled === true, threshold: command.threshold ?? draft.sync.deletionPrevention.threshold };
    },
  }),
};
