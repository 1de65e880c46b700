import { z } from 'zod';
import { OBJECT_KIND_NAMES, OBJECT_KINDS, type ObjectKind } from './kinds';
import { SKILL_AREA_IDS } from './skills';

/**
 * The scenario file format, version 1. Everything an instructor writes is plain data: strings
 * may hold `{{variable}}` placeholders, checks are queries, and steps are tenant commands.
 * Objects are strict, so a misspelt key is an error rather than something silently ignored.
 * `schemas/scenario.schema.json` is generated from this file (`npm run scenario-schema`).
 */
export const SCENARIO_SCHEMA_VERSION = 1;

const Text = z.string().min(1, 'must not be empty');
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. onboard-a-user');
const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()], { error: 'expected a string, number, true, false or null' });

/** A whole-number field that may also be filled by one variable, e.g. `"{{seats}}"`. */
const Count = z.union([z.int().min(0), z.string().regex(/^\{\{[^{}]+\}\}$/)], {
  error: 'expected a whole number of 0 or more, or one variable such as "{{count}}"',
});


/**
 * A name as a check gives it: the object that has this name in the graded state, or with
 * `{ atStart: name }` the object that had it at the start, followed by id whatever became of it
 * (renamed, deleted, restored). That tells "rename Alex" from "create a new account called Alex".
 */
const Name = z
  .union([Text, z.strictObject({ atStart: Text.describe('The name the object had at the start.') })], {
    error: 'expected a name, or { atStart: name } for the object that had this name at the start',
  })
  .meta({ id: 'ScenarioName', description: 'A name, or { atStart: name }: the object that had this name at the start, followed whatever became of it.' });

function exactlyOneKey(kinds: readonly string[]) {
  return (ctx: z.core.ParsePayload<Record<string, unknown>>) => {
    if (Object.keys(ctx.value).length !== 1) {
      ctx.issues.push({ code: 'custom', message: `name exactly one of: ${kinds.join(', ')}`, input: ctx.value });
    }
  };
}

/**
 * Keys that name an object for a check, from the areas' object kinds: the kind and how it is
 * found. A kind that can be followed from the start takes `{ atStart: name }` too.
 */
const objectRefShape = Object.fromEntries(
  OBJECT_KIND_NAMES.map((kind) => [kind, (OBJECT_KINDS[kind].followable ? Name : Text).optional().describe(OBJECT_KINDS[kind].description)]),
) as { readonly [K in ObjectKind]: z.ZodOptional<typeof Name> };

const ObjectRef = z
  .strictObject(objectRefShape)
  .check(exactlyOneKey(OBJECT_KIND_NAMES))
  .meta({ id: 'ScenarioObjectRef', description: 'A directory object, named by exactly one of these keys.', minProperties: 1, maxProperties: 1 });
export type ObjectRef = z.infer<typeof ObjectRef>;

/** An element of a collection: a directory object, a license (by SKU) or a role (by name). */
const ItemRef = z
  .strictObject({
    ...ObjectRef.shape,
    sku: Text.optional().describe('A license by skuPartNumber, for licensesOf collections.'),
  })
  .check(exactlyOneKey([...OBJECT_KIND_NAMES, 'sku']))
  .meta({ id: 'ScenarioItemRef', description: 'An element of a collection, named by exactly one of these keys.', minProperties: 1, maxProperties: 1 });
export type ItemRef = z.infer<typeof ItemRef>;

const PropertyName = z.string().regex(/^[A-Za-z]+$/, 'expected a property name such as department');

