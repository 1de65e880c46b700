import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { domainHealthSelector, domainSelector, healthEqual, zoneNameSelector } from '../../../../../../views/domains';
import { Page } from '../../../../../shell/Page';
import { RouterLink } from '../../../../../shell/RouterLink';
import { useTenant } from '../../../../../tenant-context';
import { FeedbackBar } from '../../../../../kit/Feedback';
import { DOMAINS_PATH, type DomainTab } from '../domain-paths';
import { RemoveDomainDialog } from '../RemoveDomainDialog';
import { useSetDefault } from '../useSetDefault';
import { DnsRecordsTab } from './DnsRecordsTab';
import { DomainGroupsTab } from './DomainGroupsTab';
import { DomainUsersTab } from './DomainUsersTab';
import { OverviewTab } from './OverviewTab';

const useStyles = makeStyles({
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

const TRAIL = [{ label: 'Domains', to: DOMAINS_PATH }];

const TABS: readonly { readonly id: DomainTab; readonly label: string }[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'dns', label: 'DNS records' },
  { id: 'users', label: 'Users' },
  { id: 'groups', label: 'Teams & groups' },
];

function isTab(value: string | null): value is DomainTab {
  return TABS.some((tab) => tab.id === value);
}

/** Settings > Domains > a domain: Overview, DNS records, Users, and Teams & groups. The tab is in the address. */
export default function DomainDetailsPage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const { domainName = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const domain = useTenant(useMemo(() => domainSelector(domainName), [domainName]));
  const health = useTenant(useMemo(() => domainHealthSelector(domainName), [domainName]), healthEqual);
  const zone = useTenant(useMemo(() => zoneNameSelector(domainName), [domainName]));
  const { feedback, setDefault } = useSetDefault();
  const [removing, setRemoving] = useState(false);
  const requested = params.get('tab');
  const tab: DomainTab = isTab(requested) ? requested : 'overview';

  if (!domain || !health) {
    return (
      <Page title="Domain not found" trail={TRAIL}>
        <Text>
          {domainName} isn't one of your organization's domains. <RouterLink to={DOMAINS_PATH}>Go to Domains</RouterLink>
        </Text>
      </Page>
    );
  }

  return (
    <Page title={domain.id} trail={TRAIL}>
      <FeedbackBar feedback={feedback} />
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setParams(data.value === 'overview' ? {} : { tab: String(data.value) }, { replace: true })}
      >
        {TABS.map(({ id, label }) => (
          <Tab key={id} value={id}>
            {label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={TABS.find(({ id }) => id === tab)!.label}>
        {tab === 'overview' && <OverviewTab domain={domain} health={health} onSetDefault={() => setDefault(domain.id)} onRemove={() => setRemoving(true)} />}
        {tab === 'dns' && <DnsRecordsTab domain={domain} health={health} zone={zone} />}
        {tab === 'users' && <DomainUsersTab name={domain.id} />}
        {tab === 'groups' && <DomainGroupsTab name={domain.id} />}
      </div>
      {removing && (
        <RemoveDomainDialog
          name={domain.id}
          where="admin"
          onRemoved={() => navigate(DOMAINS_PATH, { state: { removed: domain.id } })}
          onClose={() => setRemoving(false)}
        />
      )}
    </Page>
  );
}
