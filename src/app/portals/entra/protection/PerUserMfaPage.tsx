import { Button, SearchBox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, TableSelectionCell, Text, Toolbar } from '@fluentui/react-components';
import { useDeferredValue, useState } from 'react';
import type { PerUserMfaState } from '../../../../tenant';
import { selectPerUserMfaRows } from '../../../../views/access';
import { rowsEqual } from '../../../../views/equality';
import { FeedbackBar, type Feedback } from '../../../kit/Feedback';
import { useListStyles } from '../../../kit/list-styles';
import { Page } from '../../../shell/Page';
import { useTenant, useTenantStore } from '../../../tenant-context';

const ACTIONS: readonly [PerUserMfaState, string][] = [
  ['enabled', 'Enable MFA'],
  ['enforced', 'Enforce MFA'],
  ['disabled', 'Disable MFA'],
];

/** Users > Per-user MFA: each user's legacy MFA status, and Enable, Enforce or Disable for the selected. */
export default function PerUserMfaPage() {
  const styles = useListStyles();
  const store = useTenantStore();
  const users = useTenant(selectPerUserMfaRows, rowsEqual);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [query, setQuery] = useState('');
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const needle = useDeferredValue(query).trim().toLowerCase();
  const rows = needle ? users.filter((user) => user.displayName.toLowerCase().includes(needle) || user.userPrincipalName.toLowerCase().includes(needle)) : users;
  const apply = (state: PerUserMfaState, label: string) => {
    const failures: string[] = [];
    for (const userId of selected) {
      const result = store.send({ type: 'user.setPerUserMfaState', userId, state });
      if (!result.ok) failures.push(result.error.message);
    }
    setFeedback(failures.length === 0 ? { ok: true, message: `${label}: updated ${selected.size} user${selected.size === 1 ? '' : 's'}.` } : { ok: false, title: 'Some updates failed', message: failures.join(' ') });
    setSelected(new Set());
  };
  return (
    <Page title="Per-user multifactor authentication">
      <FeedbackBar feedback={feedback} />
      <Text>Per-user MFA is the legacy way to require MFA. Microsoft recommends Conditional Access instead; don&apos;t combine the two.</Text>
      <div className={styles.bar}>
        <Toolbar aria-label="Per-user MFA actions">
          {ACTIONS.map(([state, label]) => (
            <Button key={state} appearance="subtle" disabled={selected.size === 0} onClick={() => apply(state, label)}>
              {label}
            </Button>
          ))}
        </Toolbar>
        <SearchBox className={styles.search} placeholder="Search users" aria-label="Search users" value={query} onChange={(_, data) => setQuery(data.value)} />
      </div>
      <div className={styles.surface}>
        <Table aria-label="Per-user MFA" size="small">
          <TableHeader>
            <TableRow>
              <TableSelectionCell type="checkbox" checked={rows.length > 0 && rows.every((row) => selected.has(row.id))} onClick={() => setSelected(rows.every((row) => selected.has(row.id)) ? new Set() : new Set(rows.map((row) => row.id)))} checkboxIndicator={{ 'aria-label': 'Select all users' }} />
              <TableHeaderCell>Display name</TableHeaderCell>
              <TableHeaderCell>User principal name</TableHeaderCell>
              <TableHeaderCell>Per-user MFA status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} aria-selected={selected.has(row.id)}>
                <TableSelectionCell
                  type="checkbox"
                  checked={selected.has(row.id)}
                  onClick={() =>
                    setSelected((current) => {
                      const next = new Set(current);
                      if (!next.delete(row.id)) next.add(row.id);
                      return next;
                    })
                  }
                  checkboxIndicator={{ 'aria-label': `Select ${row.displayName}` }}
                />
                <TableCell>{row.displayName}</TableCell>
                <TableCell>{row.userPrincipalName}</TableCell>
                <TableCell>{row.state}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Page>
  );
}
