import { Button, Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { TenantError } from '../../../../tenant';
import { FeedbackBar, type Feedback } from '../../../kit/Feedback';
import { useListStyles } from '../../../kit/list-styles';
import { SidePane } from '../../../kit/SidePane';
import { TenantErrorBar } from '../../../kit/TenantErrorBar';
import { Page } from '../../../shell/Page';
import { useTenant, useTenantStore } from '../../../tenant-context';

const CHOICES = { enabled: 'Enabled', disabled: 'Disabled (not recommended)' } as const;

function SecurityDefaultsPane({ enabled, onClose, onSaved }: { readonly enabled: boolean; readonly onClose: () => void; readonly onSaved: (enabled: boolean) => void }) {
  const styles = useListStyles();
  const store = useTenantStore();
  const [choice, setChoice] = useState<keyof typeof CHOICES>(enabled ? 'enabled' : 'disabled');
  const [error, setError] = useState<TenantError | null>(null);
  const save = () => {
    const result = store.send({ type: 'securityDefaults.update', isEnabled: choice === 'enabled' });
    if (!result.ok) setError(result.error);
    else onSaved(choice === 'enabled');
  };
  return (
    <SidePane
      title="Security defaults"
      onClose={onClose}
      footer={
        <div className={styles.actions}>
          <Button appearance="primary" onClick={save}>
            Save
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      }
    >
      <div className={styles.form}>
        <TenantErrorBar error={error} />
        <Text>
          Security defaults are basic identity security mechanisms recommended by Microsoft: all users register for multifactor authentication, administrators always
          do MFA, legacy authentication is blocked and access to Azure management is protected with MFA.
        </Text>
        <Field label="Security defaults">
          <Dropdown value={CHOICES[choice]} selectedOptions={[choice]} onOptionSelect={(_, data) => data.optionValue && setChoice(data.optionValue as keyof typeof CHOICES)}>
            {Object.entries(CHOICES).map(([value, text]) => (
              <Option key={value} value={value}>
                {text}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
    </SidePane>
  );
}

/** Entra ID > Overview > Properties, with "Manage security defaults" at the bottom. */
export default function SecurityDefaultsPage() {
  const styles = useListStyles();
  const organization = useTenant((tenant) => tenant.organization.displayName);
  const enabled = useTenant((tenant) => tenant.access.securityDefaultsEnabled);
  const [open, setOpen] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  return (
    <Page title="Properties">
      <FeedbackBar feedback={feedback} />
      <dl className={styles.facts}>
        <dt className={styles.term}>Name</dt>
        <dd className={styles.definition}>{organization}</dd>
        <dt className={styles.term}>Security defaults</dt>
        <dd className={styles.definition}>{enabled ? 'Enabled' : 'Disabled'}</dd>
      </dl>
      <section className={styles.section} aria-label="Security defaults">
        <h2 className={styles.sectionHeading}>Security defaults</h2>
        <Text>{enabled ? 'Your organization is protected by security defaults.' : 'Your organization is not protected by security defaults.'}</Text>
        <div>
          <Button icon={<ShieldCheckmarkRegular />} onClick={() => setOpen(true)}>
            Manage security defaults
          </Button>
        </div>
      </section>
      {open && (
        <SecurityDefaultsPane
          enabled={enabled}
          onClose={() => setOpen(false)}
          onSaved={(now) => {
            setOpen(false);
            setFeedback({ ok: true, message: now ? 'Security defaults are enabled.' : 'Security defaults are disabled.' });
          }}
        />
      )}
    </Page>
  );
}
