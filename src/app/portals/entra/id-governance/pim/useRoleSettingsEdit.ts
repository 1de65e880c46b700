import { useState } from 'react';
import { activationMaximumHours, ASSIGNMENT_EXPIRY_CHOICES, type RoleSettings } from '../../../../../tenant';
import { useTenantStore } from '../../../../tenant-context';

export type ExpiryChoice = (typeof ASSIGNMENT_EXPIRY_CHOICES)[number];

export const EXPIRY_LABELS: Readonly<Record<ExpiryChoice, string>> = {
  P15D: '15 days',
  P30D: '1 month',
  P90D: '3 months',
  P180D: '6 months',
  P365D: '1 year',
};

function choiceOf(duration: string): ExpiryChoice {
  return (ASSIGNMENT_EXPIRY_CHOICES as readonly string[]).includes(duration) ? (duration as ExpiryChoice) : 'P365D';
}

export interface RoleSettingFields {
  readonly maximumHours: number;
  readonly requireJustification: boolean;
  readonly requireTicketInfo: boolean;
  readonly requireApproval: boolean;
  readonly allowPermanentEligible: boolean;
  readonly eligibleExpireAfter: ExpiryChoice;
  readonly allowPermanentActive: boolean;
  readonly activeExpireAfter: ExpiryChoice;
}

export function fieldsOf(settings: RoleSettings): RoleSettingFields {
  return {
    maximumHours: activationMaximumHours(settings),
    requireJustification: settings.activationRequirements.includes('Justification'),
    requireTicketInfo: settings.activationRequirements.includes('Ticketing'),
    requireApproval: settings.isApprovalRequired,
    allowPermanentEligible: !settings.eligibleAssignmentExpiration.isExpirationRequired,
    eligibleExpireAfter: choiceOf(settings.eligibleAssignmentExpiration.maximumDuration),
    allowPermanentActive: !settings.activeAssignmentExpiration.isExpirationRequired,
    activeExpireAfter: choiceOf(settings.activeAssignmentExpiration.maximumDuration),
  };
}

/** "Edit role setting - <role>": the Activation and Assignment tabs, saved by one `pim.updateRoleSettings`. */
export function useRoleSettingsEdit(roleDefinitionId: string, settings: RoleSettings, onUpdated: () => void) {
  const store = useTenantStore();
  const [fields, setFields] = useState<RoleSettingFields>(() => fieldsOf(settings));
  const [error, setError] = useState<string | null>(null);
  const update = () => {
    const result = store.send({
      type: 'pim.updateRoleSettings',
      roleDefinitionId,
      maximumActivationHours: fields.maximumHours,
      requireJustification: fields.requireJustification,
      requireTicketInfo: fields.requireTicketInfo,
      requireApproval: fields.requireApproval,
      eligibleAssignmentExpiration: { allowPermanent: fields.allowPermanentEligible, expireAfter: fields.eligibleExpireAfter },
      activeAssignmentExpiration: { allowPermanent: fields.allowPermanentActive, expireAfter: fields.activeExpireAfter },
    });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    onUpdated();
  };
  return { fields, change: (changes: Partial<RoleSettingFields>) => setFields((current) => ({ ...current, ...changes })), error, update };
}
