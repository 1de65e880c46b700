import { Button, Checkbox, Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import type { Tenant } from '../../../../../tenant';
import { searchPeople } from '../../../../../views/groups';
import { rowsEqual } from '../../../../../views/equality';
import { searchRoleAssignableGroups, type PrincipalOption } from '../../../../../views/role-management';
import { useTenant } from '../../../../tenant-context';

const SHOWN = 30;

function searchPrincipals(tenant: Tenant, query: string): PrincipalOption[] {
  const users = searchPeople(tenant, query, SHOWN).results.map((person) => ({ id: person.id, displayName: person.displayName, detail: person.userPrincipalName, type: 'User' as const }));
  return [...users, ...searchRoleAssignableGroups(tenant, query, SHOWN)];
}

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  results: { display: 'flex', flexDirection: 'column', maxHeight: '360px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalXS },
  option: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface PrincipalPickerProps {
  readonly exclude: ReadonlySet<string>;
  readonly onSelect: (principals: PrincipalOption[]) => void;
  readonly onCancel: () => void;
}

/**
 * Entra's "Select a member": users, and the role-assignable groups (the only groups a role can be
 * given to), shown inside the pane that asked.
 */
export function PrincipalPicker({ exclude, onSelect, onCancel }: PrincipalPickerProps) {
  const styles = useStyles();
  const headingId = useId();
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), []);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = useTenant(
    useCallback((tenant: Tenant) => searchPrincipals(tenant, deferred), [deferred]),
    rowsEqual,
  ).filter((principal) => !exclude.has(principal.id));
  const [chosen, setChosen] = useState<PrincipalOption[]>([]);
  return (
    <section className={styles.picker} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        Select a member
      </h3>
      <Field label="Search">
        <SearchBox ref={box} value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <div role="group" aria-label="Users and groups" className={styles.results}>
        {found.length === 0 && <Text className={styles.muted}>No results.</Text>}
        {found.map((principal) => (
          <Checkbox
            key={principal.id}
            checked={chosen.some((other) => other.id === principal.id)}
            label={
              <span className={styles.option}>
                <span>{principal.displayName}</span>
                <span className={styles.muted}>{principal.type === 'Group' ? 'Group (role-assignable)' : principal.detail}</span>
              </span>
            }
            onChange={(_, data) => setChosen((current) => (data.checked ? [...current, principal] : current.filter((other) => other.id !== principal.id)))}
          />
        ))}
      </div>
      <Text className={styles.muted} aria-live="polite">
        {chosen.length === 0 ? 'No member selected' : `${chosen.length} selected`}
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={chosen.length === 0} onClick={() => onSelect(chosen)}>
          Select
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
