import { Link, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { TenantErrorBar } from '../../../../../kit/TenantErrorBar';
import type { AddGroupWizardState } from './useAddGroupWizard';
import { STEP_TEXT, type WizardStep } from './wizard-kinds';
import { useWizardStyles } from './wizard-styles';

function ReviewSection({ wizard, step, rows }: { readonly wizard: AddGroupWizardState; readonly step: WizardStep; readonly rows: readonly (readonly [string, ReactNode])[] }) {
  const styles = useWizardStyles();
  const label = STEP_TEXT[step].label;
  return (
    <section className={styles.reviewSection} aria-label={label}>
      <h3 className={styles.section}>{label}</h3>
      <dl className={styles.reviewList}>
        {rows.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.definition}>{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <Link as="button" onClick={() => wizard.goTo(step)} aria-label={`Edit ${label.toLowerCase()}`}>
          Edit
        </Link>
      </div>
    </section>
  );
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** "Review and finish adding group": every choice, with Edit links back to its step. */
export function ReviewStep({ wizard }: { readonly wizard: AddGroupWizardState }) {
  const styles = useWizardStyles();
  const { fields, kind } = wizard;
  const names = (people: typeof fields.owners, none: string) => (people.length === 0 ? none : people.map((person) => person.displayName).join(', '));
  const settings: [string, ReactNode][] =
    kind === 'security'
      ? [['Microsoft Entra roles can be assigned to the group', yesNo(fields.roleAssignable)]]
      : [
          ['Group email address', wizard.address],
          ...(kind === 'microsoft365'
            ? ([
                ['Privacy', fields.privacy],
                ['Create a team for this group', yesNo(fields.createTeam)],
              ] as [string, ReactNode][])
            : ([['Allow people outside of my organization to send email to this group', yesNo(fields.allowExternalSenders)]] as [string, ReactNode][])),
        ];
  return (
    <div className={styles.review}>
      <Text className={styles.intro}>Check what you've chosen. Select Edit to change anything, then select Create group.</Text>
      <ReviewSection wizard={wizard} step="basics" rows={[['Name', fields.name.trim()], ['Description', fields.description.trim() || 'None']]} />
      {wizard.steps.includes('owners') && <ReviewSection wizard={wizard} step="owners" rows={[['Owners', names(fields.owners, 'None: you will be the owner')]]} />}
      {wizard.steps.includes('members') && <ReviewSection wizard={wizard} step="members" rows={[['Members', names(fields.members, 'None')]]} />}
      <ReviewSection wizard={wizard} step="settings" rows={settings} />
      <TenantErrorBar error={wizard.error} title="The group wasn't created" />
    </div>
  );
}
