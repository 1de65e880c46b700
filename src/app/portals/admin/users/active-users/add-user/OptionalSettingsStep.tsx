import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ROLE, type RoleTemplate } from '../../../../../../tenant';
import { selectGlobalAdministratorCount } from '../../../../../../views/user-creation';
import { useTenant } from '../../../../../tenant-context';
import { PROFILE_FIELDS } from './form';
// The same short list and categories as the user's Manage roles pane, so the two never disagree.
import { COMMON_ROLE_TEMPLATES, ROLE_CATEGORIES } from '../panes/role-categories';
import type { AddUserWizard } from './useAddUser';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalL },
  roles: { display: 'flex', flexDirection: 'column', paddingLeft: tokens.spacingHorizontalXXL },
  role: { display: 'flex', flexDirection: 'column', marginBottom: tokens.spacingVerticalXS },
  description: { color: tokens.colorNeutralForeground3, paddingLeft: '32px', marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
  category: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  profile: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalL },
});

/** Graph's length limits for the profile properties, so the boxes stop where the tenant would refuse. */
const MAX_LENGTH: Record<string, number> = { jobTitle: 128, department: 64, officeLocation: 128, businessPhones: 64, mobilePhone: 64, faxNumber: 64, streetAddress: 1024, city: 128, state: 128, postalCode: 40, country: 128 };

function RoleCheckbox({ role, wizard }: { role: RoleTemplate; wizard: AddUserWizard }) {
  const styles = useStyles();
  const { form, update } = wizard;
  const id = `role-${role.id}`;
  return (
    <div className={styles.role}>
      <Checkbox
        label={role.displayName}
        checked={form.roleIds.includes(role.id)}
        aria-describedby={`${id}-description`}
        onChange={(_, data) => update({ roleIds: data.checked === true ? [...form.roleIds, role.id] : form.roleIds.filter((roleId) => roleId !== role.id) })}
      />
      <Text id={`${id}-description`} size={200} className={styles.description}>
        {role.description}
      </Text>
    </div>
  );
}

function RolesPanel({ wizard }: { wizard: AddUserWizard }) {
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const globalAdmins = useTenant(selectGlobalAdministratorCount);
  const { form, update } = wizard;
  return (
    <div className={styles.panel}>
      <RadioGroup aria-label="Roles" value={form.adminAccess ? 'admin' : 'user'} onChange={(_, data) => update({ adminAccess: data.value === 'admin' })}>
        <Radio value="user" label="User (no admin center access)" />
        <Radio value="admin" label="Admin center access" />
      </RadioGroup>
      {form.adminAccess && (
        <>
          <Text>Admin roles give users permission to view data and complete tasks in admin centers. Give users only the access they need by assigning the least-permissive role.</Text>
          {form.roleIds.includes(ROLE.globalAdministrator) && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                Your organization has {globalAdmins} Global {globalAdmins === 1 ? 'Administrator' : 'Administrators'}. Microsoft recommends fewer than five: a Global Administrator can change everything in the organization.
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.roles} role="group" aria-label="Admin roles">
            {showAll
              ? ROLE_CATEGORIES.map((group) => (
                  <section key={group.name} aria-label={group.name}>
                    <h4 className={styles.category}>{group.name}</h4>
                    {group.roles.map((role) => (
                      <RoleCheckbox key={role.id} role={role} wizard={wizard} />
                    ))}
                  </section>
                ))
              : COMMON_ROLE_TEMPLATES.map((role) => <RoleCheckbox key={role.id} role={role} wizard={wizard} />)}
          </div>
          {!showAll && (
            <Link as="button" onClick={() => setShowAll(true)}>
              Show all by category
            </Link>
          )}
        </>
      )}
    </div>
  );
}

function ProfilePanel({ wizard }: { wizard: AddUserWizard }) {
  const styles = useStyles();
  const { form, errors, update } = wizard;
  return (
    <div className={`${styles.panel} ${styles.profile}`}>
      {PROFILE_FIELDS.map((field) => (
        <Field key={field.key} label={field.label} validationMessage={errors[field.key]} validationState={errors[field.key] ? 'error' : 'none'}>
          <Input value={form.profile[field.key]} maxLength={MAX_LENGTH[field.key]} onChange={(_, data) => update({ profile: { ...form.profile, [field.key]: data.value } })} />
        </Field>
      ))}
    </div>
  );
}

/** "Optional settings": roles and profile info, each behind an expander as in the admin center. */
export function OptionalSettingsStep({ wizard }: { wizard: AddUserWizard }) {
  const [open, setOpen] = useState<string[]>([]);
  // A profile field the tenant refused must be visible, so its expander opens.
  const openItems = Object.keys(wizard.errors).length > 0 && !open.includes('profile') ? [...open, 'profile'] : open;
  return (
    <Accordion multiple collapsible openItems={openItems} onToggle={(_, data) => setOpen(data.openItems.map(String))}>
      <AccordionItem value="roles">
        <AccordionHeader as="h3">{wizard.form.adminAccess ? 'Roles (Admin center access)' : 'Roles (User: no administration access)'}</AccordionHeader>
        <AccordionPanel>
          <RolesPanel wizard={wizard} />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="profile">
        <AccordionHeader as="h3">Profile info</AccordionHeader>
        <AccordionPanel>
          <ProfilePanel wizard={wizard} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
