import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { roleTemplateById, skuById } from '../../../../../../tenant';
import { countryName } from './countries';
import { PROFILE_FIELDS, userPrincipalNameOf, type AddUserStep } from './form';
import type { AddUserWizard } from './useAddUser';

const useStyles = makeStyles({
  blocks: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  lines: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  edit: { alignSelf: 'flex-start' },
});

interface Line {
  readonly term: string;
  readonly value: string;
}

function Block({ title, lines, step, wizard }: { title: string; lines: readonly Line[]; step: AddUserStep; wizard: AddUserWizard }) {
  const styles = useStyles();
  return (
    <section className={styles.block} aria-label={title}>
      <h3 className={styles.title}>{title}</h3>
      <dl className={styles.lines}>
        {lines.map((line) => (
          <div key={line.term} className={styles.pair}>
            <dt className={styles.term}>{line.term}</dt>
            <dd className={styles.value}>{line.value}</dd>
          </div>
        ))}
      </dl>
      <Link as="button" className={styles.edit} onClick={() => wizard.goTo(step)} aria-label={`Edit ${title.toLowerCase()}`}>
        Edit
      </Link>
    </section>
  );
}

/** "Review and finish": what will be created, each part with an Edit link back to its step. */
export function ReviewStep({ wizard }: { wizard: AddUserWizard }) {
  const styles = useStyles();
  const { form, finishError } = wizard;
  const products = form.assignLicenses ? form.skuIds.map((skuId) => skuById(skuId)?.displayName ?? skuId) : [];
  const roles = form.adminAccess ? form.roleIds.map((id) => roleTemplateById(id)?.displayName ?? id) : [];
  const profile = PROFILE_FIELDS.filter((field) => form.profile[field.key].trim()).map((field) => ({ term: field.label, value: form.profile[field.key].trim() }));
  return (
    <div className={styles.blocks}>
      <Text>Review all the info and settings for this user before you finish adding them.</Text>
      {finishError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The user wasn't added.</MessageBarTitle>
            {finishError.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <Block
        title="Display and username"
        step="basics"
        wizard={wizard}
        lines={[
          { term: 'Display name', value: form.displayName.trim() },
          { term: 'Username', value: userPrincipalNameOf(form) },
        ]}
      />
      <Block
        title="Password"
        step="basics"
        wizard={wizard}
        lines={[
          { term: 'Type', value: form.autoPassword ? 'Auto-generated' : 'Custom password' },
          { term: 'Require change at first sign-in', value: form.forceChangePassword ? 'Yes' : 'No' },
        ]}
      />
      <Block
        title="Product licenses"
        step="licenses"
        wizard={wizard}
        lines={[
          { term: 'Location', value: form.usageLocation ? countryName(form.usageLocation) : 'None' },
          { term: 'Licenses', value: products.length > 0 ? products.join(', ') : 'No license' },
        ]}
      />
      <Block
        title="Roles"
        step="optional"
        wizard={wizard}
        lines={[{ term: 'Role', value: roles.length > 0 ? roles.join(', ') : 'User (no admin center access)' }]}
      />
      <Block title="Profile info" step="optional" wizard={wizard} lines={profile.length > 0 ? profile : [{ term: 'Profile', value: 'None' }]} />
    </div>
  );
}
