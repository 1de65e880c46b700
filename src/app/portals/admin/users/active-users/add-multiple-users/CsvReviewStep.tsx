import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { skuById } from '../../../../../../tenant';
import { countryName } from '../add-user/countries';
import type { AddUsersCsvWizard, CsvStep } from './useAddUsersCsv';

const useStyles = makeStyles({
  blocks: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  names: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '200px', overflowY: 'auto' },
  edit: { alignSelf: 'flex-start' },
});

function Block({ title, step, wizard, children }: { title: string; step: CsvStep; wizard: AddUsersCsvWizard; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.block} aria-label={title}>
      <h3 className={styles.title}>{title}</h3>
      {children}
      <Link as="button" className={styles.edit} onClick={() => wizard.goTo(step)} aria-label={`Edit ${title.toLowerCase()}`}>
        Edit
      </Link>
    </section>
  );
}

/** "Review and finish": who will be added, where, with which license; then "Add users". */
export function CsvReviewStep({ wizard }: { wizard: AddUsersCsvWizard }) {
  const styles = useStyles();
  const users = wizard.file?.parsed.users ?? [];
  const skipped = new Set(wizard.file?.parsed.errors.map((error) => error.line)).size;
  const { addError } = wizard;
  return (
    <div className={styles.blocks}>
      {addError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No users were added.</MessageBarTitle>
            {addError.userPrincipalName ? `${addError.userPrincipalName}: ${addError.error.message}` : addError.error.message}
            {addError.licensing ? ' Choose another license or buy more in Your products.' : addError.userPrincipalName && ' Fix the file and upload it again.'}
          </MessageBarBody>
        </MessageBar>
      )}
      <Block title="Users" step="upload" wizard={wizard}>
        <Text>
          {users.length === 1 ? '1 user' : `${users.length} users`} from {wizard.file?.name}
          {skipped > 0 && ` (${skipped === 1 ? '1 line' : `${skipped} lines`} with problems skipped)`}
        </Text>
        <ul className={styles.names}>
          {users.map((user) => (
            <li key={user.userPrincipalName}>
              {user.displayName} ({user.userPrincipalName})
            </li>
          ))}
        </ul>
      </Block>
      <Block title="Licenses" step="licenses" wizard={wizard}>
        <Text>Location: {countryName(wizard.usageLocation)}</Text>
        <Text>License: {wizard.skuId === null ? 'No license' : (skuById(wizard.skuId)?.displayName ?? wizard.skuId)}</Text>
      </Block>
      <Text>Each user gets a temporary password and must change it when they first sign in.</Text>
    </div>
  );
}
