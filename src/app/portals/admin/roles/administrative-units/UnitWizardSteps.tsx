import { Button, Field, Input, Link, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, PeopleAddRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { roleTemplateById } from '../../../../../tenant';
import { SCOPABLE_ROLES, searchGroups } from '../../../../../views/administrative-units';
import { PeoplePicker } from '../../../../kit/PeoplePicker';
import { GroupPicker } from '../common/GroupPicker';
import { MAX_MEMBERS, STEP_LABELS, type AddUnitWizardState, type UnitStep } from './useAddUnitWizard';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  muted: { color: tokens.colorNeutralForeground3 },
  roles: { maxHeight: '260px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalXS },
  review: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  reviewHeading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function BasicsStep({ wizard }: { readonly wizard: AddUnitWizardState }) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      <Text>Administrative units let you give admins permissions over a part of your organization: the users and groups you add to the unit.</Text>
      <Field label="Name" required validationMessage={wizard.nameError}>
        <Input value={wizard.fields.name} onChange={(_, data) => wizard.update({ name: data.value })} onBlur={wizard.touchName} />
      </Field>
      <Field label="Description">
        <Textarea value={wizard.fields.description} onChange={(_, data) => wizard.update({ description: data.value })} />
      </Field>
    </div>
  );
}

export function MembersStep({ wizard }: { readonly wizard: AddUnitWizardState }) {
  const styles = useStyles();
  const [picking, setPicking] = useState<'users' | 'groups' | null>(null);
  const { members } = wizard.fields;
  const room = MAX_MEMBERS - members.length;
  const chosen = new Set(members.map((member) => member.id));
  if (picking === 'users') {
    return (
      <PeoplePicker
        title="Add users"
        confirmLabel={(count) => (count > 0 ? `Add (${count})` : 'Add')}
        exclude={chosen}
        max={room}
        onConfirm={(people) => {
          wizard.update({ members: [...members, ...people.map((person) => ({ id: person.id, displayName: person.displayName, detail: person.userPrincipalName, type: 'User' as const }))] });
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
      />
    );
  }
  if (picking === 'groups') {
    return (
      <GroupPicker
        title="Add groups"
        search={searchGroups}
        exclude={chosen}
        max={room}
        onConfirm={(groups) => {
          wizard.update({ members: [...members, ...groups] });
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
      />
    );
  }
  return (
    <div className={styles.form}>
      <Text>Add up to {MAX_MEMBERS} users and groups. Adding a group lets the unit's admins manage the group, not the users in it.</Text>
      <div className={styles.row}>
        <Button icon={<PersonAddRegular />} disabled={room === 0} onClick={() => setPicking('users')}>
          Add users
        </Button>
        <Button icon={<PeopleAddRegular />} disabled={room === 0} onClick={() => setPicking('groups')}>
          Add groups
        </Button>
      </div>
      {members.length === 0 ? (
        <Text className={styles.muted}>No members added yet.</Text>
      ) : (
        <ul className={styles.list} aria-label="Members">
          {members.map((member) => (
            <li key={member.id} className={styles.item}>
              <span>
                {member.displayName} <span className={styles.muted}>{member.detail}</span>
              </span>
              <Button appearance="subtle" icon={<DismissRegular />} aria-label={`Remove ${member.displayName}`} onClick={() => wizard.update({ members: members.filter((other) => other.id !== member.id) })} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function RolesStep({ wizard }: { readonly wizard: AddUnitWizardState }) {
  const styles = useStyles();
  const roles = SCOPABLE_ROLES;
  const [roleId, setRoleId] = useState(roles[0]?.id ?? '');
  const [picking, setPicking] = useState(false);
  const { admins } = wizard.fields;
  const role = roleTemplateById(roleId);
  if (picking && role) {
    return (
      <PeoplePicker
        title={`Add admin assignments: ${role.displayName}`}
        confirmLabel={(count) => (count > 0 ? `Add (${count})` : 'Add')}
        exclude={new Set(admins.filter((admin) => admin.roleDefinitionId === roleId).map((admin) => admin.principal.id))}
        onConfirm={(people) => {
          wizard.update({
            admins: [...admins, ...people.map((person) => ({ roleDefinitionId: roleId, principal: { id: person.id, displayName: person.displayName, detail: person.userPrincipalName, type: 'User' as const } }))],
          });
          setPicking(false);
        }}
        onCancel={() => setPicking(false)}
      />
    );
  }
  return (
    <div className={styles.form}>
      <Text>Choose a role, then assign admins to it. They can use the role only over this unit's members.</Text>
      <div className={styles.roles}>
        <RadioGroup aria-label="Scoped roles" value={roleId} onChange={(_, data) => setRoleId(data.value)}>
          {roles.map((each) => (
            <Radio key={each.id} value={each.id} label={each.displayName} />
          ))}
        </RadioGroup>
      </div>
      <div>
        <Button icon={<PersonAddRegular />} onClick={() => setPicking(true)} disabled={!role}>
          Assign admins
        </Button>
      </div>
      {admins.length === 0 ? (
        <Text className={styles.muted}>No admins assigned yet.</Text>
      ) : (
        <ul className={styles.list} aria-label="Scoped admins">
          {admins.map((admin) => {
            const name = roleTemplateById(admin.roleDefinitionId)?.displayName ?? admin.roleDefinitionId;
            return (
              <li key={`${admin.roleDefinitionId}:${admin.principal.id}`} className={styles.item}>
                <span>
                  {admin.principal.displayName} <span className={styles.muted}>{name}</span>
                </span>
                <Button
                  appearance="subtle"
                  icon={<DismissRegular />}
                  aria-label={`Remove ${admin.principal.displayName} from ${name}`}
                  onClick={() => wizard.update({ admins: admins.filter((other) => other !== admin) })}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function ReviewSection({ title, step, wizard, children }: { readonly title: string; readonly step: UnitStep; readonly wizard: AddUnitWizardState; readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.review} aria-label={title}>
      <h3 className={styles.reviewHeading}>{title}</h3>
      {children}
      <Link as="button" aria-label={`Edit ${STEP_LABELS[step]}`} onClick={() => wizard.goTo(step)}>
        Edit
      </Link>
    </section>
  );
}

export function ReviewStep({ wizard }: { readonly wizard: AddUnitWizardState }) {
  const styles = useStyles();
  const { fields } = wizard;
  return (
    <div className={styles.form}>
      <ReviewSection title="Basics" step="basics" wizard={wizard}>
        <Text>{fields.name}</Text>
        <Text className={styles.muted}>{fields.description || 'No description'}</Text>
      </ReviewSection>
      <ReviewSection title="Members" step="members" wizard={wizard}>
        <Text>{fields.members.length === 0 ? 'No members' : fields.members.map((member) => member.displayName).join(', ')}</Text>
      </ReviewSection>
      <ReviewSection title="Admins assigned to scoped roles" step="roles" wizard={wizard}>
        <Text>
          {fields.admins.length === 0
            ? 'No admins'
            : fields.admins.map((admin) => `${admin.principal.displayName} (${roleTemplateById(admin.roleDefinitionId)?.displayName ?? admin.roleDefinitionId})`).join(', ')}
        </Text>
      </ReviewSection>
    </div>
  );
}
