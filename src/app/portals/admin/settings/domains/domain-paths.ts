import type { DomainRow } from '../../../../../tenant';
import { adminPaths } from '../../paths';

/*
 * The deep links of Settings > Domains. The real admin center uses `#/Domains`,
 * `#/Domains/Wizard` and `#/Domains/Details/<name>`; the sandbox keeps the same shape as paths,
 * with the wizard's step in the query so a learner can leave for the DNS host and come back to
 * the same step.
 */

export const DOMAINS_PATH = adminPaths.domains;
export const ADD_DOMAIN_PATH = adminPaths.addDomain;

export type DomainTab = 'overview' | 'dns' | 'users' | 'groups';

export function domainDetailsPath(name: string, tab: DomainTab = 'overview'): string {
  const base = `${DOMAINS_PATH}/${encodeURIComponent(name)}`;
  return tab === 'overview' ? base : `${base}?tab=${tab}`;
}

/** The steps of the wizard after the domain name, in order. */
export const SETUP_STEPS = ['verify-method', 'verify', 'connect', 'dns-records', 'complete'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export function isSetupStep(value: string | null): value is SetupStep {
  return (SETUP_STEPS as readonly (string | null)[]).includes(value);
}

export function domainSetupPath(name: string, step: SetupStep): string {
  return `${DOMAINS_PATH}/${encodeURIComponent(name)}/setup?step=${step}`;
}

/** Whether the domain has setup left to do: verification, or DNS records for its services. */
export function needsSetup(row: Pick<DomainRow, 'isOnMicrosoft' | 'status'>): boolean {
  return !row.isOnMicrosoft && row.status !== 'Healthy';
}

/** Where "Continue setup" opens the wizard: at verification, or at connecting once verified. */
export function continueSetupPath(row: Pick<DomainRow, 'name' | 'isVerified'>): string {
  return domainSetupPath(row.name, row.isVerified ? 'connect' : 'verify-method');
}
