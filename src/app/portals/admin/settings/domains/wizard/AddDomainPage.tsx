import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { getById, type TenantError } from '../../../../../../tenant';
import { Page } from '../../../../../shell/Page';
import { useTenantStore } from '../../../../../tenant-context';
import { TenantErrorBar } from '../../../../../kit/TenantErrorBar';
import { Wizard } from '../../../../../kit/Wizard';
import { DOMAINS_PATH, domainSetupPath } from '../domain-paths';
import { RAIL_LABEL, SETUP_RAIL } from './setup-rail';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '480px' },
});

const TRAIL = [{ label: 'Domains', to: DOMAINS_PATH }];
const FORM_ID = 'add-domain-form';

/** Settings > Domains > "Add domain": the wizard's first step, which adds the domain unverified. */
export default function AddDomainPage() {
  const styles = useStyles();
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
    // The tenant keeps the name in lower case; its audit record names the domain as stored.
    const id = result.audit[0]?.targetResources[0]?.id ?? name;
    // A subdomain of a verified domain is verified at once, so its setup starts at connecting.
    navigate(domainSetupPath(id, getById(result.tenant.domains.domains, id)?.isVerified ? 'connect' : 'verify-method'));
  };

  const fieldError = error?.target === 'name' ? error.message : undefined;
  return (
    <Page title="Add domain" trail={TRAIL}>
      <Wizard
        railLabel={RAIL_LABEL}
        steps={SETUP_RAIL}
        current={0}
        heading="Add a domain"
        footer={
          <Button appearance="primary" type="submit" form={FORM_ID}>
            Use this domain
          </Button>
        }
      >
        <form id={FORM_ID} className={styles.form} onSubmit={submit} noValidate>
          <Text>Enter a domain you own, such as contoso.com. You'll verify that you own it in the next step.</Text>
          <Field label="Domain name" required validationMessage={fieldError} validationState={fieldError ? 'error' : 'none'}>
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
          {error && error.target !== 'name' && <TenantErrorBar error={error} />}
        </form>
      </Wizard>
    </Page>
  );
}
