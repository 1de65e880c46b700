import { compareValues, valuesEqual } from '../../runtime/comparison';
import { isTruthy, numberOrNull, toText } from '../../runtime/conversion';
import { PSCustomObject, PSHashtable, PSObject, type PSValue } from '../../runtime/values';
import type { CmdletDefinition } from '../types';
import { propertyArguments, propertySpecs } from './properties';

export const sortObject: CmdletDefinition = {
  name: 'Sort-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.SortObjectCommand',
  synopsis: 'Sorts objects by property values.',
  description: 'The Sort-Object cmdlet sorts objects in ascending or descending order based on object property values. Text sorts without regard to case unless -CaseSensitive is given.',
  parameters: [
    { name: 'InputObject', type: 'object', pipeline: true, description: 'To sort objects, send them down the pipeline to Sort-Object.' },
    { name: 'Property', type: 'object[]', position: 0, description: 'Specifies the property names that Sort-Object uses to sort the objects. Wildcards and hash tables with Expression and Descending keys are permitted.' },
    { name: 'Descending', type: 'switch', description: 'Indicates that Sort-Object sorts the objects in descending order.' },
    { name: 'Unique', type: 'switch', description: 'Indicates that Sort-Object eliminates duplicates and returns only the unique members of the collection.' },
    { name: 'CaseSensitive', type: 'switch', description: 'Indicates that the sort is case-sensitive.' },
    { name: 'Top', type: 'int', description: 'Specifies the number of objects to get from the start of a sorted object array.' },
    { name: 'Bottom', type: 'int', description: 'Specifies the number of objects to get from the end of a sorted object array.' },
  ],
  examples: [{ code: 'Get-MgUser -All -Property DisplayName,Department | Sort-Object Department, DisplayName', remarks: 'Sorts users by department, then by name.' }],
  *run(context) {
    const items = context.parameters.has('InputObject') ? [context.parameters.get('InputObject') ?? null] : [...context.input];
    const descending = context.parameters.switch('Descending');
    const caseSensitive = context.parameters.switch('CaseSensitive');
    const properties = propertyArguments(context);
    const specs = properties && items.length > 0 ? propertySpecs(context, properties, items[0]!) : [];
    const keyed: { item: PSValue; keys: PSValue[]; index: number }[] = [];
    for (const [index, item] of items.entries()) {
      yield* context.tick();
      const keys: PSValue[] = [];
      if (specs.length === 0) keys.push(item);
      for (const spec of specs) keys.push(yield* spec.read(context, item));
      keyed.push({ item, keys, index });
    }
    const direction = specs.map((spec) => {
      const option = spec.options?.get('Descending') ?? spec.options?.get('Ascending');
      if (spec.options?.has('Descending')) return isTruthy(option ?? null) ? -1 : 1;
      if (spec.options?.has('Ascending')) return isTruthy(option ?? null) ? 1 : -1;
      return descending ? -1 : 1;
    });
    if (direction.length === 0) direction.push(descending ? -1 : 1);
    keyed.sort((a, b) => {
      for (let k = 0; k < a.keys.length; k++) {
        const order = compareValues(a.keys[k]!, b.keys[k]!, caseSensitive, null) * direction[k]!;
        if (order !== 0) return order;
      }
      return a.index - b.index;
    });
    let sorted = keyed;
    if (context.parameters.switch('Unique')) sorted = keyed.filter((entry, i) => i === 0 || !entry.keys.every((key, k) => valuesEqual(key, keyed[i - 1]!.keys[k]!, caseSensitive)));
    const top = context.parameters.int('Top');
    const bottom = context.parameters.int('Bottom');
    if (top !== undefined) sorted = sorted.slice(0, top);
    if (bottom !== undefined) sorted = sorted.slice(Math.max(0, sorted.length - bottom));
    for (const entry of sorted) context.output(entry.item);
  },
};