/** One condition on a property value: a value (equal, ignoring case; null for "not set") or one comparison. */
const WhereCondition = z
  .union(
    [
      Scalar,
      z.strictObject({ equals: Scalar }),
      z.strictObject({ not: Scalar.describe('Anything but this value; not: null means the property is set.') }),
      z.strictObject({ in: z.array(Scalar).min(1).describe('One of these values.') }),
      z.strictObject({ notIn: z.array(Scalar).min(1).describe('None of these values.') }),
      z.strictObject({ startsWith: Text }),
      z.strictObject({ endsWith: Text }),
      z.strictObject({ contains: Text }),
      z.strictObject({ matches: Text.describe('A regular expression (RE2 syntax), ignoring case.') }),
    ],
    { error: 'expected a value, or one of { equals }, { not }, { in: [...] }, { notIn: [...] }, { startsWith }, { endsWith }, { contains }, { matches }' },
  )
  .meta({ id: 'ScenarioWhereCondition', description: 'A value the property must have (text ignores case, null means not set), or one comparison.' });
export type WhereCondition = z.infer<typeof WhereCondition>;

const Where = z.record(PropertyName, WhereCondition).describe('Only the elements whose properties meet every one of these conditions.');
export type Where = z.infer<typeof Where>;

const Scope = z
  .union([z.literal('tenant'), z.strictObject({ administrativeUnit: Name })], { error: 'expected tenant or { administrativeUnit: name }' })
  .describe('Where the role applies; omitted means at any scope.');

const AssignmentType = z
  .enum(['active', 'eligible', 'activated'])
  .describe('active (default): a standing assignment; eligible: a PIM eligible assignment; activated: an eligible role activated now.');

const RoleHolders = z
  .strictObject({ role: Text.describe('The role display name.'), scope: Scope.optional(), assignment: AssignmentType.optional() })
  .describe('The users who effectively hold the role: assigned it themselves or members of a role-assignable group assigned it.');

const TENANT_COLLECTIONS = ['users', 'guests', 'deletedUsers', 'groups', 'deletedGroups', 'administrativeUnits', 'contacts', 'domains'] as const;

const CollectionRef = z.union(
  [
    z.enum(TENANT_COLLECTIONS),
    z.strictObject({ membersOf: Name.describe('Members of the group with this display name.') }),
    z.strictObject({ ownersOf: Name.describe('Owners of the group with this display name.') }),
    z.strictObject({ membersOfAdministrativeUnit: Name.describe('Members of the administrative unit with this display name.') }),
    z.strictObject({ licensesOf: Name.describe('Licenses (by SKU) a user holds, by user name.') }),
    z.strictObject({ roleHolders: RoleHolders }),
  ],
  {
    error: `expected one of ${TENANT_COLLECTIONS.join(', ')}, or { membersOf: group }, { ownersOf: group }, { membersOfAdministrativeUnit: name }, { licensesOf: user }, { roleHolders: { role } }`,
  },
);
export type CollectionRef = z.infer<typeof CollectionRef>;

const Step = z
  .looseObject({
    type: z.string().regex(/^[a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)+$/, 'expected a command type such as user.create'),
  })
  .meta({
    id: 'ScenarioStep',
    description:
      'A tenant command. Ids may be given as references: { user: UPN }, { guest: email }, { group: name }, { administrativeUnit: name }, { administrativeUnitScope: name }, { contact: email }, { sku: skuPartNumber }, { servicePlan: name }, { role: name }, { domain: name }, { verificationTxt: domain }, { verificationMx: domain }.',
  });
export type Step = z.infer<typeof Step>;

const checkBase = {
  id: Slug.describe('Unique within the scenario; used in reports and wrongAttempts.'),
  points: z.int().min(1).max(100),
  pass: Text.describe('Shown when the check passes.'),
  fail: Text.describe('Shown when the check fails; the grader adds what it found.'),
  failHint: Text.optional().describe("What practice mode's Check my work says when the check fails, before Submit or the last hint: what is wrong, without the answer. Defaults to fail."),
  skillArea: z.enum(SKILL_AREA_IDS).optional().describe("The skill area the points count towards; defaults to the scenario's first."),
};

const negatable = { not: z.boolean().optional().describe('true: the relation must NOT hold.') };
const exceptList = z.array(ObjectRef).optional().describe('Objects the constraint does not apply to.');

const comparisons = ['equals', 'differs', 'matches', 'oneOf', 'changed'] as const;

