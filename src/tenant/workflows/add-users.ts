import { skuById } from '../catalog';
import type { CreateUserInput } from '../areas/directory/rules/user-input';
import { workflow, type Workflow, type WorkflowStep } from './workflow';

export interface AddUsersPlan {
  readonly users: readonly CreateUserInput[];
  /** The location for rows that name none. */
  readonly usageLocation: string;
  /** The one product for everyone, or null for none. */
  readonly skuId: string | null;
}

/**
 * "Add users" at the end of Add multiple users: one user.bulkCreate (which checks every row
 * first), then the chosen product user by user, as Graph licenses one user per call. One gesture:
 * when the seats run out part way, nobody is added and the page says which user ran out.
 */
export function addUsersWorkflow(plan: AddUsersPlan): Workflow {
  const steps: WorkflowStep[] = [
    { part: { type: 'user.bulkCreate', users: plan.users, usageLocation: plan.usageLocation, forceChangePasswordNextSignIn: true }, step: 'Add users' },
  ];
  if (plan.skuId !== null) {
    const product = skuById(plan.skuId)?.displayName ?? plan.skuId;
    const addLicenses = [{ skuId: plan.skuId, disabledPlans: [] }];
    plan.users.forEach((user, index) =>
      steps.push({
        part: { command: { type: 'user.assignLicense', userId: '', addLicenses, removeLicenses: [] }, bind: { userId: { part: 0, index } } },
        step: `Assign ${product} to ${user.userPrincipalName}`,
      }),
    );
  }
  return workflow('Add multiple users', steps);
}
