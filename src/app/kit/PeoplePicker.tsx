import { Button, Checkbox, Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useDeferredValue, useEffect, useId, useRef, useState, type Ref } from 'react';
import { peopleSearchEqual, searchPeople, type PersonOption } from '../../views/groups';
import { useTenant } from '../tenant-context';

/** How many results the list shows; the learner narrows the search for others. */
const SHOWN = 50;

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
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
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface PeoplePickerProps {
  readonly title: string;
  /** The confirm button's label for the number chosen, e.g. `Add (2)` or `Select`. */
  readonly confirmLabel: (count: number) => string;
  /** People who can't be chosen again (the group's current owners or members). */
  readonly exclude?: ReadonlySet<string>;
  /** The most people one run may choose. */
  readonly max?: number;
  readonly onConfirm: (people: PersonOption[]) => void;
  readonly onCancel: () => void;
}

/** The picker's state: the search, the people it finds and the people ticked so far. */
export function usePeoplePicker(max?: number) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [chosen, setChosen] = useState<PersonOption[]>([]);
  const search = useTenant(
    useCallback((tenant) => searchPeople(tenant, deferredQuery, SHOWN), [deferredQuery]),
    peopleSearchEqual,
  );
  return {
    query,
    setQuery,
    search,
    chosen,
    full: max !== undefined && chosen.length >= max,
    toggle(person: PersonOption, checked: boolean) {
      setChosen((current) => (checked ? [...current, person] : current.filter((other) => other.id !== person.id)));
    },
  };
}

export type PeoplePickerState = ReturnType<typeof usePeoplePicker>;

/** The search box and the list of people to tick. */
export interface PeopleSearchProps {
  readonly picker: PeoplePickerState;
  readonly exclude?: ReadonlySet<string>;
  readonly max?: number;
  readonly searchRef?: Ref<HTMLInputElement>;
}

export function PeopleSearch({ picker, exclude, max, searchRef }: PeopleSearchProps) {
  const styles = useStyles();
  const resultsId = useId();
  const results = exclude ? picker.search.results.filter((person) => !exclude.has(person.id)) : picker.search.results;
  const { chosen, full } = picker;
  return (
    <>
      <Field label="Search by name or email address">
        <SearchBox ref={searchRef} value={picker.query} onChange={(_, data) => picker.setQuery(data.value)} aria-controls={resultsId} />
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
              onChange={(_, data) => picker.toggle(person, data.checked === true)}
              label={
                <span className={styles.person}>
                  <span>{person.displayName}</span>
                  <span className={styles.muted}>{person.userPrincipalName}</span>
                </span>
              }
            />
          );
        })}
        {picker.search.more && <Text className={styles.muted}>More people match. Type more of a name or email address to narrow the list.</Text>}
      </div>
    </>
  );
}

/**
 * The portals' people picker as a panel inside a pane ("Assign owners" over the Add a group
 * wizard): a "Search by name or email address" box over the directory's users, ticked people
 * collected until the learner confirms. Render it only while it shows, so each opening starts
 * empty. Focus moves to its search box when it opens.
 */
export function PeoplePicker({ title, confirmLabel, exclude, max, onConfirm, onCancel }: PeoplePickerProps) {
  const styles = useStyles();
  const picker = usePeoplePicker(max);
  const headingId = useId();
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => search.current?.focus(), []);
  return (
    <section className={styles.picker} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {title}
      </h3>
      <PeopleSearch picker={picker} exclude={exclude} max={max} searchRef={search} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={picker.chosen.length === 0} onClick={() => onConfirm(picker.chosen)}>
          {confirmLabel(picker.chosen.length)}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