const PropertyCheck = z
  .strictObject({
    ...checkBase,
    kind: z.literal('property'),
    object: ObjectRef,
    property: z.string().regex(/^[A-Za-z]+(?:\.[A-Za-z]+)?$/, 'expected a property name such as usageLocation'),
    equals: Scalar.optional(),
    differs: Scalar.optional(),
    matches: Text.optional().describe('A regular expression the value must match (safe subset: no back-references or nested quantifiers).'),
    oneOf: z.array(Scalar).min(1).optional(),
    changed: z.boolean().optional().describe('true: the value differs from the start; false: it is as at the start.'),
    ignoreCase: z.boolean().optional(),
  })
  .check((ctx) => {
    const given = comparisons.filter((key) => ctx.value[key] !== undefined);
    if (given.length !== 1) {
      ctx.issues.push({ code: 'custom', message: `give exactly one of: ${comparisons.join(', ')}`, input: ctx.value });
    }
  });

const CountCheck = z
  .strictObject({
    ...checkBase,
    kind: z.literal('count'),
    collection: CollectionRef,
    where: Where.optional(),
    equals: Count.optional(),
    atLeast: Count.optional(),
    atMost: Count.optional(),
  })
  .check((ctx) => {
    if (ctx.value.equals === undefined && ctx.value.atLeast === undefined && ctx.value.atMost === undefined) {
      ctx.issues.push({ code: 'custom', message: 'give equals, atLeast or atMost', input: ctx.value });
    }
  });

/** What each element of a quantified set must satisfy: every key given must hold. */
const That = z
  .strictObject({
    has: Where.optional().describe('Property conditions, as in where.'),
    holdsLicense: z
      .strictObject({ sku: Text, via: z.enum(['direct', 'group', 'any']).optional(), group: Name.optional().describe('The group it must come from; implies via: group.') })
      .optional(),
    memberOf: Name.optional().describe('A group the element is a direct member of.'),
    ownerOf: Name.optional().describe('A group the element owns.'),
    holdsRole: RoleHolders.optional().describe('A role the element effectively holds (directly or through a role-assignable group).'),
  })
  .check((ctx) => {
    if (Object.keys(ctx.value).length === 0) ctx.issues.push({ code: 'custom', message: 'give at least one of: has, holdsLicense, memberOf, ownerOf, holdsRole', input: ctx.value });
  })
  .meta({ id: 'ScenarioThat', description: 'What each element must satisfy; every key given must hold.' });
export type That = z.infer<typeof That>;

const quantified = { collection: CollectionRef, where: Where.optional() };

