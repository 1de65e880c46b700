import { Button, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { USER_COLUMNS, type UserColumnId } from '../grid/user-columns';
import { PaneFrame } from '../../../../../kit/PaneFrame';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export interface ChooseColumnsPaneProps {
  readonly columns: readonly UserColumnId[];
  readonly onSave: (columns: readonly UserColumnId[]) => void;
  readonly onClose: () => void;
}

/** "Choose columns": the list's columns, Display name always shown. */
export function ChooseColumnsPane({ columns, onSave, onClose }: ChooseColumnsPaneProps) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<ReadonlySet<UserColumnId>>(() => new Set(columns));
  const toggle = (id: UserColumnId, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  return (
    <PaneFrame
      title="Choose columns"
      onClose={onClose}
      footer={
        <>
          <Button appearance="primary" onClick={() => onSave(USER_COLUMNS.map((column) => column.id).filter((id) => chosen.has(id)))}>
            Save
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </>
      }
    >
      <Text>Choose the columns you want to see in the list of active users.</Text>
      <div className={styles.list} role="group" aria-label="Columns">
        {USER_COLUMNS.map((column) => (
          <Checkbox
            key={column.id}
            label={column.label}
            checked={chosen.has(column.id)}
            disabled={column.id === 'displayName'}
            onChange={(_event, data) => toggle(column.id, data.checked === true)}
          />
        ))}
      </div>
    </PaneFrame>
  );
}
