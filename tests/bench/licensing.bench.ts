import {
  createLargeTenant,
  dispatch,
  findEntity,
  findUserByUserPrincipalName,
  ROLE,
  signedInAs,
  skuByPartNumber,
  TenantBuilder,
  toArray,
  type Actor,
  type Command,
  type Tenant,
} from '../../src/tenant';
import { sample, type Figure } from './harness';

const E3 = skuByPartNumber('ENTERPRISEPACK')!.skuId;
const E5 = skuByPartNumber('SPE_E5')!.skuId;
const EMS = skuByPartNumber('EMSPREMIUM')!.skuId;

function run(tenant: Tenant, command: Command, actor: Actor): Tenant {
  const result = dispatch(tenant, command, actor);
  if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
  return result.tenant;
}

/** 50,000 users, the first 10,000 of them in one security group built with the fixture builder. */
function tenantWithLargeGroup(): { tenant: Tenant; admin: Actor; groupId: string; outsiders: string[] } {
  const builder = new TenantBuilder({ displayName: 'Fabrikam', initialDomainPrefix: 'fabrikam', countryLetterCode: 'US', now: '2026-03-02T09:00:00.000Z', seed: 'licensing' });
  builder.addSubscription('EMSPREMIUM', 12_000);
  const admin = builder.addUser({ alias: 'admin', givenName: 'Fabrikam', surname: 'Admin', usageLocation: 'US' });
  const userIds: string[] = [];
  for (let i = 0; i < 50_000; i++) {
    userIds.push(builder.addUser({ alias: `user${i}`, givenName: 'User', surname: String(i), usageLocation: i % 100 === 37 ? null : 'US' }));
  }
  const groupId = builder.addGroup({
    displayName: 'All employees (10,000)',
    description: null,
    mailNickname: 'allemployees',
    mail: null,
    mailEnabled: false,
    securityEnabled: true,
    groupTypes: [],
    membershipRule: null,
    membershipRuleProcessingState: null,
    isAssignableToRole: false,
    visibility: null,
    memberIds: userIds.slice(0, 10_000),
    ownerIds: [],
  });
  builder.assignRole(admin, ROLE.globalAdministrator);
  return { tenant: builder.build(), admin: signedInAs(admin), groupId, outsiders: userIds.slice(10_000) };
}

/** Licensing figures: a direct assignment on 50,000 users, and group-based licensing of 10,000 members. */
export function licensingBenchmarks(): Figure[] {
  const large = createLargeTenant(50_000);
  const admin = signedInAs(findUserByUserPrincipalName(large, 'admin@fabrikam.onmicrosoft.com')!.id);
  const e3Holders = toArray(large.directory.users)
    .filter((user) => user.assignedLicenses.some((license) => license.skuId === E3))
    .map((user) => user.id);
  let current = large;
  // Each sample moves a different Office 365 E3 user to Microsoft 365 E5: one request, both lists.
  const swap = sample((i) => {
    current = run(current, { type: 'user.assignLicense', userId: e3Holders[i]!, addLicenses: [{ skuId: E5, disabledPlans: [] }], removeLicenses: [E3] }, admin);
  }, 2_000);

  const { tenant, admin: groupAdmin, groupId, outsiders } = tenantWithLargeGroup();
  const assignToGroup: Command = { type: 'group.assignLicense', groupId, addLicenses: [{ skuId: EMS, disabledPlans: [] }], removeLicenses: [] };
  const groupLicense = sample(() => run(tenant, assignToGroup, groupAdmin), 5, 1);
  // Process CPU time beside the wall time: on a shared machine the wall time mostly measures the neighbours.
  const cpuBefore = process.cpuUsage();
  run(tenant, assignToGroup, groupAdmin);
  const cpu = process.cpuUsage(cpuBefore);
  const licensed = run(tenant, assignToGroup, groupAdmin);
  const processed = findEntity(licensed.directory.users, (user) => user.licenseAssignmentStates.some((record) => record.assignedByGroup === groupId));
  if (!processed) throw new Error('The group license reached no one');

  let growing = licensed;
  const join = sample((i) => {
    growing = run(growing, { type: 'group.addMembers', groupId, memberIds: [outsiders[i]!] }, groupAdmin);
  }, 200, 20);
  const reprocess = sample(() => run(licensed, { type: 'group.reprocessLicenseAssignment', groupId }, groupAdmin), 5, 1);

  return [
    { name: 'user.assignLicense on 50,000 users (median)', value: swap.median, unit: 'ms', target: 0.5, note: `p90 ${swap.p90.toFixed(3)} ms` },
    {
      name: 'group.assignLicense to a 10,000-member group (median)',
      value: groupLicense.median,
      unit: 'ms',
      target: 200,
      note: `min ${groupLicense.min.toFixed(1)} ms, one run's CPU ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms`,
    },
    { name: 'group.addMembers to a licensed 10,000-member group (median)', value: join.median, unit: 'ms', note: `p90 ${join.p90.toFixed(3)} ms` },
    { name: 'group.reprocessLicenseAssignment of 10,000 members (median)', value: reprocess.median, unit: 'ms', target: 200 },
  ];
}