export const measureObject: CmdletDefinition = {
  name: 'Measure-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.MeasureObjectCommand',
  synopsis: 'Calculates the numeric properties of objects, and the characters, words, and lines in string objects, such as files of text.',
  description: 'The Measure-Object cmdlet counts the objects piped to it, and with -Sum, -Average, -Maximum and -Minimum calculates those figures over a numeric property.',
  parameters: [
    { name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the objects to be measured.' },
    { name: 'Property', type: 'string[]', position: 0, description: 'Specifies one or more properties to measure.' },
    { name: 'Sum', type: 'switch', description: 'Indicates that the cmdlet displays the sum of the values of the specified properties.' },
    { name: 'Average', type: 'switch', description: 'Indicates that the cmdlet displays the average value of the specified properties.' },
    { name: 'Maximum', type: 'switch', description: 'Indicates that the cmdlet displays the maximum value of the specified properties.' },
    { name: 'Minimum', type: 'switch', description: 'Indicates that the cmdlet displays the minimum value of the specified properties.' },
  ],
  examples: [{ code: "Get-MgUser -All | Where-Object { $_.Country -eq 'Germany' } | Measure-Object", remarks: 'Counts the users in Germany.' }],
  *run(context) {
    const items = (context.parameters.has('InputObject') ? [context.parameters.get('InputObject') ?? null] : context.input).filter((item) => item !== null);
    const properties = context.parameters.strings('Property') ?? [null];
    const wanted = (name: string) => context.parameters.switch(name);
    for (const property of properties) {
      yield* context.tick();
      const values = property === null ? items : items.map((item) => (item instanceof PSObject ? item.get(property) : item instanceof PSHashtable ? item.get(property) : undefined));
      if (property !== null && items.length > 0 && values.every((value) => value === undefined)) {
        context.writeError({ message: `The property "${property}" cannot be found in the input for any objects.`, category: 'InvalidArgument', reason: 'PSArgumentException', fullyQualifiedErrorId: 'GenericMeasurePropertyNotFound' });
        continue;
      }
      const present = values.filter((value): value is PSValue => value !== undefined && value !== null);
      const numbers = present.map((value) => numberOrNull(value));
      const numeric = (wanted('Sum') || wanted('Average') || wanted('Maximum') || wanted('Minimum'));
      if (numeric && numbers.some((number) => number === null)) {
        const bad = present[numbers.indexOf(null)]!;
        context.writeError({ message: `Input object "${toText(bad)}" is not numeric.`, category: 'InvalidType', reason: 'PSInvalidOperationException', targetName: toText(bad), targetType: 'String', fullyQualifiedErrorId: 'NonNumericInputObject' });
        continue;
      }
      const valid = numbers as number[];
      const sum = valid.reduce((total, number) => total + number, 0);
      context.output(PSCustomObject.from({
        Count: present.length,
        Average: wanted('Average') && valid.length > 0 ? sum / valid.length : null,
        Sum: wanted('Sum') ? sum : null,
        Maximum: wanted('Maximum') && valid.length > 0 ? Math.max(...valid) : null,
        Minimum: wanted('Minimum') && valid.length > 0 ? Math.min(...valid) : null,
        Property: property,
      }, ['Microsoft.PowerShell.Commands.GenericMeasureInfo']));
    }
  },
};

export const groupObject: CmdletDefinition = {
  name: 'Group-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementation: 'Microsoft.PowerShell.Commands.GroupObjectCommand',
  synopsis: 'Groups objects that contain the same value for specified properties.',
  description: 'The Group-Object cmdlet displays objects in groups based on the value of a specified property. It returns a table with one row for each property value and a column that displays the number of items with that value.',
  parameters: [
    { name: 'InputObject', type: 'object', pipeline: true, description: 'Specifies the objects to group.' },
    { name: 'Property', type: 'object[]', position: 0, description: 'Specifies the properties for grouping.' },
    { name: 'NoElement', type: 'switch', description: 'Indicates that this cmdlet omits the members of a group from the results.' },
    { name: 'AsHashTable', type: 'switch', description: 'Indicates that this cmdlet returns the group as a hash table.' },
    { name: 'AsString', type: 'switch', description: 'Indicates that this cmdlet converts the hash table keys to strings.' },
    { name: 'CaseSensitive', type: 'switch', description: 'Indicates that this cmdlet makes the grouping case-sensitive.' },
  ],
  examples: [{ code: 'Get-MgUser -All -Property Department | Group-Object Department | Sort-Object Count -Descending', remarks: 'Counts users per department.' }],
  *run(context) {
    const items = context.parameters.has('InputObject') ? [context.parameters.get('InputObject') ?? null] : context.input;
    const properties = propertyArguments(context);
    const specs = properties && items.length > 0 ? propertySpecs(context, properties, items[0]!) : [];
    const caseSensitive = context.parameters.switch('CaseSensitive');
    const groups = new Map<string, { name: string; values: PSValue[]; items: PSValue[] }>();
    for (const item of items) {
      yield* context.tick();
      const values: PSValue[] = [];
      if (specs.length === 0) values.push(item);
      for (const spec of specs) values.push(yield* spec.read(context, item));
      const name = values.map((value) => toText(value)).join(', ');
      const key = caseSensitive ? name : name.toLowerCase();
      const group = groups.get(key) ?? { name, values, items: [] };
      group.items.push(item);
      groups.set(key, group);
    }
    if (context.parameters.switch('AsHashTable')) {
      const table = new PSHashtable();
      for (const group of groups.values()) table.set(group.name, group.items);
      context.output(table);
      return;
    }
    for (const group of groups.values()) {
      const info: Record<string, PSValue> = { Count: group.items.length, Name: group.name };
      if (!context.parameters.switch('NoElement')) info.Group = group.items;
      info.Values = group.values;
      context.output(PSCustomObject.from(info, ['Microsoft.PowerShell.Commands.GroupInfo']));
    }
  },
};
