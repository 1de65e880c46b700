import { Button, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { TenantError, UserProfileChanges } from '../../../../../../tenant';
import type { EntraUserDetails } from '../../../../../../views/entra-user';
import { TenantErrorBar } from '../../../../../kit/TenantErrorBar';
import { useTenantStore } from '../../../../../tenant-context';
import { entraUserPath } from '../../../paths';
import { ProfileFields } from '../ProfileFields';
import { EDITABLE_FIELDS, USER_SECTIONS, fieldOfTarget, fieldValue, profileChanges, type EditableField, type FieldValues } from '../user-fields';
import { UserBlade } from './UserBlade';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '860px' },
  footer: { display: 'flex', gap: tokens.spacingHorizontalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
});

function startingValues(details: EntraUserDetails): FieldValues {
  return Object.fromEntries(EDITABLE_FIELDS.map((field) => [field.key, fieldValue(details.user, field)]));
}

function readOnlyValues(details: EntraUserDetails): Record<string, string> {
  return Object.fromEntries(USER_SECTIONS.flatMap((section) => section.fields.filter((field) => !field.key).map((field) => [field.label, fieldValue(details.user, field)])));
}

/** Only what the learner changed, so Save sends one user.update naming just those properties. */
function changedValues(before: FieldValues, after: FieldValues): FieldValues {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => (value ?? '').trim() !== (before[key as EditableField] ?? '').trim()));
}

function EditProperties({ details }: { readonly details: EntraUserDetails }) {
  const styles = useStyles();
  const store = useTenantStore();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const requested = params.get('section');
  const [section, setSection] = useState(USER_SECTIONS.some((each) => each.id === requested) ? requested! : 'all');
  const [before] = useState(() => startingValues(details));
  const [values, setValues] = useState(before);
  const [errors, setErrors] = useState<Partial<Record<EditableField, string>>>({});
  const [failure, setFailure] = useState<TenantError | null>(null);
  const [managerId, setManagerId] = useState(details.user.managerId);
  const changed = changedValues(before, values);
  const managerChanged = managerId !== details.user.managerId;

  const save = () => {
    if (!values.displayName?.trim()) return setErrors({ displayName: 'The value must not be empty.' });
    // The profile and the manager are two commands, as Graph's two calls; the manager follows a saved profile.
    if (Object.keys(changed).length > 0) {
      const result = store.send({ type: 'user.update', userId: details.user.id, changes: profileChanges(changed) as UserProfileChanges });
      if (!result.ok) {
        const field = fieldOfTarget(result.error.target);
        if (field) setErrors({ [field]: result.error.message });
        return setFailure(result.error);
      }
    }
    if (managerChanged) {
      const result = store.send({ type: 'user.setManager', userId: details.user.id, managerId });
      if (!result.ok) return setFailure(result.error);
    }
    navigate(entraUserPath(details.user.id));
  };

  return (
    <div className={styles.form}>
      <TabList selectedValue={section} onTabSelect={(_, data) => setSection(String(data.value))} aria-label="Edit properties sections">
        <Tab value="all">All</Tab>
        {USER_SECTIONS.map((each) => (
          <Tab key={each.id} value={each.id}>
            {each.title}
          </Tab>
        ))}
      </TabList>
      <TenantErrorBar error={failure} title="Failed to update user properties" />
      <ProfileFields
        values={values}
        errors={errors}
        onChange={(changes) => {
          setValues({ ...values, ...changes });
          setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !(key in changes))));
        }}
        sections={section === 'all' ? undefined : [section]}
        readOnly={readOnlyValues(details)}
        manager={{ value: managerId, onChange: setManagerId, exclude: details.user.id }}
      />
      <div className={styles.footer}>
        <Button appearance="primary" disabled={Object.keys(changed).length === 0 && !managerChanged} onClick={save}>
          Save
        </Button>
        <Button onClick={() => navigate(entraUserPath(details.user.id))}>Cancel</Button>
      </div>
    </div>
  );
}

/** Edit properties: the user's editable properties in the portal's sections, saved as one user.update. */
export default function EditPropertiesPage() {
  return <UserBlade section="edit">{(details) => <EditProperties key={details.user.id} details={details} />}</UserBlade>;
}
