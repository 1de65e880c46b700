import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  SearchBox,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useDeferredValue, useId, useState } from 'react';
import { peopleSearchEqual, searchPeople, type PersonOption } from '../../../selectors/groups';
import { useTenant } from '../../../tenant-context';

/** How many results the list shows; the learner narrows the search for others. */
const SHOWN = 50;

const useStyles = makeStyles({
  surface: { maxWidth: '560px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  results: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '320px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXS,
  },
  person: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface PeoplePickerDialogProps {
  readonly title: string;
  /** The confirm button's label for the number chosen, e.g. `Add (2)` or `Select`. */
  readonly confirmLabel: (count: number) => string;
  /** People who can't be chosen again (the group's current owners or members). */
  readonly exclude?: ReadonlySet<string>;
  /** The most people one run may choose. */
  readonly max?: number;
  readonly onConfirm: (people: PersonOption[]) => void;
  readonly onDismiss: () => void;
}

/**
 * The portals' people picker: a "Search by name or email address" box over the directory's users,
 * ticked people collected until the learner confirms. Render it only while it is open, so every
 * opening starts empty.
 */
export function PeoplePickerDialog({ title, confirmLabel, exclude, max, onConfirm, onDismiss }: PeoplePickerDialogProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [chosen, setChosen] = useState<PersonOption[]>([]);
  const search = useTenant(
    useCallback((tenant) => searchPeople(tenant, deferredQuery, SHOWN), [deferredQuery]),
    peopleSearchEqual,
  );
  const resultsId = useId();
  const results = exclude ? search.results.filter((person) => !exclude.has(person.id)) : search.results;
  const full = max !== undefined && chosen.length >= max;

  const toggle = (person: PersonOption, checked: boolean) => {
    setChosen((current) => (checked ? [...current, person] : current.filter((other) => other.id !== person.id)));
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onDismiss()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label="Search by name or email address">
              <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} aria-controls={resultsId} />
            </Field>
            <Text className={styles.muted} aria-live="polite">
              {chosen.length === 0 ? 'No one selected' : `${chosen.length} selected${full ? ` (the most you can choose at once is ${max})` : ''}`}
            </Text>
            <div id={resultsId} role="group" aria-label="Search results" className={styles.results}>
              {results.length === 0 && <Text className={styles.muted}>No results match your search.</Text>}
              {results.map((person) => {
                const checked = chosen.some((other) => other.id === person.id);
                return (
                  <Checkbox
                    key={person.id}
                    checked={checked}
                    disabled={!checked && full}
                    onChange={(_, data) => toggle(person, data.checked === true)}
                    label={
                      <span className={styles.person}>
                        <span>{person.displayName}</span>
                        <span className={styles.muted}>{person.userPrincipalName}</span>
                      </span>
                    }
                  />
                );
              })}
              {search.more && <Text className={styles.muted}>More people match. Type more of a name or email address to narrow the list.</Text>}
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={chosen.length === 0} onClick={() => onConfirm(chosen)}>
              {confirmLabel(chosen.length)}
            </Button>
            <Button onClick={onDismiss}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
