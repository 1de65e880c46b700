import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  createContosoTenant,
  findEntity,
  findUserByUserPrincipalName,
  getById,
  putEntity,
  roleTemplateByName,
  signedInAs,
  SYSTEM_ACTOR,
  type Tenant,
} from '../../src/tenant';
import { mayPerform, type SensitiveAction } from '../../src/tenant/areas/roles/rules/sensitive-actions';
import { TestTenant } from '../support/test-tenant';

const UXSM = '27460883-1df1-4691-b032-3b79643e5e63';

/** Who holds what in the matrix fixture, beside Contoso's own admin, NestorW, AllanD and EmilyB. */
const EXTRA_ROLES: readonly [alias: string, role: string][] = [
  ['MeganB', 'Password Administrator'],
  ['AdeleV', 'Authentication Administrator'],
  ['AlexW', 'Privileged Authentication Administrator'],
  ['HenriettaM', 'Directory Readers'],
  ['IsaiahL', 'Guest Inviter'],
  ['JohannaL', 'Password Administrator'],
  ['JoniS', 'Message Center Reader'],
  ['LeeG', 'Reports Reader'],
  ['LidiaH', 'Usage Summary Reports Reader'],
  ['LynneR', UXSM],
  ['MiriamG', 'Groups Administrator'],
  ['PattiF', 'Authentication Administrator'],
  ['DebraB', 'Privileged Authentication Administrator'],
  ['ChristieC', 'Privileged Role Administrator'],
  ['EnricoC', 'Exchange Administrator'],
];

const upnOf = (alias: string) => (alias === 'admin' ? 'admin@contoso.onmicrosoft.com' : `${alias}@contoso.com`);

/** Contoso with a holder of every role of the matrix, and the Finance group (PradeepG) made role-assignable. */
function matrixTenant(): Tenant {
  const contoso = createContosoTenant();
  const ids = new Map(EXTRA_ROLES.map(([alias]) => [alias, findUserByUserPrincipalName(contoso, upnOf(alias))!.id]));
  const finance = findEntity(contoso.directory.groups, (group) => group.displayName === 'Finance')!;
  return produce(contoso, (draft) => {
    EXTRA_ROLES.forEach(([alias, role], index) => {
      putEntity(draft.roles.roleAssignments, {
        id: `00000000-0000-4000-8000-${index.toString().padStart(12, '0')}`,
        principalId: ids.get(alias)!,
        roleDefinitionId: roleTemplateByName(role)?.id ?? role,
        directoryScopeId: '/',
        createdDateTime: draft.clock.now,
      });
    });
    getById(draft.directory.groups, finance.id)!.isAssignableToRole = true;
  });
}

/** The targets, one per row of Entra's tables, in the order the expectations below list them. */
const TARGETS = [
  ['no admin role', 'GradyA'],
  ['Directory Readers', 'HenriettaM'],
  ['Guest Inviter', 'IsaiahL'],
  ['Password Administrator', 'JohannaL'],
  ['Message Center Reader', 'JoniS'],
  ['Reports Reader', 'LeeG'],
  ['Usage Summary Reports Reader', 'LidiaH'],
  ['User Experience Success Manager', 'LynneR'],
  ['Helpdesk Administrator', 'AllanD'],
  ['Groups Administrator', 'MiriamG'],
  ['User Administrator', 'NestorW'],
  ['Authentication Administrator', 'PattiF'],
  ['Global Administrator', 'admin'],
  ['Privileged Authentication Administrator', 'DebraB'],
  ['Privileged Role Administrator', 'ChristieC'],
  ['any other role (Exchange Administrator)', 'EnricoC'],
  ['member of a role-assignable group', 'PradeepG'],
] as const;

/**
 * privileged-roles-permissions.md, "Who can reset passwords": columns Password Admin (MeganB),
 * Helpdesk Admin (AllanD), Auth Admin (AdeleV), User Admin (NestorW), Privileged Auth Admin
 * (AlexW), Global Admin (admin); one string per target row above.
 */
const PASSWORD_RESET = {
  actors: ['MeganB', 'AllanD', 'AdeleV', 'NestorW', 'AlexW', 'admin'],
  rows: ['YYYYYY', 'YYYYYY', 'YYYYYY', 'YYYYYY', '-YYYYY', '-YYYYY', '-YYYYY', '-YYYYY', '-Y-YYY', '---YYY', '---YYY', '--Y-YY', '----YY', '----YY', '----YY', '----YY', '----YY'],
};

