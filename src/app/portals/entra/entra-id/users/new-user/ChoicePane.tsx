import { Button, Checkbox, Radio, RadioGroup, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { SidePane } from '../../../../../kit/SidePane';

export interface Choice {
  readonly id: string;
  readonly label: string;
  readonly detail?: string;
}

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The pane Assignments opens for "+ Add group", "+ Add role" and "+ Add administrative unit": a
 * search and the choices, up to `max` of them (one, as radio buttons, for an administrative unit).
 */
export function ChoicePane({
  title,
  choices,
  chosen,
  max,
  onSelect,
  onClose,
}: {
  readonly title: string;
  readonly choices: readonly Choice[];
  readonly chosen: readonly string[];
  readonly max: number;
  readonly onSelect: (ids: string[]) => void;
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<readonly string[]>(chosen);
  const needle = query.trim().toLowerCase();
  const shown = choices.filter((choice) => !needle || choice.label.toLowerCase().includes(needle));
  const toggle = (id: string, on: boolean) => setPicked(on ? [...picked, id] : picked.filter((each) => each !== id));
  return (
    <SidePane
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button appearance="primary" onClick={() => onSelect([...picked])}>
            Select
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </>
      }
    >
      <SearchBox placeholder="Search" aria-label={`Search ${title.toLowerCase()}`} value={query} onChange={(_, data) => setQuery(data.value)} />
      {max > 1 && <Text className={styles.muted}>{`${picked.length} selected (up to ${max})`}</Text>}
      {shown.length === 0 && <Text className={styles.muted}>No results.</Text>}
      {max === 1 ? (
        <RadioGroup aria-label={title} value={picked[0] ?? ''} onChange={(_, data) => setPicked([data.value])}>
          {shown.map((choice) => (
            <Radio key={choice.id} value={choice.id} label={choice.label} />
          ))}
        </RadioGroup>
      ) : (
        <div className={styles.list} role="group" aria-label={title}>
          {shown.map((choice) => {
            const on = picked.includes(choice.id);
            return (
              <Checkbox
                key={choice.id}
                label={choice.detail ? `${choice.label} (${choice.detail})` : choice.label}
                checked={on}
                disabled={!on && picked.length >= max}
                onChange={(_, data) => toggle(choice.id, data.checked === true)}
              />
            );
          })}
        </div>
      )}
    </SidePane>
  );
}
