import type { SetupStep } from '../domain-paths';

/** The wizard's rail: the domain name, then verification, connecting, and the end. */
export const SETUP_RAIL: readonly string[] = ['Domain name', 'Verification', 'Connect domain', 'Finish'];

export const RAIL_LABEL = 'Add domain steps';

const RAIL_INDEX: Readonly<Record<SetupStep, number>> = {
  'verify-method': 1,
  verify: 1,
  connect: 2,
  'dns-records': 2,
  complete: 3,
};

export function railIndex(step: SetupStep): number {
  return RAIL_INDEX[step];
}

/** Each step's heading, as the admin center words it. */
export const STEP_HEADINGS: Readonly<Record<SetupStep, string>> = {
  'verify-method': 'Verify you own your domain',
  verify: 'Add a record to verify ownership',
  connect: 'How do you want to connect to your domain?',
  'dns-records': 'Add DNS records',
  complete: 'Domain setup is complete',
};
