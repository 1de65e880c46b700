import { Dropdown, Field, Option } from '@fluentui/react-components';

export interface Choice {
  readonly value: string;
  readonly text: string;
}

/** A labelled multi-select list (the portal's "Select" blades), announced with how many are chosen. */
export function MultiSelect({
  label,
  choices,
  selected,
  onChange,
  placeholder = 'None selected',
  hint,
}: {
  readonly label: string;
  readonly choices: readonly Choice[];
  readonly selected: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly placeholder?: string;
  readonly hint?: string;
}) {
  const texts = choices.filter((choice) => selected.includes(choice.value)).map((choice) => choice.text);
  return (
    <Field label={label} hint={hint}>
      <Dropdown multiselect placeholder={placeholder} value={texts.join(', ')} selectedOptions={[...selected]} onOptionSelect={(_, data) => onChange(data.selectedOptions)}>
        {choices.map((choice) => (
          <Option key={choice.value} value={choice.value}>
            {choice.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
