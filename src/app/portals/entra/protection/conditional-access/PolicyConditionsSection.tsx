import { Checkbox, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { CLOUD_APPS, type ClientAppType, type DevicePlatform, type RiskLevel } from '../../../../../tenant';
import { CLIENT_APP_LABELS, PLATFORM_LABELS } from '../../../../../views/access';
import { rowsEqual } from '../../../../../views/equality';
import { useTenant } from '../../../../tenant-context';
import { MultiSelect, type Choice } from '../MultiSelect';
import { selectLocationChoices } from './directory-choices';
import type { PolicyEditorState } from './usePolicyEditor';

const APP_CHOICES: readonly Choice[] = [
  { value: 'Office365', text: 'Office 365' },
  { value: 'MicrosoftAdminPortals', text: 'Microsoft Admin Portals' },
  ...CLOUD_APPS.map((app) => ({ value: app.appId, text: app.displayName })),
];
const RISK_LEVELS: readonly [RiskLevel, string][] = [
  ['high', 'High'],
  ['medium', 'Medium'],
  ['low', 'Low'],
  ['none', 'No risk'],
];
const PLATFORM_CHOICES: readonly Choice[] = Object.entries(PLATFORM_LABELS).map(([value, text]) => ({ value, text }));

/** Assignments > Target resources. */
export function PolicyResourcesSection({ editor }: { readonly editor: PolicyEditorState }) {
  const applications = editor.policy.conditions.applications;
  return (
    <section aria-label="Target resources">
      <RadioGroup aria-label="Include resources" value={editor.allResources ? 'all' : 'select'} onChange={(_, data) => editor.setAllResources(data.value === 'all')}>
        <Radio value="all" label="All resources (formerly 'All cloud apps')" />
        <Radio value="select" label="Select resources" />
      </RadioGroup>
      {!editor.allResources && (
        <MultiSelect
          label="Selected resources"
          choices={APP_CHOICES}
          selected={applications.includeApplications.filter((id) => id !== 'All')}
          onChange={(values) => editor.setConditions({ applications: { ...applications, includeApplications: values } })}
        />
      )}
      <MultiSelect label="Excluded resources" choices={APP_CHOICES} selected={applications.excludeApplications} onChange={(values) => editor.setConditions({ applications: { ...applications, excludeApplications: values } })} />
    </section>
  );
}

/** Assignments > Network: Any network or location, All trusted networks and locations, or named ones. */
export function PolicyNetworkSection({ editor }: { readonly editor: PolicyEditorState }) {
  const locations = editor.policy.conditions.locations;
  const choices = useTenant(selectLocationChoices, rowsEqual);
  const include = locations?.includeLocations ?? [];
  const exclude = locations?.excludeLocations ?? [];
  const set = (includeLocations: readonly string[], excludeLocations: readonly string[]) => editor.setConditions({ locations: { includeLocations, excludeLocations } });
  return (
    <section aria-label="Network">
      <RadioGroup aria-label="Configure network" layout="horizontal" value={locations ? 'yes' : 'no'} onChange={(_, data) => editor.setConditions({ locations: data.value === 'yes' ? { includeLocations: ['All'], excludeLocations: [] } : null })}>
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
      </RadioGroup>
      {locations && (
        <>
          <RadioGroup aria-label="Include network" value={include.includes('All') ? 'All' : include.includes('AllTrusted') ? 'AllTrusted' : 'selected'} onChange={(_, data) => set(data.value === 'selected' ? [] : [data.value], exclude)}>
            <Radio value="All" label="Any network or location" />
            <Radio value="AllTrusted" label="All trusted networks and locations" />
            <Radio value="selected" label="Selected networks and locations" />
          </RadioGroup>
          {!include.includes('All') && !include.includes('AllTrusted') && <MultiSelect label="Included locations" choices={choices} selected={include} onChange={(values) => set(values, exclude)} />}
          <Checkbox label="Exclude all trusted networks and locations" checked={exclude.includes('AllTrusted')} onChange={(_, data) => set(include, data.checked ? ['AllTrusted', ...exclude.filter((id) => id !== 'AllTrusted')] : exclude.filter((id) => id !== 'AllTrusted'))} />
          <MultiSelect label="Excluded locations" choices={choices} selected={exclude.filter((id) => id !== 'AllTrusted')} onChange={(values) => set(include, [...(exclude.includes('AllTrusted') ? ['AllTrusted'] : []), ...values])} />
        </>
      )}
    </section>
  );
}

/** Assignments > Conditions: user risk, sign-in risk, device platforms and client apps. */
export function PolicyConditionsSection({ editor }: { readonly editor: PolicyEditorState }) {
  const { conditions } = editor.policy;
  const legacyOnly = !conditions.clientAppTypes.includes('all');
  const risk = (field: 'signInRiskLevels' | 'userRiskLevels', label: string) => (
    <Field label={label}>
      {RISK_LEVELS.map(([level, text]) => (
        <Checkbox
          key={level}
          label={text}
          checked={conditions[field].includes(level)}
          onChange={(_, data) => editor.setConditions({ [field]: data.checked ? [...conditions[field], level] : conditions[field].filter((each) => each !== level) })}
        />
      ))}
    </Field>
  );
  return (
    <section aria-label="Conditions">
      {risk('userRiskLevels', 'User risk')}
      {risk('signInRiskLevels', 'Sign-in risk')}
      <Field label="Device platforms">
        <RadioGroup layout="horizontal" value={conditions.platforms ? 'yes' : 'no'} onChange={(_, data) => editor.setConditions({ platforms: data.value === 'yes' ? { includePlatforms: ['all'], excludePlatforms: [] } : null })}>
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </RadioGroup>
      </Field>
      {conditions.platforms && (
        <>
          <RadioGroup aria-label="Include platforms" value={conditions.platforms.includePlatforms.includes('all') ? 'any' : 'select'} onChange={(_, data) => editor.setConditions({ platforms: { ...conditions.platforms!, includePlatforms: data.value === 'any' ? ['all'] : [] } })}>
            <Radio value="any" label="Any device" />
            <Radio value="select" label="Select device platforms" />
          </RadioGroup>
          {!conditions.platforms.includePlatforms.includes('all') && (
            <MultiSelect label="Included platforms" choices={PLATFORM_CHOICES} selected={conditions.platforms.includePlatforms} onChange={(values) => editor.setConditions({ platforms: { ...conditions.platforms!, includePlatforms: values as DevicePlatform[] } })} />
          )}
          <MultiSelect label="Excluded platforms" choices={PLATFORM_CHOICES} selected={conditions.platforms.excludePlatforms} onChange={(values) => editor.setConditions({ platforms: { ...conditions.platforms!, excludePlatforms: values as DevicePlatform[] } })} />
        </>
      )}
      <Field label="Client apps">
        <RadioGroup layout="horizontal" value={legacyOnly ? 'yes' : 'no'} onChange={(_, data) => editor.setConditions({ clientAppTypes: data.value === 'yes' ? ['browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other'] : ['all'] })}>
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </RadioGroup>
      </Field>
      {legacyOnly &&
        (Object.entries(CLIENT_APP_LABELS) as [Exclude<ClientAppType, 'all'>, string][]).map(([value, label]) => (
          <Checkbox
            key={value}
            label={label}
            checked={conditions.clientAppTypes.includes(value)}
            onChange={(_, data) => editor.setConditions({ clientAppTypes: data.checked ? [...conditions.clientAppTypes, value] : conditions.clientAppTypes.filter((each) => each !== value) })}
          />
        ))}
    </section>
  );
}
