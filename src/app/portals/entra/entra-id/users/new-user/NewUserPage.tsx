import { Button, Checkbox, Dropdown, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Option, Tab, TabList, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { builtInRoles } from '../../../../../../tenant';
import { selectUnitRows } from '../../../../../../views/administrative-units';
import { rowsEqual } from '../../../../../../views/equality';
import { selectGroupRows } from '../../../../../../views/groups';
import { TenantErrorBar } from '../../../../../kit/TenantErrorBar';
import { Page } from '../../../../../shell/Page';
import { RouterLink } from '../../../../../shell/RouterLink';
import { useTenant } from '../../../../../tenant-context';
import { entraPaths } from '../../../paths';
import { ProfileFields } from '../ProfileFields';
import { EDITABLE_FIELDS, USER_SECTIONS } from '../user-fields';
import { ChoicePane, type Choice } from './ChoicePane';
import { generatePassword, MAX_ASSIGNMENTS, NEW_USER_TABS, userPrincipalNameOf, type NewUserMode } from './new-user-form';
import { useNewUser, type NewUserState } from './useNewUser';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  upn: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // Level with the inputs, below their labels.
  at: { paddingTop: '30px' },
  footer: { display: 'flex', gap: tokens.spacingHorizontalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  muted: { color: tokens.colorNeutralForeground3 },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(180px, max-content) 1fr', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS, margin: 0 },
  definition: { margin: 0, overflowWrap: 'anywhere' },
});

function CreateBasics({ state }: { readonly state: NewUserState }) {
  const styles = useStyles();
  const { form, errors, update } = state;
  return (
    <div className={styles.form}>
      <Text>Create a new internal user in your organization.</Text>
      <div className={styles.upn}>
        <Field label="User principal name" required validationMessage={errors.alias}>
          <Input value={form.alias} onChange={(_, data) => update({ alias: data.value })} />
        </Field>
        <span className={styles.at} aria-hidden>
          @
        </span>
        <Field label="Domain">
          <Dropdown value={form.domain} selectedOptions={[form.domain]} onOptionSelect={(_, data) => data.optionValue && update({ domain: data.optionValue })}>
            {state.domains.map((domain) => (
              <Option key={domain}>{domain}</Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field label="Mail nickname" required validationMessage={errors.mailNickname}>
        <Input value={form.deriveNickname ? form.alias : form.mailNickname} disabled={form.deriveNickname} onChange={(_, data) => update({ mailNickname: data.value })} />
      </Field>
      <Checkbox label="Derive from user principal name" checked={form.deriveNickname} onChange={(_, data) => update({ deriveNickname: data.checked === true, mailNickname: form.alias })} />
      <Field label="Display name" required validationMessage={errors.displayName}>
        <Input value={form.displayName} onChange={(_, data) => update({ displayName: data.value })} />
      </Field>
      <Field label="Password" required validationMessage={errors.password}>
        <Input type={form.autoPassword ? 'text' : 'password'} value={form.password} readOnly={form.autoPassword} onChange={(_, data) => update({ password: data.value })} />
      </Field>
      <Checkbox label="Auto-generate password" checked={form.autoPassword} onChange={(_, data) => update({ autoPassword: data.checked === true, password: data.checked ? generatePassword() : '' })} />
      <Checkbox label="Account enabled" checked={form.accountEnabled} onChange={(_, data) => update({ accountEnabled: data.checked === true })} />
    </div>
  );
}

function InviteBasics({ state }: { readonly state: NewUserState }) {
  const styles = useStyles();
  const { form, errors, update } = state;
  return (
    <div className={styles.form}>
      <Text>Invite a new guest user to collaborate with your organization. The user will be emailed an invitation they can accept to begin collaborating.</Text>
      <Field label="Email" required validationMessage={errors.email}>
        <Input type="email" value={form.email} onChange={(_, data) => update({ email: data.value })} />
      </Field>
      <Field label="Display name" required validationMessage={errors.displayName}>
        <Input value={form.displayName} onChange={(_, data) => update({ displayName: data.value })} />
      </Field>
      <Checkbox label="Send invite message" checked={form.sendInvite} onChange={(_, data) => update({ sendInvite: data.checked === true })} />
      {form.sendInvite && (
        <Field label="Message">
          <Textarea value={form.message} onChange={(_, data) => update({ message: data.value })} />
        </Field>
      )}
    </div>
  );
}

function Assigned({ label, items, onRemove }: { readonly label: string; readonly items: readonly Choice[]; readonly onRemove: (id: string) => void }) {
  const styles = useStyles();
  if (items.length === 0) return <Text className={styles.muted}>{`No ${label.toLowerCase()} selected`}</Text>;
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className={styles.item}>
          <span>{item.label}</span>
          <Button appearance="subtle" icon={<DismissRegular />} aria-label={`Remove ${item.label}`} onClick={() => onRemove(item.id)} />
        </li>
      ))}
    </ul>
  );
}