const Check = z.discriminatedUnion('kind', [
  z.strictObject({ ...checkBase, kind: z.literal('exists'), object: ObjectRef }),
  z.strictObject({ ...checkBase, kind: z.literal('notExists'), object: ObjectRef }),
  PropertyCheck,
  CountCheck,
  z.strictObject({ ...checkBase, kind: z.literal('contains'), collection: CollectionRef, item: ItemRef }),
  z.strictObject({ ...checkBase, kind: z.literal('excludes'), collection: CollectionRef, item: ItemRef }),
  z.strictObject({ ...checkBase, kind: z.literal('memberOf'), user: Name, group: Name, ...negatable }),
  z.strictObject({ ...checkBase, kind: z.literal('ownerOf'), user: Name, group: Name, ...negatable }),
  z.strictObject({
    ...checkBase,
    kind: z.literal('holdsLicense'),
    user: Name.optional().describe('The user who must (or must not) hold the license.'),
    licensedGroup: Name.optional().describe("A group as the holder instead of a user: the license is assigned to the group itself (group-based licensing)."),
    sku: Text.describe('skuPartNumber, e.g. SPE_E5'),
    via: z.enum(['direct', 'group', 'any']).optional().describe('How the license must be assigned (with not: how it must not be); default any.'),
    group: Name.optional().describe('The group it must come from (with not: must not come from); implies via: group.'),
    ...negatable,
  }),
  z.strictObject({
    ...checkBase,
    kind: z.literal('planDisabled'),
    user: Name.optional(),
    licensedGroup: Name.optional().describe("A group as the holder instead of a user: the plan is turned off in the license assigned to the group."),
    sku: Text,
    plan: Text.describe('servicePlanName, e.g. EXCHANGE_S_ENTERPRISE'),
    ...negatable,
  }),
  z.strictObject({
    ...checkBase,
    kind: z.literal('holdsRole'),
    user: Name.optional(),
    group: Name.optional().describe('A role-assignable group as the principal, instead of user.'),
    role: Text.describe('The role display name, e.g. Helpdesk Administrator.'),
    scope: Scope.optional(),
    assignment: AssignmentType.optional(),
    ...negatable,
  }),
  z.strictObject({ ...checkBase, kind: z.literal('managerIs'), user: Name, manager: Name.nullable() }),
  z.strictObject({
    ...checkBase,
    kind: z.literal('audit'),
    activity: Text.describe('The audit activity name, e.g. Add user.'),
    target: Text.optional().describe('A target by user name, display name or id.'),
    initiatedBy: Text.optional().describe('The user name of the admin who did it.'),
    result: z.enum(['success', 'failure']).optional(),
    occurred: z.boolean().optional().describe('false: the activity must not appear. Default true.'),
  }),
  z.strictObject({ ...checkBase, kind: z.literal('noRoleGained'), role: Text, except: exceptList }),
  z.strictObject({ ...checkBase, kind: z.literal('noneDeleted'), collection: z.enum(['users', 'groups', 'administrativeUnits', 'domains']), except: exceptList }),
  z.strictObject({ ...checkBase, kind: z.literal('licensesUnchanged'), except: exceptList }),
  z.strictObject({
    ...checkBase,
    kind: z.literal('unchanged'),
    collection: z.enum(['users', 'groups', 'domains']),
    property: z.string().regex(/^[A-Za-z]+(?:\.[A-Za-z]+)?$/),
    except: exceptList,
  }),
  z.strictObject({
    ...checkBase,
    kind: z.literal('signIn'),
    user: Name.describe('Who signs in, by user name (UPN).'),
    app: Text.describe('The cloud app, by display name (e.g. Office 365 Exchange Online) or app id.'),
    client: z.enum(['browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other']).optional().describe('The client app; default browser.'),
    platform: z.enum(['android', 'iOS', 'windows', 'windowsPhone', 'macOS', 'linux']).optional().describe('The device platform; omitted: not known.'),
    device: Text.optional().describe('A registered device the sign-in comes from, by name (for compliance and join type).'),
    ipAddress: Text.optional().describe('The IPv4 address signed in from.'),
    country: Text.optional().describe('The two-letter country the address is in.'),
    signInRisk: z.enum(['none', 'low', 'medium', 'high']).optional(),
    userRisk: z.enum(['none', 'low', 'medium', 'high']).optional(),
    gets: z
      .enum(['access', 'mfa', 'blocked'])
      .optional()
      .describe('What the sign-in gets now, as What If answers: access without further prompts, a multifactor prompt it can answer, or blocked.'),
    policy: Text.optional().describe('A Conditional Access policy by name whose result for this sign-in is checked.'),
    policyResult: z
      .enum(['success', 'failure', 'notApplied', 'notEnabled', 'reportOnlySuccess', 'reportOnlyFailure', 'reportOnlyNotApplied', 'reportOnlyInterrupted'])
      .optional()
      .describe("The policy's result, as the sign-in log's Conditional Access tab shows it."),
  }).check((ctx) => {
    if (ctx.value.gets === undefined && ctx.value.policy === undefined) ctx.issues.push({ code: 'custom', message: 'give gets, or policy and policyResult', input: ctx.value });
    if ((ctx.value.policy === undefined) !== (ctx.value.policyResult === undefined)) ctx.issues.push({ code: 'custom', message: 'give policy and policyResult together', input: ctx.value });
  }),
  z.strictObject({ ...checkBase, kind: z.literal('every'), ...quantified, that: That.describe('What every element must satisfy. An empty set passes.') }),
  z.strictObject({ ...checkBase, kind: z.literal('none'), ...quantified, that: That.describe('What no element may satisfy.') }),
  z.strictObject({ ...checkBase, kind: z.literal('atLeast'), ...quantified, count: Count, that: That.optional().describe('What the counted elements must satisfy; omitted: count the set.') }),
  z.strictObject({ ...checkBase, kind: z.literal('exactly'), ...quantified, count: Count, that: That.optional().describe('What the counted elements must satisfy; omitted: count the set.') }),
]).meta({ id: 'ScenarioCheck', description: 'One graded check: id, points, pass and fail texts, and one assertion chosen by kind.' });
export type Check = z.infer<typeof Check>;
export type CheckKind = Check['kind'];

