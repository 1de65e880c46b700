import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { resultsCsv, type BulkOutcome } from './bulk-provision';

type Added = Extract<BulkOutcome, { ok: true }>;

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  table: { maxHeight: '420px', overflowY: 'auto' },
  password: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The results: who was added, with their temporary passwords and the license they got. */
export function CsvResultsStep({ added }: { added: Added }) {
  const styles = useStyles();
  return (
    <div className={styles.body}>
      <Text>Give each user their temporary password in a safe way; they must change it when they first sign in.</Text>
      <div className={styles.table}>
        <Table aria-label="Users added" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Display name</TableHeaderCell>
              <TableHeaderCell>Username</TableHeaderCell>
              <TableHeaderCell>Temporary password</TableHeaderCell>
              <TableHeaderCell>License</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {added.users.map((user) => (
              <TableRow key={user.id}>
                <TableCell>{user.displayName}</TableCell>
                <TableCell>{user.userPrincipalName}</TableCell>
                <TableCell className={styles.password}>{user.password}</TableCell>
                <TableCell>{added.product ?? <span className={styles.muted}>Unlicensed</span>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Link href={`data:text/csv;charset=utf-8,${encodeURIComponent(resultsCsv(added.users, added.product))}`} download="add-users-results.csv">
        Download results
      </Link>
    </div>
  );
}
