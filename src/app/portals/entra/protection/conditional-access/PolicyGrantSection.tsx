import { Checkbox, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { BuiltInControl } from '../../../../../tenant';
import { GRANT_CONTROL_LABELS } from '../../../../../views/access';
import type { PolicyEditorState } from './usePolicyEditor';

/** Access controls > Grant: Block access, or Grant access with controls, all or one of them. */
export function PolicyGrantSection({ editor }: { readonly editor: PolicyEditorState }) {
  const grant = editor.policy.grantControls;
  const block = grant?.builtInControls.includes('block') === true;
  const controls = block ? [] : (grant?.builtInControls ?? []);
  const operator = grant?.operator ?? 'AND';
  return (
    <section aria-label="Grant">
      <RadioGroup aria-label="Grant" value={block ? 'block' : 'grant'} onChange={(_, data) => editor.setGrant(data.value === 'block', [], 'AND')}>
        <Radio value="block" label="Block access" />
        <Radio value="grant" label="Grant access" />
      </RadioGroup>
      {!block &&
        (Object.entries(GRANT_CONTROL_LABELS) as [BuiltInControl, string][]).map(([control, label]) => (
          <Checkbox
            key={control}
            label={label}
            checked={controls.includes(control)}
            onChange={(_, data) => editor.setGrant(false, data.checked ? [...controls, control] : controls.filter((each) => each !== control), operator)}
          />
        ))}
      {!block && (
        <Field label="For multiple controls">
          <RadioGroup value={operator} onChange={(_, data) => editor.setGrant(false, controls, data.value as 'AND' | 'OR')}>
            <Radio value="AND" label="Require all the selected controls" />
            <Radio value="OR" label="Require one of the selected controls" />
          </RadioGroup>
        </Field>
      )}
    </section>
  );
}

/** Access controls > Session: sign-in frequency and persistent browser session. */
export function PolicySessionSection({ editor }: { readonly editor: PolicyEditorState }) {
  const session = editor.policy.sessionControls;
  const frequency = session?.signInFrequency ?? null;
  const browser = session?.persistentBrowser ?? null;
  const update = (change: Partial<NonNullable<typeof session>>) => {
    const next = { signInFrequency: frequency, persistentBrowser: browser, applicationEnforcedRestrictions: session?.applicationEnforcedRestrictions ?? null, ...change };
    const empty = next.signInFrequency === null && next.persistentBrowser === null && next.applicationEnforcedRestrictions === null;
    editor.setPolicy((current) => ({ ...current, sessionControls: empty ? null : next }));
  };
  return (
    <section aria-label="Session">
      <Checkbox label="Sign-in frequency" checked={frequency !== null} onChange={(_, data) => update({ signInFrequency: data.checked ? { isEnabled: true, value: 1, type: 'hours' } : null })} />
      {frequency && (
        <Field label="Periodic reauthentication (hours)" validationMessage={frequency.value < 1 || frequency.value > 24 ? 'Enter a number of hours between 1 and 24.' : undefined}>
          <Input type="number" min={1} max={24} value={String(frequency.value)} onChange={(_, data) => update({ signInFrequency: { ...frequency, value: Number(data.value) } })} />
        </Field>
      )}
      <Checkbox label="Persistent browser session" checked={browser !== null} onChange={(_, data) => update({ persistentBrowser: data.checked ? { isEnabled: true, mode: 'never' } : null })} />
      {browser && (
        <RadioGroup aria-label="Persistent browser session" layout="horizontal" value={browser.mode} onChange={(_, data) => update({ persistentBrowser: { isEnabled: true, mode: data.value as 'always' | 'never' } })}>
          <Radio value="always" label="Always persistent" />
          <Radio value="never" label="Never persistent" />
        </RadioGroup>
      )}
    </section>
  );
}
