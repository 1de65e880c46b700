import { isCommandType } from '../tenant/commands';
import type { Check, CollectionRef, ItemRef, ScenarioFile, Step, VariableDefinition } from './schema';
import { unknownCommandMessage } from './steps';
import type { Problem } from './template';

type Path = readonly (string | number)[];

/** What a collection holds, so a check cannot look for a license among users. */
function itemKindsOf(collection: CollectionRef): readonly (keyof ItemRef)[] {
  switch (collection) {
    case 'users':
    case 'guests':
      return ['user', 'guest'];
    case 'deletedUsers':
      return ['user', 'deletedUser'];
    case 'groups':
      return ['group'];
    case 'deletedGroups':
      return ['group', 'deletedGroup'];
    case 'administrativeUnits':
      return ['administrativeUnit'];
    case 'contacts':
      return ['contact'];
    case 'domains':
      return ['domain'];
  }
  if ('licensesOf' in collection) return ['sku'];
  if ('roleHolders' in collection) return ['user'];
  if ('membersOfAdministrativeUnit' in collection) return ['user', 'group'];
  return ['user', 'group', 'contact', 'guest'];
}

function checkRules(check: Check, path: Path, scenario: ScenarioFile): Problem[] {
  const problems: Problem[] = [];
  const at = (...keys: (string | number)[]) => [...path, ...keys];
  if (check.skillArea && !scenario.skillAreas.includes(check.skillArea)) {
    problems.push({ path: at('skillArea'), message: `'${check.skillArea}' is not one of the scenario's skillAreas (${scenario.skillAreas.join(', ')})` });
  }
  switch (check.kind) {
    case 'property':
      if (check.ignoreCase !== undefined && check.changed !== undefined) {
        problems.push({ path: at('ignoreCase'), message: 'changed compares with the start exactly, so ignoreCase would be ignored; drop it' });
      }
      break;
    case 'count':
    case 'every':
    case 'none':
    case 'atLeast':
    case 'exactly':
      if (typeof check.collection === 'object' && 'licensesOf' in check.collection) {
        if (check.where) problems.push({ path: at('where'), message: 'licenses cannot be filtered with where; count them, or use holdsLicense' });
        if (check.kind !== 'count' && check.that) problems.push({ path: at('that'), message: 'licenses have no relations to test; quantify over users with that: { holdsLicense: … } instead' });
      }
      break;
    case 'contains':
    case 'excludes': {
      const kinds = itemKindsOf(check.collection);
      const [kind] = Object.keys(check.item) as (keyof ItemRef)[];
      if (!kinds.includes(kind!)) {
        problems.push({ path: at('item', kind!), message: `this collection holds ${kinds.map((name) => `{ ${name}: … }`).join(' or ')}, not { ${kind}: … }` });
      }
      break;
    }
    case 'holdsRole':
      if ((check.user === undefined) === (check.group === undefined)) {
        problems.push({ path: check.user === undefined ? path : at('group'), message: 'name the principal with exactly one of user or group' });
      }
      break;
    case 'holdsLicense':
    case 'planDisabled':
      if ((check.user === undefined) === (check.licensedGroup === undefined)) {
        problems.push({ path: check.user === undefined ? path : at('licensedGroup'), message: 'name the holder with exactly one of user or licensedGroup' });
      }
      if (check.kind === 'holdsLicense') problems.push(...licenseRules(check, at));
      break;
    default:
      break;
  }
  return problems;
}

/** holdsLicense fields that would be ignored in combination: refused rather than silently dropped. */
function licenseRules(check: Extract<Check, { kind: 'holdsLicense' }>, at: (...keys: (string | number)[]) => Path): Problem[] {
  const problems: Problem[] = [];
  if (check.licensedGroup !== undefined) {
    for (const key of ['via', 'group'] as const) {
      if (check[key] !== undefined) problems.push({ path: at(key), message: `${key} says how a user holds a license; a group's own license is assigned to it directly, so drop ${key}` });
    }
    return problems;
  }
  if (check.group !== undefined && check.via !== undefined && check.via !== 'group') {
    const group = typeof check.group === 'string' ? check.group : check.group.atStart;
    problems.push({ path: at('via'), message: `a license from the group ${group} cannot be assigned ${check.via === 'direct' ? 'directly' : 'any way'}; drop via or set it to group` });
  }
  return problems;
}

function variableRules(name: string, definition: VariableDefinition): Problem[] {
  const path = ['variables', name];
  if ('integer' in definition) {
    return definition.integer.min > definition.integer.max ? [{ path: [...path, 'integer', 'max'], message: `max (${definition.integer.max}) is below min (${definition.integer.min})` }] : [];
  }
  const pool = 'pick' in definition ? definition.pick : definition.sample.from;
  const poolPath = 'pick' in definition ? [...path, 'pick'] : [...path, 'sample', 'from'];
  const problems: Problem[] = [];
  if ('sample' in definition && definition.sample.count > pool.length) {
    problems.push({ path: [...path, 'sample', 'count'], message: `count ${definition.sample.count} is more than the ${pool.length} values in the pool` });
  }
  const shapeOf = (value: unknown) => (value !== null && typeof value === 'object' ? `a record of ${Object.keys(value).sort().join(', ')}` : `a ${typeof value}`);
  const first = shapeOf(pool[0]);
  pool.forEach((value, index) => {
    if (shapeOf(value) !== first) problems.push({ path: [...poolPath, index], message: `every value in a pool has the shape of the first, ${first}; this is ${shapeOf(value)}` });
  });
  return problems;
}

function stepRules(steps: readonly Step[] | undefined, path: Path): Problem[] {
  return (steps ?? []).flatMap((step, index) => (isCommandType(step.type) ? [] : [{ path: [...path, index, 'type'], message: unknownCommandMessage(step.type) }]));
}

/** Rules the schema cannot express: unique ids, consistent pools, commands that exist. (Declared sums need the start: see the loader.) */
export function scenarioRules(scenario: ScenarioFile): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  scenario.checks.forEach((check, index) => {
    if (seen.has(check.id)) problems.push({ path: ['checks', index, 'id'], message: `the id '${check.id}' is already used by checks[${seen.get(check.id)}]` });
    else seen.set(check.id, index);
    problems.push(...checkRules(check, ['checks', index], scenario));
  });
  for (const [name, definition] of Object.entries(scenario.variables ?? {})) problems.push(...variableRules(name, definition));
  problems.push(...stepRules(scenario.start.setup, ['start', 'setup']), ...stepRules(scenario.solution, ['solution']));
  scenario.alternativeSolutions?.forEach((other, index) => problems.push(...stepRules(other.steps, ['alternativeSolutions', index, 'steps'])));
  const total = scenario.checks.reduce((sum, check) => sum + check.points, 0);
  scenario.wrongAttempts?.forEach((attempt, index) => {
    const path = ['wrongAttempts', index];
    problems.push(...stepRules(attempt.steps, [...path, 'steps']));
    if (attempt.expectedPoints >= total) {
      problems.push({ path: [...path, 'expectedPoints'], message: `a wrong attempt scores less than the ${total} points available` });
    }
    const failing = attempt.expectedFailing ?? [];
    failing.forEach((id, position) => {
      if (!seen.has(id)) problems.push({ path: [...path, 'expectedFailing', position], message: `no check has the id '${id}'` });
    });
  });
  return problems;
}
