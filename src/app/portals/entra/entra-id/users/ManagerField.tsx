import { Combobox, Field, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { rowsEqual } from '../../../../../views/equality';
import { selectEntraUserRows } from '../../../../../views/entra-users';
import { useTenant } from '../../../../tenant-context';

/** How many people the Manager list offers at once; typing narrows it. */
const SHOWN = 20;

/** Job information's "Manager": a person from the directory, or none. `exclude` is the user being edited. */
export function ManagerField({ value, onChange, exclude, error }: { readonly value: string | null; readonly onChange: (id: string | null) => void; readonly exclude?: string; readonly error?: string }) {
  const users = useTenant(selectEntraUserRows, rowsEqual);
  const chosen = users.find((user) => user.id === value);
  const [query, setQuery] = useState(chosen?.displayName ?? '');
  const needle = query.trim().toLowerCase();
  const matching = users.filter((user) => user.id !== exclude && (!needle || user.displayName.toLowerCase().includes(needle) || user.userPrincipalName.toLowerCase().startsWith(needle)));
  return (
    <Field label="Manager" validationMessage={error}>
      <Combobox
        clearable
        placeholder="No manager selected"
        value={query}
        selectedOptions={value ? [value] : []}
        onChange={(event) => {
          setQuery(event.target.value);
          if (!event.target.value) onChange(null);
        }}
        onOptionSelect={(_, data) => {
          onChange(data.optionValue ?? null);
          setQuery(data.optionText ?? '');
        }}
      >
        {matching.slice(0, SHOWN).map((user) => (
          <Option key={user.id} value={user.id} text={user.displayName}>
            {`${user.displayName} (${user.userPrincipalName})`}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