export const CHECK_KINDS: readonly CheckKind[] = Check.options.map((option) => option.shape.kind.value);

const VariableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'variable names are letters, digits and _');
const PoolValue = z.union([z.string(), z.number(), z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.union([z.string(), z.number()]))], {
  error: 'expected a string, a number, or a map of field names to strings and numbers',
});

const Variable = z.union(
  [
    z.strictObject({ pick: z.array(PoolValue).min(1).describe('One value drawn from the pool.') }),
    z.strictObject({
      sample: z.strictObject({ count: z.int().min(1), from: z.array(PoolValue).min(1) }).describe('count distinct values drawn from the pool, in order: {{name.0}}, {{name.1}}…'),
    }),
    z.strictObject({ integer: z.strictObject({ min: z.int(), max: z.int() }).describe('A whole number between min and max, inclusive.') }),
  ],
  { error: 'expected { pick: [...] }, { sample: { count, from: [...] } } or { integer: { min, max } }' },
);
export type VariableDefinition = z.infer<typeof Variable>;
export type PoolValue = z.infer<typeof PoolValue>;

const WrongAttempt = z.strictObject({
  name: Text.describe('What this attempt gets wrong.'),
  steps: z.array(Step).describe('Run as the signed-in admin; rejected commands are kept, as in a real attempt.'),
  expectedPoints: z.int().min(0),
  expectedFailing: z.array(Slug).optional().describe('Exactly the checks that must fail.'),
});
export type WrongAttempt = z.infer<typeof WrongAttempt>;

const AlternativeSolution = z.strictObject({
  name: Text.describe('The other path to the right answer, e.g. "through a role-assignable group".'),
  steps: z.array(Step).min(1).describe('Commands, run as the signed-in admin, that must also score 100%.'),
});
export type AlternativeSolution = z.infer<typeof AlternativeSolution>;

export const ScenarioFile = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    id: Slug,
    title: Text,
    summary: Text,
    skillAreas: z.array(z.enum(SKILL_AREA_IDS)).min(1).describe('The MS-102 skill areas practised; the first is the main one.'),
    difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
    category: z.enum(['task', 'troubleshooting']).optional().describe('troubleshooting: the start is broken on purpose. Default task.'),
    expectedMinutes: z.int().min(1).max(240),
    signInAs: Text.describe('The user name (UPN) the learner signs in as.'),
    start: z.strictObject({
      fixture: z.enum(['contoso']).describe('The named starting tenant.'),
      setup: z.array(Step).optional().describe('Commands run by the service before the learner starts.'),
    }),
    variables: z.record(VariableName, Variable).optional(),
    task: Text.describe('What the learner is asked to do, in the Markdown subset the guide lists.'),
    hints: z.array(Text).optional(),
    checks: z.array(Check).min(1),
    solution: z.array(Step).min(1).describe('Commands, run as the signed-in admin, that must score 100%.'),
    alternativeSolutions: z.array(AlternativeSolution).optional().describe('Other right answers, by other paths: each must score 100% too, proving the checks accept them.'),
    wrongAttempts: z.array(WrongAttempt).optional(),
  })
  .meta({ title: 'Tenant Lab scenario', description: 'An instructor-authored task graded by the tenant’s final state.' });

export type ScenarioFile = z.infer<typeof ScenarioFile>;
