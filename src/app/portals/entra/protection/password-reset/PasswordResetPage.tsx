import { Button, Checkbox, Dropdown, Field, Input, Option, Radio, RadioGroup, Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { SSPR_METHODS, type PasswordResetPolicy, type SsprMethod, type TenantError } from '../../../../../tenant';
import { SSPR_METHOD_LABELS } from '../../../../../views/access';
import { rowsEqual } from '../../../../../views/equality';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { useListStyles } from '../../../../kit/list-styles';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { Page } from '../../../../shell/Page';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { selectGroupChoices } from '../conditional-access/directory-choices';

type Blade = 'properties' | 'methods' | 'registration';

/** Password reset: Properties (who may reset), Authentication methods and Registration, each saved on its own. */
export default function PasswordResetPage() {
  const styles = useListStyles();
  const store = useTenantStore();
  const saved = useTenant((tenant) => tenant.access.passwordReset);
  const groups = useTenant(selectGroupChoices, rowsEqual);
  const [blade, setBlade] = useState<Blade>('properties');
  const [draft, setDraft] = useState<PasswordResetPolicy>(saved);
  const [error, setError] = useState<TenantError | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const set = (change: Partial<PasswordResetPolicy>) => setDraft((current) => ({ ...current, ...change }));
  const save = () => {
    const result = store.send({ type: 'passwordReset.update', changes: draft });
    setError(result.ok ? null : result.error);
    setFeedback(result.ok ? { ok: true, message: 'Your changes have been saved.' } : null);
  };
  const groupName = groups.find((group) => group.value === draft.selectedGroupId)?.text ?? '';
  return (
    <Page title="Password reset">
      <TabList selectedValue={blade} onTabSelect={(_, data) => setBlade(data.value as Blade)}>
        <Tab value="properties">Properties</Tab>
        <Tab value="methods">Authentication methods</Tab>
        <Tab value="registration">Registration</Tab>
      </TabList>
      <FeedbackBar feedback={feedback} />
      <TenantErrorBar error={error} title="Couldn’t save" />
      <div className={styles.form}>
        {blade === 'properties' && (
          <>
            <Field label="Self service password reset enabled">
              <RadioGroup layout="horizontal" value={draft.enablement} onChange={(_, data) => set({ enablement: data.value as PasswordResetPolicy['enablement'] })}>
                <Radio value="none" label="None" />
                <Radio value="selected" label="Selected" />
                <Radio value="all" label="All" />
              </RadioGroup>
            </Field>
            {draft.enablement === 'selected' && (
              <Field label="Select group" required>
                <Dropdown placeholder="No group selected" value={groupName} selectedOptions={draft.selectedGroupId ? [draft.selectedGroupId] : []} onOptionSelect={(_, data) => set({ selectedGroupId: data.optionValue ?? null })}>
                  {groups.map((group) => (
                    <Option key={group.value} value={group.value}>
                      {group.text}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            )}
          </>
        )}
        {blade === 'methods' && (
          <>
            <Field label="Number of methods required to reset">
              <RadioGroup layout="horizontal" value={String(draft.numberOfMethodsRequired)} onChange={(_, data) => set({ numberOfMethodsRequired: data.value === '2' ? 2 : 1 })}>
                <Radio value="1" label="1" />
                <Radio value="2" label="2" />
              </RadioGroup>
            </Field>
            <Field label="Methods available to users">
              {SSPR_METHODS.map((method: SsprMethod) => (
                <Checkbox
                  key={method}
                  label={SSPR_METHOD_LABELS[method]}
                  checked={draft.methods.includes(method)}
                  onChange={(_, data) => set({ methods: data.checked ? [...draft.methods, method] : draft.methods.filter((each) => each !== method) })}
                />
              ))}
            </Field>
          </>
        )}
        {blade === 'registration' && (
          <>
            <Field label="Require users to register when signing in">
              <RadioGroup layout="horizontal" value={draft.requireRegistration ? 'yes' : 'no'} onChange={(_, data) => set({ requireRegistration: data.value === 'yes' })}>
                <Radio value="yes" label="Yes" />
                <Radio value="no" label="No" />
              </RadioGroup>
            </Field>
            <Field label="Number of days before users are asked to reconfirm their authentication information" hint="0 means never.">
              <Input type="number" min={0} max={730} value={String(draft.reconfirmationDays)} onChange={(_, data) => set({ reconfirmationDays: Number(data.value) })} />
            </Field>
          </>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" onClick={save}>
            Save
          </Button>
          <Button onClick={() => { setDraft(saved); setError(null); }}>Discard</Button>
        </div>
      </div>
    </Page>
  );
}
