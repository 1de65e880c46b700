import { roleTemplateByName, skuByPartNumber } from '../../tenant/catalog';
import { getById } from '../../tenant/collection';
import type { Group, User } from '../../tenant/model';
import { findObjects, nameText } from '../objects';
import type { That } from '../schema';
import { elementsOf, type Elements } from './collections';
import { asCount, listNames, outcome, type CheckOf, type Evaluator, type GradingContext, type Outcome } from './context';
import { licenseStates } from './licenses';
import { effectiveHolders, scopesOf } from './roles';
import { propertyLabel } from '../labels';
import { matchesWhere, whereText } from './where';

type Test = (entity: object) => boolean;

const HOLDING = new Set(['Active', 'ActiveWithError']);

/**
 * The element test a `that` describes, resolved once per grade (group members, role holders) so
 * each element costs a few look-ups. With the full and the hint-safe description of it.
 */
function compileThat(context: GradingContext, that: That, elements: Elements): { test: Test; describe: string; candidates: readonly string[] | null } | Outcome {
  const tests: Test[] = [];
  // The ids any satisfying element must be among, when a condition names a set: the smallest one.
  let candidates: readonly string[] | null = null;
  const narrow = (ids: Iterable<string>) => {
    const list = [...ids];
    if (candidates === null || list.length < candidates.length) candidates = list;
  };
  const parts: string[] = [];
  const relational = that.holdsLicense !== undefined || that.memberOf !== undefined || that.ownerOf !== undefined || that.holdsRole !== undefined;
  if (relational && !elements.users) return outcome(false, `${elements.label} are not users, so only has: applies to them`);
  if (that.has) {
    const has = that.has;
    tests.push((entity) => matchesWhere(entity, has));
    parts.push(`have${whereText(has, (property) => propertyLabel(elements.users ? 'user' : 'other', property)).replace(/^ with/, '')}`);
  }
  if (that.holdsLicense) {
    const { sku: partNumber, via = that.holdsLicense.group !== undefined ? 'group' : 'any', group } = that.holdsLicense;
    const sku = skuByPartNumber(partNumber);
    if (!sku) return outcome(false, `${partNumber} is not a product in the catalogue`);
    const groupIds = group === undefined ? null : new Set(findObjects(context.final, { group }, context.start).map((object) => object.entity.id));
    tests.push((entity) =>
      licenseStates(entity as User, sku.skuId).some(
        (state) => HOLDING.has(state.state) && (via === 'any' || (via === 'direct' ? state.assignedByGroup === null : state.assignedByGroup !== null && (groupIds === null || groupIds.has(state.assignedByGroup)))),
      ),
    );
    const how = group !== undefined ? ` through the group ${nameText(group)}` : via === 'direct' ? ' directly' : via === 'group' ? ' through a group' : '';
    parts.push(`hold ${sku.displayName}${how}`);
  }
  for (const relation of ['memberOf', 'ownerOf'] as const) {
    const name = that[relation];
    if (name === undefined) continue;
    const groups = findObjects(context.final, { group: name }, context.start).filter((object) => object.kind === 'group').map((object) => object.entity as Group);
    const ids = new Set(groups.flatMap((group) => (relation === 'memberOf' ? group.memberIds : group.ownerIds)));
    narrow(ids);
    tests.push((entity) => ids.has((entity as { id: string }).id));
    parts.push(`${relation === 'memberOf' ? 'belong to' : 'own'} ${nameText(name)}`);
  }
  if (that.holdsRole) {
    const role = roleTemplateByName(that.holdsRole.role);
    if (!role) return outcome(false, `${that.holdsRole.role} is not a built-in role`);
    const scoped = scopesOf(context, that.holdsRole.scope);
    if ('passed' in scoped) return scoped;
    const holders = effectiveHolders(context.final, role.id, scoped.scopes, that.holdsRole.assignment ?? 'active');
    narrow(holders.keys());
    tests.push((entity) => holders.has((entity as { id: string }).id));
    parts.push(`hold ${role.displayName}${scoped.where}`);
  }
  return { test: (entity) => tests.every((test) => test(entity)), describe: parts.join(' and '), candidates };
}

