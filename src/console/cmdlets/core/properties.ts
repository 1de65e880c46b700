import { toText } from '../../runtime/conversion';
import { getMember } from '../../runtime/members';
import { PSHashtable, PSObject, ScriptBlockValue, type PSValue } from '../../runtime/values';
import { hasWildcards, wildcardMatch } from '../../runtime/wildcard';
import type { CmdletContext, Run } from '../types';

/**
 * A property a cmdlet reads from each input object: a name (`DisplayName`), a wildcard (`Disp*`)
 * or a calculated property (`@{ Name = 'Upn'; Expression = { $_.UserPrincipalName } }`).
 */
export interface PropertySpec {
  readonly label: string;
  readonly read: (context: CmdletContext, item: PSValue) => Run<PSValue>;
  /** Extra keys of a calculated property: Descending/Ascending for Sort-Object, Width/Alignment for Format-Table. */
  readonly options: PSHashtable | null;
}

/** A key given as any abbreviation of one of `names` (`e`, `Expr`, `Expression`). */
function entry(table: PSHashtable, ...names: string[]): PSValue | undefined {
  const key = table.keys().find((candidate) => names.some((name) => name.startsWith(candidate.toLowerCase())));
  return key === undefined ? undefined : table.get(key);
}

/** Reads the Name/Label and Expression keys of a calculated property, which PowerShell accepts abbreviated (n, l, e). */
function calculated(context: CmdletContext, table: PSHashtable): PropertySpec {
  const expression = entry(table, 'expression');
  const name = entry(table, 'name', 'label');
  if (expression === undefined) {
    context.fail({ message: 'The Expression key is missing from a calculated property (a hash table with Name and Expression).', category: 'InvalidArgument', fullyQualifiedErrorId: 'DictionaryKeyMissing', reason: 'NotSupportedException' });
  }
  const label = name !== undefined ? toText(name) : toText(expression);
  if (expression instanceof ScriptBlockValue) {
    return {
      label,
      read: function* (ctx, item) {
        const output = yield* ctx.invoke(expression, { dollarUnderscore: item });
        return output.length === 0 ? null : output.length === 1 ? output[0]! : output;
      },
      options: table,
    };
  }
  const property = toText(expression ?? null);
  // eslint-disable-next-line require-yield
  return { label, read: function* (_ctx, item) { return getMember(item, property); }, options: table };
}

/** The names an object's properties go by, for expanding wildcards. */
export function propertyNamesOf(item: PSValue): readonly string[] {
  if (item instanceof PSObject) return item.propertyNames();
  if (item instanceof PSHashtable) return item.keys();
  return [];
}

/** Turns -Property arguments into specs, expanding wildcards against the first object. */
export function propertySpecs(context: CmdletContext, values: readonly PSValue[], sample: PSValue): PropertySpec[] {
  const specs: PropertySpec[] = [];
  for (const value of values) {
    if (value instanceof PSHashtable) {
      specs.push(calculated(context, value));
      continue;
    }
    if (value instanceof ScriptBlockValue) {
      specs.push(calculated(context, PSHashtable.from({ Expression: value })));
      continue;
    }
    const name = toText(value);
    const names = hasWildcards(name) ? propertyNamesOf(sample).filter((candidate) => wildcardMatch(name, candidate)) : [name];
    for (const property of names) {
      // eslint-disable-next-line require-yield
      specs.push({ label: property, read: function* (_ctx, item) { return getMember(item, property); }, options: null });
    }
  }
  return specs;
}

/** The -Property argument as a list of values (names, hashtables, script blocks). */
export function propertyArguments(context: CmdletContext, name = 'Property'): PSValue[] | undefined {
  const value = context.parameters.get(name);
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value : [value];
}
