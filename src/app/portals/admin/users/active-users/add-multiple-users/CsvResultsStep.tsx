import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ListTable, type ListColumn } from '../../../../../kit/ListTable';
import { resultsCsv, type BulkOutcome } from './bulk-provision';

type Added = Extract<BulkOutcome, { ok: true }>;
type AddedUser = Added['users'][number];

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  table: { maxHeight: '420px', overflowY: 'auto' },
  password: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The results: who was added, with their temporary passwords and the license they got. */
export function CsvResultsStep({ added }: { added: Added }) {
  const styles = useStyles();
  const columns: readonly ListColumn<AddedUser>[] = [
    { id: 'displayName', header: 'Display name', cell: (user) => user.displayName },
    { id: 'userPrincipalName', header: 'Username', cell: (user) => user.userPrincipalName },
    { id: 'password', header: 'Temporary password', cell: (user) => <span className={styles.password}>{user.password}</span> },
    { id: 'license', header: 'License', cell: () => added.product ?? <span className={styles.muted}>Unlicensed</span> },
  ];
  return (
    <div className={styles.body}>
      <Text>Give each user their temporary password in a safe way; they must change it when they first sign in.</Text>
      <div className={styles.table}>
        <ListTable label="Users added" rows={added.users} rowId={(user) => user.id} columns={columns} appearance="plain" />
      </div>
      <Link href={`data:text/csv;charset=utf-8,${encodeURIComponent(resultsCsv(added.users, added.product))}`} download="add-users-results.csv">
        Download results
      </Link>
    </div>
  );
}
