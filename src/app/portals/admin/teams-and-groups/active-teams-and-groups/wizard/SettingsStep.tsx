import { Button, Checkbox, Dropdown, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Option, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { ROLE_ASSIGNABLE_CONFIRMATION } from '../../../../shared/groups/RoleAssignableConfirmDialog';
import { useFocusReturn } from '../../../../../kit/use-focus-return';
import type { AddGroupWizardState } from './useAddGroupWizard';
import { useWizardStyles } from './wizard-styles';

function EmailAddressField({ wizard }: { readonly wizard: AddGroupWizardState }) {
  const styles = useWizardStyles();
  return (
    <Field label="Group email address" required hint="People send email to the group at this address.">
      <div className={styles.address}>
        <Input className={styles.alias} aria-label="Group email address" value={wizard.alias} onChange={(_, data) => wizard.update({ alias: data.value })} />
        <Text aria-hidden>@</Text>
        <Dropdown
          className={styles.domain}
          aria-label="Domain"
          value={wizard.domain}
          selectedOptions={[wizard.domain]}
          onOptionSelect={(_, data) => data.optionValue && wizard.update({ domain: data.optionValue })}
        >
          {wizard.domains.map((domain) => (
            <Option key={domain} value={domain}>
              {domain}
            </Option>
          ))}
        </Dropdown>
      </div>
    </Field>
  );
}

function Microsoft365Settings({ wizard }: { readonly wizard: AddGroupWizardState }) {
  const styles = useWizardStyles();
  return (
    <>
      <EmailAddressField wizard={wizard} />
      <Field label="Privacy">
        <RadioGroup value={wizard.fields.privacy} onChange={(_, data) => wizard.update({ privacy: data.value === 'Private' ? 'Private' : 'Public' })}>
          <Radio value="Public" label="Public - Anyone in your organization can access the group's content" />
          <Radio value="Private" label="Private - Only members can access the group's content" />
        </RadioGroup>
      </Field>
      <h3 className={styles.section}>Add Microsoft Teams to your group</h3>
      <Checkbox checked={wizard.fields.createTeam} onChange={(_, data) => wizard.update({ createTeam: data.checked === true })} label="Create a team for this group" />
      {wizard.fields.createTeam && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>Microsoft Teams isn't simulated in Tenant Lab. Your choice is shown on the review page, but no team is made for the group.</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/**
 * The confirmation before a group becomes role-assignable, asked inside the wizard's pane (a
 * dialog over the modal pane would be a second modal layer). Focus goes to "Yes".
 */
function RoleAssignableConfirmation({ onAnswer }: { readonly onAnswer: (yes: boolean) => void }) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label="Microsoft Entra roles can be assigned to the group">
      <MessageBarBody>
        <MessageBarTitle>Microsoft Entra roles can be assigned to the group</MessageBarTitle>
        {ROLE_ASSIGNABLE_CONFIRMATION}
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={yes} appearance="primary" onClick={() => onAnswer(true)}>
          Yes
        </Button>
        <Button onClick={() => onAnswer(false)}>No</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function RoleAssignableSetting({ wizard }: { readonly wizard: AddGroupWizardState }) {
  const styles = useWizardStyles();
  const [confirming, setConfirming] = useState(false);
  const checkbox = useFocusReturn<HTMLInputElement>(confirming);
  return (
    <>
      <Checkbox
        ref={checkbox}
        checked={wizard.fields.roleAssignable}
        onChange={(_, data) => (data.checked === true ? setConfirming(true) : wizard.update({ roleAssignable: false }))}
        label="Microsoft Entra roles can be assigned to the group"
      />
      <Text className={styles.muted}>Only Global Administrators and Privileged Role Administrators can create a group that roles can be assigned to.</Text>
      {confirming && (
        <RoleAssignableConfirmation
          onAnswer={(yes) => {
            setConfirming(false);
            if (yes) wizard.update({ roleAssignable: true });
          }}
        />
      )}
    </>
  );
}

/** "Edit settings", which differs by kind of group. */
export function SettingsStep({ wizard }: { readonly wizard: AddGroupWizardState }) {
  const styles = useWizardStyles();
  return (
    <div className={styles.form}>
      {wizard.kind === 'microsoft365' && <Microsoft365Settings wizard={wizard} />}
      {(wizard.kind === 'distribution' || wizard.kind === 'mailEnabledSecurity') && (
        <>
          <EmailAddressField wizard={wizard} />
          <h3 className={styles.section}>Communication</h3>
          <Checkbox
            checked={wizard.fields.allowExternalSenders}
            onChange={(_, data) => wizard.update({ allowExternalSenders: data.checked === true })}
            label="Allow people outside of my organization to send email to this group"
          />
        </>
      )}
      {wizard.kind === 'security' && <RoleAssignableSetting wizard={wizard} />}
    </div>
  );
}
