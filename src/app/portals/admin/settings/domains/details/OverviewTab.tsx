import { Button, Text } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, StarRegular, WrenchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DOMAIN_SERVICES, isOnMicrosoftDomain, type Domain, type DomainHealth } from '../../../../../../tenant';
import { useDomainStyles } from '../domain-styles';
import { DomainStatusText } from '../DomainStatusText';
import { continueSetupPath, needsSetup } from '../domain-paths';
import { AddOnMicrosoftDomainPane } from './AddOnMicrosoftDomainPane';

export interface OverviewTabProps {
  readonly domain: Domain;
  readonly health: DomainHealth;
  readonly onSetDefault: () => void;
  readonly onRemove: () => void;
}

/** The domain's Overview: its status and kind, and the actions the admin center offers on it. */
export function OverviewTab({ domain, health, onSetDefault, onRemove }: OverviewTabProps) {
  const styles = useDomainStyles();
  const navigate = useNavigate();
  const [addingOnMicrosoft, setAddingOnMicrosoft] = useState(false);
  const row = { name: domain.id, isVerified: domain.isVerified, isOnMicrosoft: isOnMicrosoftDomain(domain.id), status: health.status };
  const services = DOMAIN_SERVICES.filter(({ service }) => domain.supportedServices.includes(service)).map(({ label }) => label);
  return (
    <section className={styles.card} aria-labelledby="domain-overview">
      <h2 id="domain-overview" className={styles.heading}>
        Domain status
      </h2>
      <DomainStatusText status={health.status} />
      {row.isOnMicrosoft && <Text>Microsoft manages this domain's DNS records, so it's always set up for Microsoft 365 services.</Text>}
      <dl className={styles.facts}>
        <dt className={styles.term}>Default domain</dt>
        <dd className={styles.definition}>{domain.isDefault ? 'Yes' : 'No'}</dd>
        <dt className={styles.term}>Verified</dt>
        <dd className={styles.definition}>{domain.isVerified ? 'Yes' : 'No'}</dd>
        <dt className={styles.term}>Authentication</dt>
        <dd className={styles.definition}>{domain.authenticationType}</dd>
        <dt className={styles.term}>Services</dt>
        <dd className={styles.definition}>{services.length > 0 ? services.join(', ') : 'None selected'}</dd>
      </dl>
      <div className={styles.actions}>
        {needsSetup(row) && (
          <Button appearance="primary" icon={<WrenchRegular />} onClick={() => navigate(continueSetupPath(row))}>
            Continue setup
          </Button>
        )}
        {domain.isVerified && !domain.isDefault && (
          <Button icon={<StarRegular />} onClick={onSetDefault}>
            Set as default
          </Button>
        )}
        {!row.isOnMicrosoft && (
          <Button icon={<DeleteRegular />} onClick={onRemove}>
            Remove domain
          </Button>
        )}
        {row.isOnMicrosoft && (
          <Button icon={<AddRegular />} onClick={() => setAddingOnMicrosoft(true)}>
            Add onmicrosoft domain
          </Button>
        )}
      </div>
      {addingOnMicrosoft && <AddOnMicrosoftDomainPane onClose={() => setAddingOnMicrosoft(false)} />}
    </section>
  );
}
