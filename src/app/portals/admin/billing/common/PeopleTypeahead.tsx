import { Button, Field, SearchBox, Tag, TagGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useDeferredValue, useId, useState } from 'react';
import { peopleSearchEqual, searchPeople, type PersonOption } from '../../../../../views/groups';
import { useTenant } from '../../../../tenant-context';

const SUGGESTIONS = 8;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  suggestions: { display: 'flex', flexDirection: 'column', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, margin: 0, padding: tokens.spacingVerticalXXS, listStyle: 'none' },
  suggestion: { justifyContent: 'flex-start', width: '100%', textAlign: 'start' },
  person: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface PeopleTypeaheadProps {
  readonly label: string;
  readonly chosen: readonly PersonOption[];
  readonly onChange: (people: readonly PersonOption[]) => void;
  /** The most people one run takes (20 in the admin center's panes). */
  readonly max: number;
  readonly validationMessage?: string;
}

/**
 * The admin center's "type a name, pick from the results" box: suggestions appear as the learner
 * types, each picked person becomes a tag that can be removed, up to `max` people.
 */
export function PeopleTypeahead({ label, chosen, onChange, max, validationMessage }: PeopleTypeaheadProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const listId = useId();
  const search = useTenant(
    useCallback((tenant) => searchPeople(tenant, deferred, SUGGESTIONS + max), [deferred, max]),
    peopleSearchEqual,
  );
  const chosenIds = new Set(chosen.map((person) => person.id));
  const suggestions = deferred.trim() ? search.results.filter((person) => !chosenIds.has(person.id)).slice(0, SUGGESTIONS) : [];
  const full = chosen.length >= max;

  return (
    <div className={styles.root}>
      <Field label={label} validationMessage={validationMessage} validationState={validationMessage ? 'error' : 'none'} hint={full ? `You can pick up to ${max} at a time.` : undefined}>
        <SearchBox value={query} disabled={full} onChange={(_, data) => setQuery(data.value)} aria-controls={listId} />
      </Field>
      <ul id={listId} aria-label="Suggestions" className={styles.suggestions} hidden={suggestions.length === 0 && !deferred.trim()}>
        {deferred.trim() && suggestions.length === 0 && (
          <li>
            <Text className={styles.muted}>No results found.</Text>
          </li>
        )}
        {suggestions.map((person) => (
          <li key={person.id}>
            <Button
              appearance="subtle"
              className={styles.suggestion}
              onClick={() => {
                onChange([...chosen, person]);
                setQuery('');
              }}
            >
              <span className={styles.person}>
                <span>{person.displayName}</span>
                <span className={styles.muted}>{person.userPrincipalName}</span>
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {chosen.length > 0 && (
        <TagGroup role="group" aria-label="Selected" onDismiss={(_, data) => onChange(chosen.filter((person) => person.id !== data.value))}>
          {chosen.map((person) => (
            <Tag key={person.id} value={person.id} dismissible dismissIcon={{ 'aria-label': `Remove ${person.displayName}` }} secondaryText={person.userPrincipalName}>
              {person.displayName}
            </Tag>
          ))}
        </TagGroup>
      )}
    </div>
  );
}
