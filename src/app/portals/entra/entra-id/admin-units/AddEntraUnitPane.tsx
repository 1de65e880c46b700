import { Button, Dropdown, Field, Input, Option, Radio, RadioGroup, Tab, TabList, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { roleTemplateById } from '../../../../../tenant';
import { SCOPABLE_ROLES } from '../../../../../views/administrative-units';
import { PeoplePicker } from '../../../../kit/PeoplePicker';
import { FeedbackBar, OutcomeList } from '../../../../kit/Feedback';
import { useListStyles } from '../../../../kit/list-styles';
import { SidePane } from '../../../../kit/SidePane';
import { ENTRA_UNIT_TABS, useAddEntraUnit, type AddEntraUnitState } from './useAddEntraUnit';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  muted: { color: tokens.colorNeutralForeground3 },
});

function PropertiesTab({ state }: { readonly state: AddEntraUnitState }) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      <Field label="Name" required validationMessage={state.nameError}>
        <Input value={state.name} onChange={(_, data) => state.setName(data.value)} onBlur={state.touchName} />
      </Field>
      <Field label="Description">
        <Textarea value={state.description} onChange={(_, data) => state.setDescription(data.value)} />
      </Field>
      <Field label="Restricted management administrative unit" hint="Only admins assigned over this unit can change its members' properties. This can't be changed later.">
        <RadioGroup layout="horizontal" value={state.restricted ? 'yes' : 'no'} onChange={(_, data) => state.setRestricted(data.value === 'yes')}>
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </RadioGroup>
      </Field>
    </div>
  );
}

function RolesTab({ state }: { readonly state: AddEntraUnitState }) {
  const styles = useStyles();
  const [roleId, setRoleId] = useState(SCOPABLE_ROLES[0]?.id ?? '');
  const [picking, setPicking] = useState(false);
  const role = roleTemplateById(roleId);
  if (picking && role) {
    return (
      <PeoplePicker
        title={`Add assignments: ${role.displayName}`}
        confirmLabel={() => 'Select'}
        exclude={new Set(state.admins.filter((admin) => admin.roleDefinitionId === roleId).map((admin) => admin.principal.id))}
        onConfirm={(people) => {
          state.setAdmins([...state.admins, ...people.map((person) => ({ roleDefinitionId: roleId, principal: { id: person.id, displayName: person.displayName, detail: person.userPrincipalName, type: 'User' as const } }))]);
          setPicking(false);
        }}
        onCancel={() => setPicking(false)}
      />
    );
  }
  return (
    <div className={styles.form}>
      <Text>Assign roles over this unit. The admins you pick can use the role only for the unit's members.</Text>
      <Field label="Role">
        <Dropdown value={role?.displayName ?? ''} selectedOptions={[roleId]} onOptionSelect={(_, data) => data.optionValue && setRoleId(data.optionValue)}>
          {SCOPABLE_ROLES.map((each) => (
            <Option key={each.id} value={each.id}>
              {each.displayName}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <Button icon={<PersonAddRegular />} onClick={() => setPicking(true)}>
          Add assignments
        </Button>
      </div>
      {state.admins.length === 0 ? (
        <Text className={styles.muted}>No roles assigned.</Text>
      ) : (
        <ul className={styles.list} aria-label="Role assignments">
          {state.admins.map((admin) => {
            const name = roleTemplateById(admin.roleDefinitionId)?.displayName ?? admin.roleDefinitionId;
            return (
              <li key={`${admin.roleDefinitionId}:${admin.principal.id}`} className={styles.item}>
                <span>
                  {name}: {admin.principal.displayName}
                </span>
                <Button appearance="subtle" icon={<DismissRegular />} aria-label={`Remove ${admin.principal.displayName} from ${name}`} onClick={() => state.setAdmins(state.admins.filter((other) => other !== admin))} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function ReviewTab({ state }: { readonly state: AddEntraUnitState }) {
  const list = useListStyles();
  return (
    <dl className={list.facts}>
      <dt className={list.term}>Name</dt>
      <dd className={list.definition}>{state.name}</dd>
      <dt className={list.term}>Description</dt>
      <dd className={list.definition}>{state.description || 'None'}</dd>
      <dt className={list.term}>Restricted management administrative unit</dt>
      <dd className={list.definition}>{state.restricted ? 'Yes' : 'No'}</dd>
      <dt className={list.term}>Role assignments</dt>
      <dd className={list.definition}>
        {state.admins.length === 0 ? 'None' : state.admins.map((admin) => `${roleTemplateById(admin.roleDefinitionId)?.displayName}: ${admin.principal.displayName}`).join('; ')}
      </dd>
    </dl>
  );
}

/** Entra > Administrative units > "Add": Properties, Assign roles, Review + create. */
export function AddEntraUnitPane({ onClose }: { readonly onClose: () => void }) {
  const state = useAddEntraUnit();
  const { outcomes } = state;
  const failed = outcomes?.filter((outcome) => outcome.error) ?? [];
  const index = ENTRA_UNIT_TABS.findIndex((tab) => tab.id === state.tab);
  const nextTab = ENTRA_UNIT_TABS[index + 1];
  const previousTab = ENTRA_UNIT_TABS[index - 1];
  return (
    <SidePane
      title="Add administrative unit"
      size="medium"
      onClose={onClose}
      header={
        !outcomes && (
          <TabList selectedValue={state.tab} onTabSelect={(_, data) => state.goTo(data.value as AddEntraUnitState['tab'])} aria-label="Add administrative unit">
            {ENTRA_UNIT_TABS.map((tab) => (
              <Tab key={tab.id} value={tab.id}>
                {tab.label}
              </Tab>
            ))}
          </TabList>
        )
      }
      footer={
        outcomes ? (
          <Button appearance="primary" onClick={onClose}>
            Close
          </Button>
        ) : (
          <>
            {state.tab === 'review' ? (
              <Button appearance="primary" onClick={state.create}>
                Create
              </Button>
            ) : (
              <Button appearance="primary" onClick={() => state.goTo('review')}>
                Review + create
              </Button>
            )}
            {previousTab && <Button onClick={() => state.goTo(previousTab.id)}>{'< Previous'}</Button>}
            {nextTab && <Button onClick={() => state.goTo(nextTab.id)}>{`Next: ${nextTab.label} >`}</Button>}
          </>
        )
      }
    >
      {outcomes ? (
        <>
          <FeedbackBar
            feedback={failed.length === 0 ? { ok: true, title: 'Administrative unit created', message: `${state.name.trim()} was created.` } : { ok: false, title: 'Some role assignments failed', message: `${state.name.trim()} was created, but the tenant refused these:` }}
          />
          {failed.length > 0 && <OutcomeList outcomes={outcomes} success="Assigned." />}
        </>
      ) : (
        <>
          <FeedbackBar feedback={state.error ? { ok: false, title: 'Creating the administrative unit failed', message: state.error } : null} />
          {state.tab === 'properties' && <PropertiesTab state={state} />}
          {state.tab === 'roles' && <RolesTab state={state} />}
          {state.tab === 'review' && <ReviewTab state={state} />}
        </>
      )}
    </SidePane>
  );
}
