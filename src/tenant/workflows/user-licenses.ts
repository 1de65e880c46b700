import type { AssignedLicense } from '../model';
import { workflow, type Workflow, type WorkflowStep } from './workflow';

export interface UserLicensesChange {
  readonly userId: string;
  /** The new location, when the form changed it. */
  readonly usageLocation?: string;
  readonly addLicenses: readonly AssignedLicense[];
  readonly removeLicenses: readonly string[];
}

/**
 * "Save changes" on a user's Licenses and apps: the usage location first (a license needs one),
 * then the license change, as Graph takes them; one gesture, so a refused license keeps the old
 * location too. Null when the form changed nothing.
 */
export function saveUserLicensesWorkflow(change: UserLicensesChange): Workflow | null {
  const steps: WorkflowStep[] = [];
  if (change.usageLocation !== undefined) {
    steps.push({ part: { type: 'user.setUsageLocation', userId: change.userId, usageLocation: change.usageLocation }, step: 'Select location' });
  }
  if (change.addLicenses.length > 0 || change.removeLicenses.length > 0) {
    steps.push({
      part: { type: 'user.assignLicense', userId: change.userId, addLicenses: change.addLicenses, removeLicenses: change.removeLicenses },
      step: 'Licenses',
    });
  }
  return steps.length === 0 ? null : workflow('Licenses and apps', steps);
}
