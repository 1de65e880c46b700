import { Button, Checkbox, Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import type { Tenant } from '../../../../../tenant';
import { rowsEqual } from '../../../../../views/equality';
import type { PrincipalOption } from '../../../../../views/role-management';
import { useTenant } from '../../../../tenant-context';

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  results: { display: 'flex', flexDirection: 'column', maxHeight: '320px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalXS },
  option: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface GroupPickerProps {
  readonly title: string;
  /** What the picker says about which groups it offers. */
  readonly intro?: string;
  /** A stable function (module level) finding the groups to offer. */
  readonly search: (tenant: Tenant, query: string, limit: number) => PrincipalOption[];
  readonly exclude: ReadonlySet<string>;
  readonly max?: number;
  readonly onConfirm: (groups: PrincipalOption[]) => void;
  readonly onCancel: () => void;
}

/**
 * A group picker shown inside the pane that asked for it (search by name, tick groups, "Add (n)"),
 * like the shared people picker: a dialog over a modal pane would be a second modal layer.
 */
export function GroupPicker({ title, intro, search, exclude, max, onConfirm, onCancel }: GroupPickerProps) {
  const styles = useStyles();
  const headingId = useId();
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), []);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const groups = useTenant(
    useCallback((tenant: Tenant) => search(tenant, deferred, 50), [search, deferred]),
    rowsEqual,
  ).filter((group) => !exclude.has(group.id));
  const [chosen, setChosen] = useState<PrincipalOption[]>([]);
  const full = max !== undefined && chosen.length >= max;
  return (
    <section className={styles.picker} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {title}
      </h3>
      {intro && <Text className={styles.muted}>{intro}</Text>}
      <Field label="Search for groups">
        <SearchBox ref={box} value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <div role="group" aria-label="Groups" className={styles.results}>
        {groups.length === 0 && <Text className={styles.muted}>No groups found.</Text>}
        {groups.map((group) => {
          const checked = chosen.some((other) => other.id === group.id);
          return (
            <Checkbox
              key={group.id}
              checked={checked}
              disabled={!checked && full}
              label={
                <span className={styles.option}>
                  <span>{group.displayName}</span>
                  <span className={styles.muted}>{group.detail}</span>
                </span>
              }
              onChange={(_, data) => setChosen((current) => (data.checked ? [...current, group] : current.filter((other) => other.id !== group.id)))}
            />
          );
        })}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={chosen.length === 0} onClick={() => onConfirm(chosen)}>
          {chosen.length > 0 ? `Add (${chosen.length})` : 'Add'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
