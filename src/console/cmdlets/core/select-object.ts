import { valuesEqual } from '../../runtime/comparison';
import { toText } from '../../runtime/conversion';
import { getMember } from '../../runtime/members';
import { PSCustomObject, PSObject, type PSValue } from '../../runtime/values';
import { wildcardMatch } from '../../runtime/wildcard';
import type { CmdletDefinition } from '../types';
import { propertyArguments, propertySpecs } from './properties';

function sameObject(a: PSValue, b: PSValue): boolean {
  if (a instanceof PSObject && b instanceof PSObject) {
    const names = a.propertyNames();
    return names.length === b.propertyNames().length && names.every((name) => valuesEqual(a.get(name) ?? null, b.get(name) ?? null, true));
  }
  return valuesEqual(a, b, true);
}

export const selectObject: CmdletDefinition = {
  name: 'Select-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.SelectObjectCommand',
  synopsis: 'Selects objects or object properties.',
  description: 'The Select-Object cmdlet selects specified properties of an object or set of objects. It can also select unique objects, a specified number of objects, or objects in a specified position in an array. A calculated property is a hash table with Name and Expression keys.',
  parameters: [
    { name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies objects to send to the cmdlet through the pipeline.' },
    { name: 'Property', type: 'object[]', position: 0, description: 'Specifies the properties to select. Wildcards and calculated properties are permitted.' },
    { name: 'ExcludeProperty', type: 'string[]', description: 'Specifies the properties that this cmdlet excludes from the operation.' },
    { name: 'ExpandProperty', type: 'string', description: 'Specifies a property to select, and indicates that an attempt should be made to expand that property.' },
    { name: 'First', type: 'int', description: 'Specifies the number of objects to select from the beginning of an array of input objects.' },
    { name: 'Last', type: 'int', description: 'Specifies the number of objects to select from the end of an array of objects.' },
    { name: 'Skip', type: 'int', description: 'Skips (doesn\'t select) the specified number of items.' },
    { name: 'Unique', type: 'switch', description: 'Specifies that if a subset of the input objects has identical properties and values, only a single member of the subset is selected.' },
    { name: 'Index', type: 'object[]', description: 'Selects objects from an array based on their index values.' },
  ],
  examples: [
    { code: 'Get-MgUser -All | Select-Object DisplayName, UserPrincipalName -First 5', remarks: 'Selects two properties of the first five users.' },
    { code: "Get-MgContext | Select-Object -ExpandProperty Scopes", remarks: 'Lists the scopes the session has consented to.' },
    { code: "Get-MgUser | Select-Object DisplayName, @{ Name = 'Upn'; Expression = { $_.UserPrincipalName } }", remarks: 'Adds a calculated property.' },
  ],
  *run(context) {
    let items = context.parameters.has('InputObject') ? [context.parameters.get('InputObject') ?? null] : [...context.input];
    const skip = context.parameters.int('Skip') ?? 0;
    if (skip > 0) items = items.slice(skip);
    const index = context.parameters.get('Index');
    if (index !== undefined) items = (Array.isArray(index) ? index : [index]).map((i) => items[Number(toText(i))] ?? null).filter((item) => item !== null);
    const first = context.parameters.int('First');
    const last = context.parameters.int('Last');
    if (first !== undefined || last !== undefined) {
      const head = first !== undefined ? items.slice(0, first) : [];
      const tail = last !== undefined ? items.slice(Math.max(first ?? 0, items.length - last)) : [];
      items = [...head, ...tail];
    }
    const propertyValues = propertyArguments(context);
    const excluded = context.parameters.strings('ExcludeProperty') ?? [];
    const expand = context.parameters.string('ExpandProperty');
    const results: PSValue[] = [];
    for (const item of items) {
      yield* context.tick();
      if (propertyValues) {
        const specs = propertySpecs(context, propertyValues, item).filter((spec) => !excluded.some((pattern) => wildcardMatch(pattern, spec.label)));
        const baseType = item instanceof PSObject ? item.typeName : 'System.Management.Automation.PSCustomObject';
        const selected = new PSCustomObject([`Selected.${baseType}`, 'System.Management.Automation.PSCustomObject']);
        for (const spec of specs) selected.add(spec.label, yield* spec.read(context, item));
        results.push(selected);
      } else if (expand !== undefined) {
        const value = getMember(item, expand);
        if (value === null && !(item instanceof PSObject && item.get(expand) !== undefined)) {
          context.writeError({ message: `Property "${expand}" cannot be found.`, category: 'InvalidArgument', reason: 'PSArgumentException', targetName: toText(item), targetType: 'PSObject', fullyQualifiedErrorId: 'ExpandPropertyNotFound', targetObject: item });
          continue;
        }
        if (Array.isArray(value)) results.push(...value);
        else if (value !== null) results.push(value);
      } else results.push(item);
    }
    const unique = context.parameters.switch('Unique') ? results.filter((item, i) => results.findIndex((other) => sameObject(other, item)) === i) : results;
    for (const item of unique) context.output(item);
  },
};