type Picking = 'unit' | 'group' | 'role' | null;

function Assignments({ state }: { readonly state: NewUserState }) {
  const styles = useStyles();
  const { form, update } = state;
  const groups = useTenant(selectGroupRows, rowsEqual);
  const units = useTenant(selectUnitRows, rowsEqual);
  const [picking, setPicking] = useState<Picking>(null);
  const groupChoices: Choice[] = groups.filter((group) => !group.dynamic).map((group) => ({ id: group.id, label: group.displayName }));
  const roleChoices: Choice[] = builtInRoles.map((role) => ({ id: role.id, label: role.displayName }));
  const unitChoices: Choice[] = units.map((unit) => ({ id: unit.id, label: unit.displayName }));
  const pick = (choices: readonly Choice[], ids: readonly string[]) => choices.filter((choice) => ids.includes(choice.id));
  const invite = state.mode === 'invite';
  return (
    <div className={styles.form}>
      <Text>Assign the user to up to {MAX_ASSIGNMENTS} groups or roles{invite ? '' : ', and to one administrative unit'}. You can add assignments later too.</Text>
      {!invite && (
        <>
          <div>
            <Button icon={<AddRegular />} onClick={() => setPicking('unit')}>
              Add administrative unit
            </Button>
          </div>
          <Assigned label="Administrative units" items={pick(unitChoices, form.unitId ? [form.unitId] : [])} onRemove={() => update({ unitId: null })} />
        </>
      )}
      <div>
        <Button icon={<AddRegular />} onClick={() => setPicking('group')}>
          Add group
        </Button>
      </div>
      <Assigned label="Groups" items={pick(groupChoices, form.groupIds)} onRemove={(id) => update({ groupIds: form.groupIds.filter((each) => each !== id) })} />
      <div>
        <Button icon={<AddRegular />} onClick={() => setPicking('role')}>
          Add role
        </Button>
      </div>
      <Assigned label="Roles" items={pick(roleChoices, form.roleIds)} onRemove={(id) => update({ roleIds: form.roleIds.filter((each) => each !== id) })} />
      {picking === 'unit' && (
        <ChoicePane title="Add administrative unit" choices={unitChoices} chosen={form.unitId ? [form.unitId] : []} max={1} onClose={() => setPicking(null)} onSelect={(ids) => (update({ unitId: ids[0] ?? null }), setPicking(null))} />
      )}
      {picking === 'group' && (
        <ChoicePane title="Add group" choices={groupChoices} chosen={form.groupIds} max={MAX_ASSIGNMENTS} onClose={() => setPicking(null)} onSelect={(ids) => (update({ groupIds: ids }), setPicking(null))} />
      )}
      {picking === 'role' && (
        <ChoicePane title="Add role" choices={roleChoices} chosen={form.roleIds} max={MAX_ASSIGNMENTS} onClose={() => setPicking(null)} onSelect={(ids) => (update({ roleIds: ids }), setPicking(null))} />
      )}
    </div>
  );
}

