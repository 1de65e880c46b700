import { roleTemplateById, skuById } from '../catalog';
import type { AssignedLicense } from '../model';
import type { CreateUserInput } from '../areas/directory/rules/user-input';
import { workflow, type Workflow, type WorkflowStep } from './workflow';

export interface AddUserPlan {
  readonly user: CreateUserInput;
  readonly licenses: readonly AssignedLicense[];
  /** Role templates to assign at the tenant scope. */
  readonly roleDefinitionIds: readonly string[];
}

/**
 * "Finish adding" in the Add a user wizard: create the user, give every chosen product in one
 * license change, then each admin role. Graph has no call that does it all, so the parts are the
 * calls the real wizard makes; as one gesture they are applied all or none, and a refused role
 * leaves no half-made user behind.
 */
export function addUserWorkflow(plan: AddUserPlan): Workflow {
  const steps: WorkflowStep[] = [{ part: { type: 'user.create', ...plan.user }, step: `Add ${plan.user.displayName.trim()}` }];
  if (plan.licenses.length > 0) {
    const names = plan.licenses.map((license) => skuById(license.skuId)?.displayName ?? license.skuId);
    steps.push({
      part: { command: { type: 'user.assignLicense', userId: '', addLicenses: plan.licenses, removeLicenses: [] }, bind: { userId: { part: 0 } } },
      step: `Assign ${names.join(', ')}`,
    });
  }
  for (const roleDefinitionId of plan.roleDefinitionIds) {
    steps.push({
      part: { command: { type: 'role.assign', principalId: '', roleDefinitionId }, bind: { principalId: { part: 0 } } },
      step: `Assign the ${roleTemplateById(roleDefinitionId)?.displayName ?? roleDefinitionId} role`,
    });
  }
  return workflow('Add a user', steps);
}