type Quantifier = 'every' | 'none' | 'atLeast' | 'exactly';

/** every, none, atLeast and exactly over a filtered set: how many elements satisfy `that`, against what the kind requires. */
function quantifier<K extends Quantifier>(kind: K): Evaluator<K> {
  return (given, context) => {
    const check = given as CheckOf<Quantifier>;
    const elements = elementsOf(context, check.collection, check.where);
    if ('passed' in elements) return elements;
    const { that } = check;
    const label = elements.label.replace(/^the /, '');
    if (that === undefined) return countOutcome(kind, asCount((check as CheckOf<'atLeast'>).count) ?? 0, elements.size, elements.size, label, '', [], 0);
    const compiled = compileThat(context, that, elements);
    if ('passed' in compiled) return compiled;
    let total = 0;
    let satisfying = 0;
    const offenders: string[] = [];
    const nameOf = (entity: object) => (entity as { displayName?: string; id: string }).displayName ?? (entity as { id: string }).id;
    const { candidates } = compiled;
    if (candidates !== null && elements.has) {
      // Start from the small set the condition names, rather than walk every user of the tenant.
      total = elements.size;
      for (const id of candidates) {
        const user = elements.has(id) ? getById(context.final.directory.users, id) : undefined;
        if (!user || !compiled.test(user)) continue;
        satisfying += 1;
        if (kind === 'none' && offenders.length <= 5) offenders.push(user.displayName);
      }
    }
    // Names of elements that fall short are needed only when the check fails.
    const walk = candidates === null || !elements.has || (kind === 'every' && satisfying < total);
    if (walk) {
      total = 0;
      satisfying = 0;
      offenders.length = 0;
      for (const chunk of elements.chunks()) {
        for (const entity of chunk) {
          total += 1;
          const satisfies = compiled.test(entity);
          if (satisfies) satisfying += 1;
          if (satisfies === (kind === 'none') && offenders.length <= 5) offenders.push(nameOf(entity));
        }
      }
    }
    const wanted = kind === 'every' || kind === 'none' ? 0 : (asCount((check as CheckOf<'atLeast'>).count) ?? 0);
    return countOutcome(kind, wanted, total, satisfying, label, compiled.describe, offenders, kind === 'none' ? satisfying : total - satisfying);
  };
}

function countOutcome(kind: Quantifier, wanted: number, total: number, satisfying: number, label: string, condition: string, offenders: readonly string[], offending = offenders.length): Outcome {
  const named = offending > offenders.length ? `${offenders.slice(0, 5).join(', ')} and ${offending - 5} more` : listNames(offenders);
  const of = `${satisfying} of the ${total} ${label}`;
  const doThat = condition ? ` ${condition}` : '';
  switch (kind) {
    case 'every':
      return satisfying === total
        ? outcome(true, total === 0 ? `there are no ${label}` : `all ${total} ${label}${doThat}`)
        : outcome(false, `${total - satisfying} of the ${total} ${label} do not${doThat}: ${named}`, `${total - satisfying} of the ${total} ${label} do not yet meet this check: ${named}`);
    case 'none':
      return satisfying === 0
        ? outcome(true, `none of the ${total} ${label}${doThat}`)
        : outcome(false, `${of}${doThat}: ${named}`, `${satisfying} of the ${total} ${label} should not: ${named}`);
    case 'atLeast':
      return satisfying >= wanted
        ? outcome(true, `${of}${doThat}`)
        : outcome(false, `${of}${doThat}; expected at least ${wanted}`, `${of} meet this check; more should`);
    case 'exactly':
      return satisfying === wanted
        ? outcome(true, `${of}${doThat}`)
        : outcome(false, `${of}${doThat}; expected exactly ${wanted}`, `${of} meet this check; that is ${satisfying > wanted ? 'too many' : 'too few'}`);
  }
}

export const every = quantifier('every');
export const none = quantifier('none');
export const atLeast = quantifier('atLeast');
export const exactly = quantifier('exactly');