/** "Who can perform sensitive actions": columns Auth Admin, User Admin, Privileged Auth Admin, Global Admin. */
const SENSITIVE_ACTIONS = {
  actors: ['AdeleV', 'NestorW', 'AlexW', 'admin'],
  rows: ['YYYY', 'YYYY', 'YYYY', 'YYYY', 'YYYY', 'YYYY', 'YYYY', 'YYYY', '-YYY', '-YYY', '-YYY', 'Y-YY', '--YY', '--YY', '--YY', '--YY', '--YY'],
};

describe('the sensitive-actions matrix', () => {
  const tenant = matrixTenant();
  const idOf = (alias: string) => findUserByUserPrincipalName(tenant, upnOf(alias))!.id;

  for (const [action, table] of [
    ['passwordReset', PASSWORD_RESET],
    ['sensitiveAction', SENSITIVE_ACTIONS],
  ] as [SensitiveAction, typeof PASSWORD_RESET][]) {
    describe(action, () => {
      table.actors.forEach((actor, column) => {
        it(`lets ${actor} act exactly on the rows Entra's table ticks`, () => {
          const expected = TARGETS.map(([row], index) => `${row}: ${table.rows[index]![column] === 'Y'}`);
          const actual = TARGETS.map(([row, alias]) => `${row}: ${mayPerform(tenant, signedInAs(idOf(actor)), idOf(alias), action)}`);
          expect(actual).toEqual(expected);
        });
      });
    });
  }

  it('lets roles without a column, such as the License Administrator, reach only users with no admin role', () => {
    const emily = signedInAs(idOf('EmilyB'));
    expect(mayPerform(tenant, emily, idOf('GradyA'), 'sensitiveAction')).toBe(true);
    expect(mayPerform(tenant, emily, idOf('HenriettaM'), 'sensitiveAction')).toBe(false);
    expect(mayPerform(tenant, emily, idOf('PradeepG'), 'passwordReset')).toBe(false);
  });

  it('lets the directory service itself act on anyone', () => {
    expect(mayPerform(tenant, SYSTEM_ACTOR, idOf('admin'), 'sensitiveAction')).toBe(true);
  });
});

describe('the matrix in the commands', () => {
  const DENIED = 'Insufficient privileges to complete the operation.';

  it("keeps an Authentication Administrator from blocking a User Administrator but lets them block a Reports Reader", () => {
    const lab = new TestTenant(matrixTenant()).signInAs('AdeleV@contoso.com');
    lab.expectRejected({ type: 'user.setAccountEnabled', userId: lab.userId('NestorW@contoso.com'), accountEnabled: false }, 'InsufficientPrivileges', DENIED);
    lab.run({ type: 'user.setAccountEnabled', userId: lab.userId('LeeG@contoso.com'), accountEnabled: false });
  });

  it("keeps a Password Administrator from resetting a Helpdesk Administrator's password", () => {
    const lab = new TestTenant(matrixTenant()).signInAs('MeganB@contoso.com');
    lab.expectRejected({ type: 'user.resetPassword', userId: lab.userId('AllanD@contoso.com'), forceChangePasswordNextSignIn: true }, 'InsufficientPrivileges', DENIED);
    lab.run({ type: 'user.resetPassword', userId: lab.userId('JohannaL@contoso.com'), forceChangePasswordNextSignIn: true });
  });

  it("lets a Privileged Authentication Administrator reset a Global Administrator's password", () => {
    const lab = new TestTenant(matrixTenant()).signInAs('AlexW@contoso.com');
    lab.run({ type: 'user.resetPassword', userId: lab.userId('admin@contoso.onmicrosoft.com'), password: 'Blue-Harbour-77', forceChangePasswordNextSignIn: true });
  });

  it("guards the self-service reset contact fields of a Global Administrator, not their other details", () => {
    const lab = new TestTenant().signInAs('NestorW@contoso.com');
    const admin = lab.userId('admin@contoso.onmicrosoft.com');
    lab.run({ type: 'user.update', userId: admin, changes: { jobTitle: 'Chief Admin' } });
    for (const changes of [{ mobilePhone: '+1 555 0100' }, { businessPhones: ['+1 555 0101'] }, { otherMails: ['root@outlook.com'] }]) {
      lab.expectRejected({ type: 'user.update', userId: admin, changes }, 'InsufficientPrivileges', DENIED);
    }
    lab.run({ type: 'user.update', userId: lab.userId('MeganB@contoso.com'), changes: { mobilePhone: '+1 555 0102' } });
  });

  it('protects members of role-assignable groups from a User Administrator', () => {
    const lab = new TestTenant(matrixTenant()).signInAs('NestorW@contoso.com');
    lab.expectRejected({ type: 'user.delete', userId: lab.userId('PradeepG@contoso.com') }, 'InsufficientPrivileges', DENIED);
    lab.signInAs('admin@contoso.onmicrosoft.com').run({ type: 'user.delete', userId: lab.userId('PradeepG@contoso.com') });
  });
});
