import { Button, Checkbox, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useNavigate, useParams } from 'react-router';
import { getById, type ConditionalAccessPolicy } from '../../../../../tenant';
import { Page } from '../../../../shell/Page';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { entraPaths } from '../../paths';
import { PolicyConditionsSection, PolicyNetworkSection, PolicyResourcesSection } from './PolicyConditionsSection';
import { PolicyGrantSection, PolicySessionSection } from './PolicyGrantSection';
import { PolicyUsersSection } from './PolicyUsersSection';
import { usePolicyEditor } from './usePolicyEditor';

const useStyles = makeStyles({
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  footer: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
});

/** Conditional Access > Policies > + New policy, or a policy opened from the list: the policy editor. */
export default function PolicyEditorPage() {
  const { policyId } = useParams();
  const existing = useTenant((tenant) => (policyId === undefined ? undefined : getById(tenant.access.conditionalAccessPolicies, policyId)));
  if (policyId !== undefined && !existing) {
    return (
      <Page title="Conditional Access policy" trail={[{ label: 'Policies', to: entraPaths.conditionalAccessPolicies }]}>
        <MessageBar intent="warning">
          <MessageBarBody>This policy doesn’t exist. It may have been deleted.</MessageBarBody>
        </MessageBar>
      </Page>
    );
  }
  return <PolicyEditor key={policyId ?? 'new'} existing={existing} />;
}

function PolicyEditor({ existing }: { readonly existing: ConditionalAccessPolicy | undefined }) {
  const styles = useStyles();
  const store = useTenantStore();
  const navigate = useNavigate();
  const editor = usePolicyEditor(existing);
  const securityDefaults = useTenant((tenant) => tenant.access.securityDefaultsEnabled);
  const lockoutWarning = editor.error?.code === 'LockoutRisk';

  const save = () => {
    editor.touchName();
    if (!editor.policy.displayName.trim()) return;
    const acknowledgeLockoutWarning = editor.lockoutAcknowledged;
    const result = existing
      ? store.send({ type: 'conditionalAccess.updatePolicy', policyId: existing.id, policy: editor.toSave, acknowledgeLockoutWarning })
      : store.send({ type: 'conditionalAccess.createPolicy', policy: editor.toSave, acknowledgeLockoutWarning });
    if (!result.ok) {
      editor.setError(result.error);
      return;
    }
    navigate(entraPaths.conditionalAccessPolicies, { state: { saved: editor.policy.displayName.trim() } });
  };

  return (
    <Page title={existing ? existing.displayName : 'New Conditional Access policy'} heading={existing ? existing.displayName : 'New'} trail={[{ label: 'Conditional Access', to: entraPaths.conditionalAccess }, { label: 'Policies', to: entraPaths.conditionalAccessPolicies }]}>
      {securityDefaults && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            It looks like you&apos;re about to manage your organization&apos;s security configurations. That&apos;s great! You must first disable security defaults before enabling a Conditional Access policy.{' '}
            <Link href={entraPaths.properties} onClick={(event) => { event.preventDefault(); navigate(entraPaths.properties); }}>Disable security defaults</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {lockoutWarning ? (
        <MessageBar intent="warning" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>Don&apos;t lock yourself out!</MessageBarTitle>
            {editor.error!.message}
            <Checkbox label="I understand that my account will be impacted by this policy. Proceed anyway." checked={editor.lockoutAcknowledged} onChange={(_, data) => editor.setLockoutAcknowledged(data.checked === true)} />
          </MessageBarBody>
        </MessageBar>
      ) : (
        <TenantErrorBar error={editor.error} title={existing ? 'Couldn’t save the policy' : 'Couldn’t create the policy'} />
      )}
      <div className={styles.columns}>
        <div className={styles.column}>
          <Field label="Name" required validationMessage={editor.nameError}>
            <Input value={editor.policy.displayName} onChange={(_, data) => editor.setPolicy((current) => ({ ...current, displayName: data.value }))} onBlur={editor.touchName} placeholder="Example: 'Device compliance app policy'" />
          </Field>
          <h2 className={styles.heading}>Assignments</h2>
          <h3 className={styles.subheading}>Users</h3>
          <PolicyUsersSection editor={editor} />
          <h3 className={styles.subheading}>Target resources</h3>
          <PolicyResourcesSection editor={editor} />
          <h3 className={styles.subheading}>Network</h3>
          <PolicyNetworkSection editor={editor} />
          <h3 className={styles.subheading}>Conditions</h3>
          <PolicyConditionsSection editor={editor} />
        </div>
        <div className={styles.column}>
          <h2 className={styles.heading}>Access controls</h2>
          <h3 className={styles.subheading}>Grant</h3>
          <PolicyGrantSection editor={editor} />
          <h3 className={styles.subheading}>Session</h3>
          <PolicySessionSection editor={editor} />
        </div>
      </div>
      <div className={styles.footer}>
        <Field label="Enable policy">
          <RadioGroup layout="horizontal" value={editor.policy.state} onChange={(_, data) => editor.setPolicy((current) => ({ ...current, state: data.value as ConditionalAccessPolicy['state'] }))}>
            <Radio value="enabledForReportingButNotEnforced" label="Report-only" />
            <Radio value="enabled" label="On" />
            <Radio value="disabled" label="Off" />
          </RadioGroup>
        </Field>
        <Button appearance="primary" onClick={save}>
          {existing ? 'Save' : 'Create'}
        </Button>
      </div>
    </Page>
  );
}
