import { Button, Field, Link, Radio, RadioGroup, Switch } from '@fluentui/react-components';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { AuthenticationMethodConfiguration, Tenant, TenantError } from '../../../../../tenant';
import { AUTHENTICATION_METHOD_LABELS, groupName } from '../../../../../views/access';
import { rowsEqual } from '../../../../../views/equality';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { SidePane } from '../../../../kit/SidePane';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { Page } from '../../../../shell/Page';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { selectGroupChoices } from '../conditional-access/directory-choices';
import { MultiSelect } from '../MultiSelect';
import { entraPaths } from '../../paths';

function selectMethods(tenant: Tenant) {
  return tenant.access.authenticationMethodsPolicy.authenticationMethodConfigurations.map((configuration) => ({
    configuration,
    targets: configuration.includeTargets.map((target) => groupName(tenant, target.id)).join(', '),
  }));
}

function MethodPane({ configuration, onClose, onSaved }: { readonly configuration: AuthenticationMethodConfiguration; readonly onClose: () => void; readonly onSaved: () => void }) {
  const styles = useListStyles();
  const store = useTenantStore();
  const groups = useTenant(selectGroupChoices, rowsEqual);
  const [enabled, setEnabled] = useState(configuration.state === 'enabled');
  const initialAll = configuration.includeTargets.length === 0 || configuration.includeTargets.some((target) => target.id === 'all_users');
  const [allUsers, setAllUsers] = useState(initialAll);
  const [groupIds, setGroupIds] = useState<string[]>(configuration.includeTargets.filter((target) => target.id !== 'all_users').map((target) => target.id));
  const [error, setError] = useState<TenantError | null>(null);
  const save = () => {
    const includeTargets = allUsers ? [{ targetType: 'group' as const, id: 'all_users' }] : groupIds.map((id) => ({ targetType: 'group' as const, id }));
    const result = store.send({ type: 'authenticationMethodsPolicy.updateMethod', methodId: configuration.id, state: enabled ? 'enabled' : 'disabled', includeTargets, excludeTargets: configuration.excludeTargets });
    if (!result.ok) setError(result.error);
    else onSaved();
  };
  return (
    <SidePane
      title={`${AUTHENTICATION_METHOD_LABELS[configuration.id]} settings`}
      onClose={onClose}
      footer={
        <div className={styles.actions}>
          <Button appearance="primary" onClick={save}>
            Save
          </Button>
          <Button onClick={onClose}>Discard</Button>
        </div>
      }
    >
      <div className={styles.form}>
        <TenantErrorBar error={error} />
        <Switch label="Enable" checked={enabled} onChange={(_, data) => setEnabled(data.checked)} />
        <Field label="Include">
          <RadioGroup value={allUsers ? 'all' : 'select'} onChange={(_, data) => setAllUsers(data.value === 'all')}>
            <Radio value="all" label="All users" />
            <Radio value="select" label="Select groups" />
          </RadioGroup>
        </Field>
        {!allUsers && <MultiSelect label="Groups" choices={groups} selected={groupIds} onChange={setGroupIds} />}
      </div>
    </SidePane>
  );
}

/** Authentication methods > Policies: each method, whether it is enabled and for whom. */
export default function AuthenticationMethodsPage() {
  const navigate = useNavigate();
  const methods = useTenant(selectMethods, rowsEqual);
  const [open, setOpen] = useState<AuthenticationMethodConfiguration | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  return (
    <Page title="Authentication methods" heading="Authentication methods | Policies">
      <FeedbackBar feedback={feedback} />
      <div>
        <Link href={entraPaths.perUserMfa} onClick={(event) => { event.preventDefault(); navigate(entraPaths.perUserMfa); }}>
          Legacy per-user MFA settings
        </Link>
      </div>
      <ListTable
        label="Authentication method policies"
        rows={methods}
        rowId={({ configuration }) => configuration.id}
        onOpen={({ configuration }) => setOpen(configuration)}
        columns={[
          { id: 'method', header: 'Method', cell: ({ configuration }, { openLink }) => openLink(AUTHENTICATION_METHOD_LABELS[configuration.id]) },
          { id: 'target', header: 'Target', cell: ({ configuration, targets }) => (configuration.state === 'enabled' ? targets : '') },
          { id: 'enabled', header: 'Enabled', cell: ({ configuration }) => (configuration.state === 'enabled' ? 'Yes' : 'No') },
        ]}
      />
      {open && (
        <MethodPane
          configuration={open}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setFeedback({ ok: true, message: `Saved ${AUTHENTICATION_METHOD_LABELS[open.id]}.` });
            setOpen(null);
          }}
        />
      )}
    </Page>
  );
}
