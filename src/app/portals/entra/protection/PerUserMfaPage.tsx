import { Button, SearchBox, Text, Toolbar } from '@fluentui/react-components';
import { useDeferredValue, useState } from 'react';
import type { PerUserMfaState } from '../../../../tenant';
import { selectPerUserMfaRows, type PerUserMfaRow } from '../../../../views/access';
import { rowsEqual } from '../../../../views/equality';
import { FeedbackBar, type Feedback } from '../../../kit/Feedback';
import { ListTable, type ListColumn } from '../../../kit/ListTable';
import { useListStyles } from '../../../kit/list-styles';
import { Page } from '../../../shell/Page';
import { useTenant, useTenantStore } from '../../../tenant-context';

const ACTIONS: readonly [PerUserMfaState, string][] = [
  ['enabled', 'Enable MFA'],
  ['enforced', 'Enforce MFA'],
  ['disabled', 'Disable MFA'],
];

const COLUMNS: readonly ListColumn<PerUserMfaRow>[] = [
  { id: 'displayName', header: 'Display name', cell: (row) => row.displayName },
  { id: 'userPrincipalName', header: 'User principal name', cell: (row) => row.userPrincipalName },
  { id: 'state', header: 'Per-user MFA status', cell: (row) => row.state },
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
      <ListTable
        label="Per-user MFA"
        rows={rows}
        rowId={(row) => row.id}
        columns={COLUMNS}
        selection={{ selected, onChange: setSelected, allLabel: 'Select all users', rowLabel: (row) => `Select ${row.displayName}` }}
      />
    </Page>
  );
}
