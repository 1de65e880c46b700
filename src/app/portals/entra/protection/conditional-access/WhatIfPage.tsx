import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { CLOUD_APPS, evaluateInTenant, toArray, type SignInOutcome, type SignInRequest, type Tenant } from '../../../../../tenant';
import { CLIENT_APP_LABELS, GRANT_CONTROL_LABELS, PLATFORM_LABELS, POLICY_RESULT_LABELS } from '../../../../../views/access';
import { rowsEqual } from '../../../../../views/equality';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { Page } from '../../../../shell/Page';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { entraPaths } from '../../paths';
import { selectUserChoices } from './directory-choices';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: tokens.spacingHorizontalL },
});

const RISKS = { none: 'None', low: 'Low', medium: 'Medium', high: 'High' } as const;
const ANY = '';

function selectDevices(tenant: Tenant) {
  return toArray(tenant.access.devices).map((device) => ({ value: device.id, text: device.displayName }));
}

interface Inputs {
  readonly userId: string;
  readonly appId: string;
  readonly ipAddress: string;
  readonly country: string;
  readonly platform: string;
  readonly client: SignInRequest['clientAppType'];
  readonly deviceId: string;
  readonly signInRisk: SignInRequest['signInRiskLevel'];
  readonly userRisk: SignInRequest['userRiskLevel'];
}

const EMPTY: Inputs = { userId: '', appId: '', ipAddress: '', country: '', platform: ANY, client: 'browser', deviceId: ANY, signInRisk: 'none', userRisk: 'none' };

function summary(outcome: SignInOutcome): { intent: 'success' | 'warning' | 'error'; title: string; text: string } {
  if (outcome.access === 'granted') return { intent: 'success', title: 'Access granted', text: 'No enforced policy requires anything more of this sign-in.' };
  if (outcome.access === 'interrupted') return { intent: 'warning', title: 'Multifactor authentication required', text: `The user is prompted to complete: ${outcome.required.map((control) => GRANT_CONTROL_LABELS[control as keyof typeof GRANT_CONTROL_LABELS] ?? control).join(', ')}.` };
  return { intent: 'error', title: 'Access blocked', text: `Sign-in error code ${outcome.errorCode}: ${outcome.failureReason}` };
}

