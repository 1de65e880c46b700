import { Button, Checkbox, Dropdown, Field, Input, Link, Option, Radio, RadioGroup, Tab, TabList, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { TENANT_SCOPE, type RoleTemplate } from '../../../../../tenant';
import { rowsEqual } from '../../../../../views/equality';
import { scopeOptionsSelector } from '../../../../../views/role-management';
import { useTenant } from '../../../../tenant-context';
import { FeedbackBar, OutcomeList } from '../../../../kit/Feedback';
import { LabNote } from '../../../../kit/LabNote';
import { SidePane } from '../../../../kit/SidePane';
import { PrincipalPicker } from './PrincipalPicker';
import { useAddAssignments, type AddAssignmentsState, type AssignmentType } from './useAddAssignments';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  muted: { color: tokens.colorNeutralForeground3 },
});

function MembershipTab({ state, role, onPick }: { readonly state: AddAssignmentsState; readonly role: RoleTemplate; readonly onPick: () => void }) {
  const styles = useStyles();
  const units = useTenant(useMemo(() => scopeOptionsSelector(role.id), [role.id]), rowsEqual);
  const scoped = state.scopeId !== TENANT_SCOPE;
  return (
    <div className={styles.form}>
      <Field label="Scope type">
        <Dropdown
          value={scoped ? 'Administrative unit' : 'Directory'}
          selectedOptions={[scoped ? 'unit' : 'directory']}
          onOptionSelect={(_, data) => state.setScopeId(data.optionValue === 'unit' && units[0] ? units[0].directoryScopeId : TENANT_SCOPE)}
        >
          <Option value="directory">Directory</Option>
          <Option value="unit" disabled={units.length === 0}>
            Administrative unit
          </Option>
        </Dropdown>
      </Field>
      {units.length === 0 && <Text className={styles.muted}>{role.displayName} can be assigned over the whole directory only, or there are no administrative units yet.</Text>}
      {scoped && (
        <Field label="Administrative unit">
          <Dropdown
            value={units.find((unit) => unit.directoryScopeId === state.scopeId)?.displayName ?? ''}
            selectedOptions={[state.scopeId]}
            onOptionSelect={(_, data) => data.optionValue && state.setScopeId(data.optionValue)}
          >
            {units.map((unit) => (
              <Option key={unit.directoryScopeId} value={unit.directoryScopeId}>
                {unit.displayName}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label="Select member(s)" required validationMessage={state.membersError}>
        <Link as="button" onClick={onPick}>
          {state.members.length === 0 ? 'No member selected' : `${state.members.length} member(s) selected`}
        </Link>
      </Field>
      {state.members.length > 0 && (
        <ul className={styles.list} aria-label="Selected members">
          {state.members.map((member) => (
            <li key={member.id} className={styles.item}>
              <span>
                {member.displayName} <span className={styles.muted}>{member.type === 'Group' ? 'Group' : member.detail}</span>
              </span>
              <Button appearance="subtle" icon={<DismissRegular />} aria-label={`Remove ${member.displayName}`} onClick={() => state.setMembers(state.members.filter((other) => other.id !== member.id))} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SettingTab({ state }: { readonly state: AddAssignmentsState }) {
  const styles = useStyles();
  const eligible = state.assignmentType === 'Eligible';
  const mustExpire = state.settings.eligibleAssignmentExpiration.isExpirationRequired;
  return (
    <div className={styles.form}>
      <Field label="Assignment type">
        <RadioGroup value={state.assignmentType} onChange={(_, data) => state.setAssignmentType(data.value as AssignmentType)}>
          <Radio value="Eligible" label="Eligible" />
          <Radio value="Active" label="Active" />
        </RadioGroup>
      </Field>
      {eligible ? (
        <>
          <Checkbox
            label="Permanently eligible"
            checked={state.permanent}
            onChange={(_, data) => state.setPermanent(data.checked === true)}
          />
          {mustExpire && state.permanent && <Text className={styles.muted}>This role's settings don't allow permanent eligible assignments.</Text>}
          {!state.permanent && (
            <Field label="Assignment ends (UTC)">
              <Input type="datetime-local" value={state.endsAt} onChange={(_, data) => state.setEndsAt(data.value)} />
            </Field>
          )}
        </>
      ) : (
        <>
          <Checkbox label="Permanently assigned" checked disabled />
          <LabNote>Active assignments with an end date aren't simulated: an active assignment here is permanent until it's removed.</LabNote>
        </>
      )}
      <Field label="Enter justification">
        <Textarea value={state.justification} onChange={(_, data) => state.setJustification(data.value)} maxLength={500} />
      </Field>
    </div>
  );
}

/**
 * A role's "Add assignments" pane. With Microsoft Entra ID P2 it has PIM's "Membership" and
 * "Setting" tabs; without it, the members and the scope only, for an active assignment.
 */
export function AddAssignmentsPane({ role, onClose }: { readonly role: RoleTemplate; readonly onClose: () => void }) {
  const state = useAddAssignments(role.id);
  const [picking, setPicking] = useState(false);
  const { outcomes } = state;
  const failed = outcomes?.filter((outcome) => outcome.error) ?? [];
  const onSetting = state.pim && state.tab === 'setting';

  const footer = outcomes ? (
    <Button appearance="primary" onClick={onClose}>
      Close
    </Button>
  ) : picking ? undefined : onSetting ? (
    <>
      <Button appearance="primary" onClick={state.assign}>
        Assign
      </Button>
      <Button onClick={() => state.setTab('membership')}>{'< Prev'}</Button>
      <Button onClick={onClose}>Cancel</Button>
    </>
  ) : (
    <>
      <Button appearance="primary" onClick={state.pim ? state.next : state.assign}>
        {state.pim ? 'Next >' : 'Add'}
      </Button>
      <Button onClick={onClose}>Cancel</Button>
    </>
  );

  return (
    <SidePane
      title="Add assignments"
      subtitle={state.pim ? `Privileged Identity Management | Microsoft Entra roles · ${role.displayName}` : role.displayName}
      size="medium"
      onClose={onClose}
      header={
        state.pim && !outcomes && !picking ? (
          <TabList selectedValue={state.tab} onTabSelect={(_, data) => (data.value === 'setting' ? state.next() : state.setTab('membership'))} aria-label="Add assignments">
            <Tab value="membership">Membership</Tab>
            <Tab value="setting">Setting</Tab>
          </TabList>
        ) : undefined
      }
      footer={footer}
    >
      {outcomes ? (
        <>
          <FeedbackBar
            feedback={
              failed.length === 0
                ? { ok: true, title: 'Assignment added', message: `${role.displayName} was assigned to ${outcomes.map((outcome) => outcome.name).join(', ')}.` }
                : { ok: false, title: failed.length === outcomes.length ? 'Adding the assignment failed' : 'Some assignments failed', message: failed[0]!.error! }
            }
          />
          {outcomes.length > 1 && <OutcomeList outcomes={outcomes} success="Assigned." />}
        </>
      ) : picking ? (
        <PrincipalPicker
          exclude={new Set(state.members.map((member) => member.id))}
          onSelect={(principals) => {
            state.setMembers([...state.members, ...principals]);
            setPicking(false);
          }}
          onCancel={() => setPicking(false)}
        />
      ) : onSetting ? (
        <SettingTab state={state} />
      ) : (
        <MembershipTab state={state} role={role} onPick={() => setPicking(true)} />
      )}
    </SidePane>
  );
}
