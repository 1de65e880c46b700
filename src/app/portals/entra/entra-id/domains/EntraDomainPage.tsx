import { Button, Text, Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DeleteRegular, StarRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { DOMAIN_SERVICES, isOnMicrosoftDomain } from '../../../../../tenant';
import { domainSelector, zoneNameSelector } from '../../../../../views/domains';
import { Page } from '../../../../shell/Page';
import { RouterLink } from '../../../../shell/RouterLink';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { useDomainStyles } from '../../../admin/settings/domains/domain-styles';
import { RemoveDomainDialog } from '../../../admin/settings/domains/RemoveDomainDialog';
import { OpenDnsHostLink } from '../../../../sandbox/dns-host/OpenDnsHostLink';
import { MakePrimaryDialog } from './MakePrimaryDialog';
import { VerificationRecordFields } from './VerificationRecordFields';
import { entraPaths } from '../../paths';

const useStyles = makeStyles({
  toolbar: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  verify: { alignSelf: 'flex-start' },
});

const TRAIL = [{ label: 'Domain names', to: entraPaths.domains }];

/** A domain's page in Entra: the record to verify it with and Verify, or its properties; Make primary and Delete. */
export default function EntraDomainPage() {
  const styles = useStyles();
  const page = useDomainStyles();
  const store = useTenantStore();
  const navigate = useNavigate();
  const { domainName = '' } = useParams();
  const domain = useTenant(useMemo(() => domainSelector(domainName), [domainName]));
  const zone = useTenant(useMemo(() => zoneNameSelector(domainName), [domainName]));
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [dialog, setDialog] = useState<'primary' | 'delete' | null>(null);

  if (!domain) {
    return (
      <Page title="Domain not found" trail={TRAIL}>
        <Text>
          {domainName} isn't a domain of this directory. <RouterLink to={entraPaths.domains}>Go to Domain names</RouterLink>
        </Text>
      </Page>
    );
  }

  const verify = () => {
    const result = store.send({ type: 'domain.verify', name: domain.id });
    setFeedback(result.ok ? { ok: true, message: `Verification succeeded! ${domain.id} is now a verified domain.` } : { ok: false, title: 'Verification failed', message: result.error.message });
  };
  const makePrimary = () => {
    const result = store.send({ type: 'domain.setDefault', name: domain.id });
    setFeedback(result.ok ? { ok: true, message: `${domain.id} is now the primary domain.` } : { ok: false, message: result.error.message });
  };
  const services = DOMAIN_SERVICES.filter(({ service }) => domain.supportedServices.includes(service)).map(({ label }) => label);

  return (
    <Page title={domain.id} trail={TRAIL}>
      <Toolbar aria-label={`${domain.id} actions`} className={styles.toolbar}>
        {domain.isVerified && !domain.isDefault && (
          <ToolbarButton icon={<StarRegular />} onClick={() => setDialog('primary')}>
            Make primary
          </ToolbarButton>
        )}
        {!isOnMicrosoftDomain(domain.id) && (
          <ToolbarButton icon={<DeleteRegular />} onClick={() => setDialog('delete')}>
            Delete
          </ToolbarButton>
        )}
      </Toolbar>
      <FeedbackBar feedback={feedback} />
      {domain.isVerified ? (
        <section className={page.card} aria-label="Properties">
          <dl className={page.facts}>
            <dt className={page.term}>Name</dt>
            <dd className={page.definition}>{domain.id}</dd>
            <dt className={page.term}>Status</dt>
            <dd className={page.definition}>Verified</dd>
            <dt className={page.term}>Primary</dt>
            <dd className={page.definition}>{domain.isDefault ? 'Yes' : 'No'}</dd>
            <dt className={page.term}>Federated</dt>
            <dd className={page.definition}>{domain.authenticationType === 'Federated' ? 'Yes' : 'No'}</dd>
            <dt className={page.term}>Supported services</dt>
            <dd className={page.definition}>{services.length > 0 ? services.join(', ') : 'None'}</dd>
          </dl>
        </section>
      ) : (
        <section className={page.card} aria-label="Verification">
          <Text>To use {domain.id} with your Microsoft Entra ID, create a new TXT or MX record with your domain name registrar using the info below.</Text>
          {zone && (
            <Text>
              <OpenDnsHostLink zone={zone} />
            </Text>
          )}
          <VerificationRecordFields domain={domain} />
          <Button appearance="primary" icon={<CheckmarkRegular />} className={styles.verify} onClick={verify}>
            Verify
          </Button>
        </section>
      )}
      {dialog === 'primary' && <MakePrimaryDialog name={domain.id} onConfirm={makePrimary} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <RemoveDomainDialog
          name={domain.id}
          where="entra"
          verb="Delete"
          onRemoved={() => navigate(entraPaths.domains, { state: { deleted: domain.id } })}
          onClose={() => setDialog(null)}
        />
      )}
    </Page>
  );
}