/** Conditional Access > Policies > What If: which policies a sign-in would meet, and why the others would not apply. */
export default function WhatIfPage() {
  const styles = useStyles();
  const list = useListStyles();
  const store = useTenantStore();
  const users = useTenant(selectUserChoices, rowsEqual);
  const devices = useTenant(selectDevices, rowsEqual);
  const [inputs, setInputs] = useState<Inputs>(EMPTY);
  const [outcome, setOutcome] = useState<SignInOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<Inputs>) => setInputs((current) => ({ ...current, ...change }));

  const run = () => {
    if (!inputs.userId || !inputs.appId) {
      setProblem('Select a user and a cloud app to evaluate.');
      setOutcome(null);
      return;
    }
    const country = inputs.country.trim().toUpperCase();
    if (country && !/^[A-Z]{2}$/.test(country)) {
      setProblem('Enter the country or region as a two-letter code, such as FR.');
      return;
    }
    setProblem(null);
    setOutcome(
      evaluateInTenant(store.getTenant(), {
        userId: inputs.userId,
        appId: inputs.appId,
        clientAppType: inputs.client,
        devicePlatform: (inputs.platform || null) as SignInRequest['devicePlatform'],
        deviceId: inputs.deviceId || null,
        ipAddress: inputs.ipAddress.trim() || null,
        countryCode: country || null,
        signInRiskLevel: inputs.signInRisk,
        userRiskLevel: inputs.userRisk,
      }) ?? null,
    );
  };

  const evaluated = outcome?.policies.filter((evaluation) => evaluation.policy.state !== 'disabled') ?? [];
  const applying = evaluated.filter((evaluation) => evaluation.applies);
  const notApplying = evaluated.filter((evaluation) => !evaluation.applies);
  const userName = users.find((user) => user.value === inputs.userId)?.text ?? '';
  const appName = CLOUD_APPS.find((app) => app.appId === inputs.appId)?.displayName ?? '';
  const result = outcome ? summary(outcome) : null;

  return (
    <Page title="What If" trail={[{ label: 'Conditional Access', to: entraPaths.conditionalAccess }, { label: 'Policies', to: entraPaths.conditionalAccessPolicies }]}>
      <div className={styles.grid}>
        <Field label="User" required>
          <Dropdown placeholder="No user selected" value={userName} selectedOptions={inputs.userId ? [inputs.userId] : []} onOptionSelect={(_, data) => set({ userId: data.optionValue ?? '' })}>
            {users.map((user) => (
              <Option key={user.value} value={user.value}>
                {user.text}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Cloud apps, actions, or authentication context" required>
          <Dropdown placeholder="No cloud app selected" value={appName} selectedOptions={inputs.appId ? [inputs.appId] : []} onOptionSelect={(_, data) => set({ appId: data.optionValue ?? '' })}>
            {CLOUD_APPS.map((app) => (
              <Option key={app.appId} value={app.appId}>
                {app.displayName}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="IP address">
          <Input value={inputs.ipAddress} onChange={(_, data) => set({ ipAddress: data.value })} placeholder="203.0.113.10" />
        </Field>
        <Field label="Country/Region">
          <Input value={inputs.country} onChange={(_, data) => set({ country: data.value })} placeholder="FR" />
        </Field>
        <Field label="Device platform">
          <Dropdown value={inputs.platform ? PLATFORM_LABELS[inputs.platform as keyof typeof PLATFORM_LABELS] : 'Any'} selectedOptions={[inputs.platform]} onOptionSelect={(_, data) => set({ platform: data.optionValue ?? ANY })}>
            <Option value={ANY}>Any</Option>
            {Object.entries(PLATFORM_LABELS).map(([value, text]) => (
              <Option key={value} value={value}>
                {text}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Client apps">
          <Dropdown value={CLIENT_APP_LABELS[inputs.client]} selectedOptions={[inputs.client]} onOptionSelect={(_, data) => set({ client: (data.optionValue ?? 'browser') as Inputs['client'] })}>
            {Object.entries(CLIENT_APP_LABELS).map(([value, text]) => (
              <Option key={value} value={value}>
                {text}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Device state">
          <Dropdown value={devices.find((device) => device.value === inputs.deviceId)?.text ?? 'Not registered'} selectedOptions={[inputs.deviceId]} onOptionSelect={(_, data) => set({ deviceId: data.optionValue ?? ANY })}>
            <Option value={ANY}>Not registered</Option>
            {devices.map((device) => (
              <Option key={device.value} value={device.value}>
                {device.text}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Sign-in risk">
          <Dropdown value={RISKS[inputs.signInRisk as keyof typeof RISKS]} selectedOptions={[inputs.signInRisk]} onOptionSelect={(_, data) => set({ signInRisk: (data.optionValue ?? 'none') as Inputs['signInRisk'] })}>
            {Object.entries(RISKS).map(([value, text]) => (
              <Option key={value} value={value}>
                {text}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="User risk level">
          <Dropdown value={RISKS[inputs.userRisk as keyof typeof RISKS]} selectedOptions={[inputs.userRisk]} onOptionSelect={(_, data) => set({ userRisk: (data.optionValue ?? 'none') as Inputs['userRisk'] })}>
            {Object.entries(RISKS).map(([value, text]) => (
              <Option key={value} value={value}>
                {text}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <div className={list.actions}>
        <Button appearance="primary" onClick={run}>
          What If
        </Button>
        <Button onClick={() => { setInputs(EMPTY); setOutcome(null); setProblem(null); }}>Reset</Button>
      </div>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <MessageBar intent={result.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{result.title}</MessageBarTitle>
            {result.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <>
          <section className={list.section} aria-label="Policies that will apply">
            <h2 className={list.sectionHeading}>Policies that will apply</h2>
            <ListTable
              label="Policies that will apply"
              rows={applying}
              rowId={(evaluation) => evaluation.policy.id}
              appearance="plain"
              columns={[
                { id: 'name', header: 'Policy name', cell: (evaluation) => evaluation.policy.displayName },
                { id: 'state', header: 'State', cell: (evaluation) => (evaluation.policy.state === 'enabled' ? 'On' : 'Report-only') },
                {
                  id: 'grant',
                  header: 'Grant controls',
                  cell: (evaluation) =>
                    (evaluation.policy.grantControls?.builtInControls ?? []).map((control) => (control === 'block' ? 'Block access' : GRANT_CONTROL_LABELS[control])).join(evaluation.policy.grantControls?.operator === 'OR' ? ' or ' : ' and '),
                },
                { id: 'result', header: 'Result', cell: (evaluation) => POLICY_RESULT_LABELS[evaluation.result] },
              ]}
            />
          </section>
          <section className={list.section} aria-label="Policies that will not apply">
            <h2 className={list.sectionHeading}>Policies that will not apply</h2>
            <ListTable
              label="Policies that will not apply"
              rows={notApplying}
              rowId={(evaluation) => evaluation.policy.id}
              appearance="plain"
              columns={[
                { id: 'name', header: 'Policy name', cell: (evaluation) => evaluation.policy.displayName },
                { id: 'reasons', header: 'Reasons why this policy will not apply', cell: (evaluation) => evaluation.unmatched },
              ]}
            />
          </section>
        </>
      )}
    </Page>
  );
}
