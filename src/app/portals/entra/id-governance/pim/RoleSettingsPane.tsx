import { Button, Checkbox, Dropdown, Field, Option, Slider, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { ASSIGNMENT_EXPIRY_CHOICES, roleTemplateById } from '../../../../../tenant';
import { roleSettingsSelector } from '../../../../../views/pim';
import { useTenant } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { useListStyles } from '../../../../kit/list-styles';
import { SidePane } from '../../../../kit/SidePane';
import { EXPIRY_LABELS, fieldsOf, useRoleSettingsEdit, type ExpiryChoice, type RoleSettingFields } from './useRoleSettingsEdit';

type EditTab = 'activation' | 'assignment';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function SettingFacts({ fields }: { readonly fields: RoleSettingFields }) {
  const styles = useListStyles();
  const facts: readonly [string, string][] = [
    ['Activation maximum duration (hours)', String(fields.maximumHours)],
    ['Require justification on activation', yesNo(fields.requireJustification)],
    ['Require ticket information on activation', yesNo(fields.requireTicketInfo)],
    ['Require approval to activate', yesNo(fields.requireApproval)],
    ['Allow permanent eligible assignment', fields.allowPermanentEligible ? 'Yes' : `No, expire after ${EXPIRY_LABELS[fields.eligibleExpireAfter]}`],
    ['Allow permanent active assignment', fields.allowPermanentActive ? 'Yes' : `No, expire after ${EXPIRY_LABELS[fields.activeExpireAfter]}`],
  ];
  return (
    <dl className={styles.facts}>
      {facts.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ExpiryDropdown({ label, value, onChange }: { readonly label: string; readonly value: ExpiryChoice; readonly onChange: (value: ExpiryChoice) => void }) {
  return (
    <Field label={label}>
      <Dropdown value={EXPIRY_LABELS[value]} selectedOptions={[value]} onOptionSelect={(_, data) => data.optionValue && onChange(data.optionValue as ExpiryChoice)}>
        {ASSIGNMENT_EXPIRY_CHOICES.map((choice) => (
          <Option key={choice} value={choice}>
            {EXPIRY_LABELS[choice]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function EditForm({ roleId, onUpdated, onCancel }: { readonly roleId: string; readonly onUpdated: () => void; readonly onCancel: () => void }) {
  const styles = useStyles();
  const list = useListStyles();
  const settings = useTenant(useMemo(() => roleSettingsSelector(roleId), [roleId]));
  const edit = useRoleSettingsEdit(roleId, settings, onUpdated);
  const [tab, setTab] = useState<EditTab>('activation');
  const { fields, change } = edit;
  return (
    <div className={styles.form}>
      <FeedbackBar feedback={edit.error ? { ok: false, message: edit.error } : null} />
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as EditTab)} aria-label="Role setting">
        <Tab value="activation">Activation</Tab>
        <Tab value="assignment">Assignment</Tab>
      </TabList>
      {tab === 'activation' ? (
        <>
          <Field label={`Activation maximum duration (hours): ${fields.maximumHours}`}>
            <Slider min={1} max={24} step={1} value={fields.maximumHours} onChange={(_, data) => change({ maximumHours: data.value })} />
          </Field>
          <Checkbox label="Require justification on activation" checked={fields.requireJustification} onChange={(_, data) => change({ requireJustification: data.checked === true })} />
          <Checkbox label="Require ticket information on activation" checked={fields.requireTicketInfo} onChange={(_, data) => change({ requireTicketInfo: data.checked === true })} />
          <Checkbox label="Require approval to activate" checked={fields.requireApproval} onChange={(_, data) => change({ requireApproval: data.checked === true })} />
          {fields.requireApproval && <Text>No approvers are selected, so Privileged Role Administrators and Global Administrators approve.</Text>}
        </>
      ) : (
        <>
          <Checkbox label="Allow permanent eligible assignment" checked={fields.allowPermanentEligible} onChange={(_, data) => change({ allowPermanentEligible: data.checked === true })} />
          {!fields.allowPermanentEligible && <ExpiryDropdown label="Expire eligible assignments after" value={fields.eligibleExpireAfter} onChange={(value) => change({ eligibleExpireAfter: value })} />}
          <Checkbox label="Allow permanent active assignment" checked={fields.allowPermanentActive} onChange={(_, data) => change({ allowPermanentActive: data.checked === true })} />
          {!fields.allowPermanentActive && <ExpiryDropdown label="Expire active assignments after" value={fields.activeExpireAfter} onChange={(value) => change({ activeExpireAfter: value })} />}
        </>
      )}
      <div className={list.actions}>
        <Button appearance="primary" onClick={edit.update}>
          Update
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}

/** Role settings > a role: "Role setting details", and "Edit" to change them. */
export function RoleSettingsPane({ roleId, onClose }: { readonly roleId: string; readonly onClose: () => void }) {
  const role = roleTemplateById(roleId);
  const settings = useTenant(useMemo(() => roleSettingsSelector(roleId), [roleId]));
  const [editing, setEditing] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const name = role?.displayName ?? roleId;
  return (
    <SidePane title={editing ? `Edit role setting - ${name}` : `Role setting details - ${name}`} onClose={onClose}>
      {editing ? (
        <EditForm
          roleId={roleId}
          onUpdated={() => {
            setEditing(false);
            setFeedback({ ok: true, message: `The settings of ${name} were updated.` });
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <FeedbackBar feedback={feedback} />
          <div>
            <Button appearance="primary" onClick={() => setEditing(true)}>
              Edit
            </Button>
          </div>
          <SettingFacts fields={fieldsOf(settings)} />
        </>
      )}
    </SidePane>
  );
}
