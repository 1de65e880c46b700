import {
  createLargeTenant,
  dispatch,
  findUserByUserPrincipalName,
  parseUserCsv,
  signedInAs,
  toArray,
  USER_CSV_HEADER,
  type CreateUserInput,
  type Tenant,
} from '../../src/tenant';
import { sample, type Figure } from './harness';

const BULK_SIZE = 249;

function bulkRows(batch: number): CreateUserInput[] {
  return Array.from({ length: BULK_SIZE }, (_, i) => ({
    userPrincipalName: `bulk${batch}.${i}@fabrikam.com`,
    displayName: `Bulk ${batch} ${i}`,
    profile: { department: 'Sales', jobTitle: 'Analyst' },
  }));
}

function csvOf(rows: readonly CreateUserInput[]): string {
  const lines = rows.map((row) => [row.userPrincipalName, '', '', row.displayName, 'Analyst', 'Sales', ...Array<string>(USER_CSV_HEADER.length - 6).fill('')].join(','));
  return [USER_CSV_HEADER.join(','), ...lines].join('\r\n');
}

/** The users family on the 50,000-user tenant: one user added, a full CSV file parsed and bulk-created, a password reset. */
export function userBenchmarks(): Figure[] {
  const tenant = createLargeTenant(50_000);
  const admin = signedInAs(findUserByUserPrincipalName(tenant, 'admin@fabrikam.onmicrosoft.com')!.id);
  const userIds = toArray(tenant.directory.users).map((user) => user.id);

  let current: Tenant = tenant;
  const create = sample((i) => {
    const result = dispatch(current, { type: 'user.create', userPrincipalName: `new${i}@fabrikam.com`, displayName: `New ${i}`, usageLocation: 'US' }, admin);
    if (!result.ok) throw new Error(result.error.message);
    current = result.tenant;
  }, 1_000);

  const bulk = sample(
    (i) => {
      const result = dispatch(tenant, { type: 'user.bulkCreate', users: bulkRows(i), usageLocation: 'US' }, admin);
      if (!result.ok) throw new Error(result.error.message);
    },
    30,
    5,
  );

  const csv = csvOf(bulkRows(0));
  const parse = sample(
    () => {
      const { users, errors } = parseUserCsv(tenant, csv);
      if (errors.length > 0 || users.length !== BULK_SIZE) throw new Error(errors[0]?.message);
    },
    30,
    5,
  );

  const reset = sample((i) => {
    const result = dispatch(tenant, { type: 'user.resetPassword', userId: userIds[(i * 7919) % userIds.length]!, forceChangePasswordNextSignIn: true }, admin);
    if (!result.ok) throw new Error(result.error.message);
  }, 1_000);

  return [
    { name: 'user.create on 50,000 users (median)', value: create.median, unit: 'ms', target: 0.5, note: `p90 ${create.p90.toFixed(3)} ms` },
    { name: `user.bulkCreate of ${BULK_SIZE} users on 50,000 users (median)`, value: bulk.median, unit: 'ms', target: 100, note: `p90 ${bulk.p90.toFixed(1)} ms` },
    { name: `parseUserCsv of ${BULK_SIZE} rows on 50,000 users (median)`, value: parse.median, unit: 'ms', target: 50 },
    { name: 'user.resetPassword on 50,000 users (median)', value: reset.median, unit: 'ms', target: 0.5, note: `p90 ${reset.p90.toFixed(3)} ms` },
  ];
}
