import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ProvisionOutcome } from './provision';

type Added = Extract<ProvisionOutcome, { ok: true }>;

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  title: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  lines: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, alignItems: 'center' },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  password: { fontFamily: tokens.fontFamilyMonospace },
});

/** A CSV of what the admin must hand over, for the confirmation's download link. */
function detailsCsv(added: Added): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return ['Display name,Username,Password', [added.displayName, added.userPrincipalName, added.password].map(quote).join(',')].join('\r\n') + '\r\n';
}

/** The confirmation: "<name> added to active users", the username and password (hidden until Show). */
export function UserAddedStep({ added }: { added: Added }) {
  const styles = useStyles();
  const [showPassword, setShowPassword] = useState(false);
  const lines = [
    { term: 'Display name', value: added.displayName },
    { term: 'Username', value: added.userPrincipalName },
    { term: 'Product licenses', value: added.licenses.length > 0 ? added.licenses.join(', ') : 'None' },
    { term: 'Roles', value: added.roles.length > 0 ? added.roles.join(', ') : 'User (no admin center access)' },
  ];
  return (
    <div className={styles.body}>
      <Text>The user can now sign in with this username and password. Give them the password in a safe way.</Text>
      <section aria-labelledby="user-details-heading">
        <h3 id="user-details-heading" className={styles.title}>
          User details
        </h3>
        <dl className={styles.lines}>
          {lines.map((line) => (
            <div key={line.term} className={styles.pair}>
              <dt className={styles.term}>{line.term}</dt>
              <dd className={styles.value}>{line.value}</dd>
            </div>
          ))}
          <div className={styles.pair}>
            <dt className={styles.term}>Password</dt>
            <dd className={styles.value}>
              <span className={styles.password} aria-live="polite">
                {showPassword ? added.password : '••••••••'}
              </span>
              <Button size="small" appearance="subtle" onClick={() => setShowPassword((shown) => !shown)}>
                {showPassword ? 'Hide' : 'Show'}
              </Button>
            </dd>
          </div>
        </dl>
      </section>
      <Link href={`data:text/csv;charset=utf-8,${encodeURIComponent(detailsCsv(added))}`} download={`${added.userPrincipalName}.csv`}>
        Download user details
      </Link>
    </div>
  );
}