function Review({ state }: { readonly state: NewUserState }) {
  const styles = useStyles();
  const { form, mode } = state;
  const groups = useTenant(selectGroupRows, rowsEqual);
  const labels = new Map(EDITABLE_FIELDS.map((field) => [field.key, field.label]));
  const facts: [string, ReactNode][] =
    mode === 'create'
      ? [
          ['User principal name', userPrincipalNameOf(form)],
          ['Mail nickname', form.deriveNickname ? form.alias.trim() : form.mailNickname],
          ['Display name', form.displayName],
          ['Password', form.password ? '••••••••' : ''],
          ['Account enabled', form.accountEnabled ? 'Yes' : 'No'],
        ]
      : [
          ['Email', form.email],
          ['Display name', form.displayName],
          ['Send invite message', form.sendInvite ? 'Yes' : 'No'],
        ];
  for (const [key, value] of Object.entries(form.profile)) if (value?.trim()) facts.push([labels.get(key as never) ?? key, value]);
  facts.push(['Groups', groups.filter((group) => form.groupIds.includes(group.id)).map((group) => group.displayName).join(', ') || 'None']);
  facts.push(['Roles', builtInRoles.filter((role) => form.roleIds.includes(role.id)).map((role) => role.displayName).join(', ') || 'None']);
  return (
    <section aria-label="Review">
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.muted}>{term}</dt>
            <dd className={styles.definition}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function NewUser({ mode }: { readonly mode: NewUserMode }) {
  const styles = useStyles();
  const state = useNewUser(mode);
  const { tab } = state;
  const index = NEW_USER_TABS.findIndex((each) => each.id === tab);
  const next = NEW_USER_TABS[index + 1];
  const previous = NEW_USER_TABS[index - 1];
  const title = mode === 'create' ? 'Create new user' : 'Invite external user';
  const action = mode === 'create' ? 'Create' : 'Invite';
  const sections = USER_SECTIONS.map((section) => section.id).filter((id) => id !== 'onPremises');
  return (
    <Page title={title} trail={[{ label: 'Users', to: entraPaths.users }]}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => state.goTo(data.value as typeof tab)} aria-label={title}>
        {NEW_USER_TABS.map((each) => (
          <Tab key={each.id} value={each.id}>
            {each.id === 'review' && mode === 'invite' ? 'Review + invite' : each.label}
          </Tab>
        ))}
      </TabList>
      <TenantErrorBar error={state.createError} title={mode === 'create' ? 'Failed to create user' : 'Failed to invite user'} />
      {state.failures && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`The user was ${mode === 'create' ? 'created' : 'invited'}, but not every assignment was made`}</MessageBarTitle>
            <ul>
              {state.failures.map((failure) => (
                <li key={failure.step}>{`${failure.step}: ${failure.error.message}`}</li>
              ))}
            </ul>
            <RouterLink to={entraPaths.users}>Go to All users</RouterLink>
          </MessageBarBody>
        </MessageBar>
      )}
      {tab === 'basics' && (mode === 'create' ? <CreateBasics state={state} /> : <InviteBasics state={state} />)}
      {tab === 'properties' && (
        <div className={styles.form}>
          <ProfileFields values={state.form.profile} errors={state.errors} onChange={state.setProfile} sections={sections} skip={['displayName']} readOnly={{ 'User type': mode === 'create' ? 'Member' : 'Guest' }}
            manager={{ value: state.form.managerId, onChange: (managerId) => state.update({ managerId }) }}
          />
        </div>
      )}
      {tab === 'assignments' && <Assignments state={state} />}
      {tab === 'review' && <Review state={state} />}
      <div className={styles.footer}>
        {tab === 'review' ? (
          <Button appearance="primary" onClick={state.create} disabled={state.failures !== null}>
            {action}
          </Button>
        ) : (
          <Button appearance="primary" onClick={() => state.goTo('review')}>
            {mode === 'create' ? 'Review + create' : 'Review + invite'}
          </Button>
        )}
        {previous && <Button onClick={() => state.goTo(previous.id)}>{'< Previous'}</Button>}
        {next && <Button onClick={state.next}>{`Next: ${next.id === 'review' && mode === 'invite' ? 'Review + invite' : next.label} >`}</Button>}
      </div>
    </Page>
  );
}

export function CreateUserPage() {
  return <NewUser mode="create" />;
}

export function InviteUserPage() {
  return <NewUser mode="invite" />;
}
