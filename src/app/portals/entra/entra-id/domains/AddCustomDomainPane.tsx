import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { TenantError } from '../../../../../tenant';
import { RouterLink } from '../../../../shell/RouterLink';
import { useTenantStore } from '../../../../tenant-context';
import { SidePane } from '../../../../kit/SidePane';
import { DOMAINS_PATH } from '../../../admin/settings/domains/domain-paths';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { entraDomainPath } from '../../paths';

const FORM_ID = 'add-custom-domain-form';

/**
 * "Add custom domain": the name, then "Add domain", which adds it unverified and opens its page
 * with the record to publish. An onmicrosoft.com name is refused with a link to the admin
 * center, where those are added.
 */
export function AddCustomDomainPane({ onClose }: { readonly onClose: () => void }) {
  const store = useTenantStore();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [error, setError] = useState<TenantError | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = store.send({ type: 'domain.add', name });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    navigate(entraDomainPath(result.audit[0]?.targetResources[0]?.id ?? name));
  };

  const fieldError = error?.target === 'name' ? error.message : undefined;
  return (
    <SidePane
      title="Custom domain name"
      size="small"
      onClose={onClose}
      footer={
        <Button appearance="primary" type="submit" form={FORM_ID}>
          Add domain
        </Button>
      }
    >
      <form id={FORM_ID} onSubmit={submit} noValidate>
        <Field label="Custom domain name" required validationMessage={fieldError} validationState={fieldError ? 'error' : 'none'} hint="For example, contoso.com">
          <Input
            value={name}
            autoComplete="off"
            spellCheck={false}
            onChange={(_, data) => {
              setName(data.value);
              setError(null);
            }}
          />
        </Field>
      </form>
      {error?.code === 'OnMicrosoftDomainNotAllowed' && (
        <Text>
          Add onmicrosoft.com domains in the <RouterLink to={DOMAINS_PATH}>Microsoft 365 admin center</RouterLink>.
        </Text>
      )}
      {error && error.target !== 'name' && <TenantErrorBar error={error} />}
    </SidePane>
  );
}
