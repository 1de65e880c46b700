import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { TenantError } from '../../../../../../tenant';
import { useTenantStore } from '../../../../../tenant-context';
import { TenantErrorBar } from '../../../../../kit/TenantErrorBar';
import { SidePane } from '../../../../../kit/SidePane';
import { domainDetailsPath } from '../domain-paths';

const FORM_ID = 'add-onmicrosoft-domain-form';
const SUFFIX = '.onmicrosoft.com';

/**
 * "Add onmicrosoft domain", offered on an onmicrosoft.com domain's Overview: another name under
 * onmicrosoft.com, verified at once (Microsoft hosts its DNS); a tenant has at most five.
 */
export function AddOnMicrosoftDomainPane({ onClose }: { readonly onClose: () => void }) {
  const store = useTenantStore();
  const navigate = useNavigate();
  const [prefix, setPrefix] = useState('');
  const [error, setError] = useState<TenantError | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = `${prefix.trim()}${SUFFIX}`;
    const result = store.send({ type: 'domain.addOnMicrosoftDomain', name });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onClose();
    navigate(domainDetailsPath(result.audit[0]?.targetResources[0]?.id ?? name));
  };

  const fieldError = error?.target === 'name' ? error.message : undefined;
  return (
    <SidePane
      title="Add onmicrosoft domain"
      onClose={onClose}
      footer={
        <>
          <Button appearance="primary" type="submit" form={FORM_ID}>
            Add domain
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </>
      }
    >
      <Text>The new domain is verified at once. You can have up to five onmicrosoft.com domains, and they can't be removed.</Text>
      <form id={FORM_ID} onSubmit={submit} noValidate>
        <Field label="Domain name" required validationMessage={fieldError} validationState={fieldError ? 'error' : 'none'}>
          <Input
            value={prefix}
            autoComplete="off"
            spellCheck={false}
            contentAfter={<Text>{SUFFIX}</Text>}
            onChange={(_, data) => {
              setPrefix(data.value);
              setError(null);
            }}
          />
        </Field>
      </form>
      {error && error.target !== 'name' && <TenantErrorBar error={error} />}
    </SidePane>
  );
}
