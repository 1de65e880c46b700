import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
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

/** The results: who was added, their temporary passwords, and who did not get the license and why. */
export function CsvResultsStep({ added }: { added: Added }) {
  const styles = useStyles();
  const columns: readonly ListColumn<AddedUser>[] = [
    { id: 'displayName', header: 'Display name', cell: (user) => user.displayName },
    { id: 'userPrincipalName', header: 'Username', cell: (user) => user.userPrincipalName },
    { id: 'password', header: 'Temporary password', cell: (user) => <span className={styles.password}>{user.password}</span> },
    { id: 'license', header: 'License', cell: (user) => user.license ?? <span className={styles.muted}>{user.licenseError ? 'Not assigned' : 'Unlicensed'}</span> },
  ];
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
        <ListTable label="Users added" rows={added.users} rowId={(user) => user.id} columns={columns} appearance="plain" />
      </div>
      <Link href={`data:text/csv;charset=utf-8,${encodeURIComponent(resultsCsv(added.users))}`} download="add-users-results.csv">
        Download results
      </Link>
    </div>
  );
}
