import { Link, MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { resultsCsv, type BulkOutcome } from './bulk-provision';

type Added = Extract<BulkOutcome, { ok: true }>;

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  table: { maxHeight: '420px', overflowY: 'auto' },
  password: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The results: who was added, their temporary passwords, and who did not get the license and why. */
export function CsvResultsStep({ added }: { added: Added }) {
  const styles = useStyles();
  const unlicensed = added.users.filter((user) => user.licenseError !== null);
  return (
    <div className={styles.body}>
      <Text>Give each user their temporary password in a safe way; they must change it when they first sign in.</Text>
      {unlicensed.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {unlicensed.length === 1 ? '1 user' : `${unlicensed.length} users`} didn't get {added.product}.
            </MessageBarTitle>
            {unlicensed[0]!.licenseError!.message} Buy more licenses in Your products, then assign them from Licenses.
          </MessageBarBody>
        </MessageBar>
      )}
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
                <TableCell>{user.license ?? <span className={styles.muted}>{user.licenseError ? 'Not assigned' : 'Unlicensed'}</span>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Link href={`data:text/csv;charset=utf-8,${encodeURIComponent(resultsCsv(added.users))}`} download="add-users-results.csv">
        Download results
      </Link>
    </div>
  );
}
