import { Checkbox, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

export interface Choice {
  readonly value: string;
  readonly text: string;
}

const SHOWN = 30;

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  list: { display: 'flex', flexDirection: 'column', maxHeight: '200px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The portal's "Select" blades in place: a search box over the choices and a checkbox for each
 * match, the chosen ones first, so long directories stay usable by keyboard.
 */
export function MultiSelect({ label, choices, selected, onChange }: { readonly label: string; readonly choices: readonly Choice[]; readonly selected: readonly string[]; readonly onChange: (values: string[]) => void }) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const chosen = choices.filter((choice) => selected.includes(choice.value));
  const matches = choices.filter((choice) => !selected.includes(choice.value) && (!needle || choice.text.toLowerCase().includes(needle)));
  const toggle = (value: string, on: boolean) => onChange(on ? [...selected, value] : selected.filter((each) => each !== value));
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{label}</legend>
      <SearchBox size="small" placeholder="Search" aria-label={`Search ${label.toLowerCase()}`} value={query} onChange={(_, data) => setQuery(data.value)} />
      <div className={styles.list}>
        {[...chosen, ...matches.slice(0, SHOWN)].map((choice) => (
          <Checkbox key={choice.value} label={choice.text} checked={selected.includes(choice.value)} onChange={(_, data) => toggle(choice.value, data.checked === true)} />
        ))}
      </div>
      <Text size={200} className={styles.muted}>
        {selected.length === 0 ? 'None selected' : `${selected.length} selected`}
        {matches.length > SHOWN ? `; ${matches.length - SHOWN} more match, search to narrow them` : ''}
      </Text>
    </fieldset>
  );
}
