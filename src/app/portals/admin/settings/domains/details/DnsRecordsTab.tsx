import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { HeartPulseRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { isOnMicrosoftDomain, verificationDnsRecords, type DnsRecordCheck, type Domain, type DomainHealth } from '../../../../../../tenant';
import { OpenDnsHostLink } from '../../../../../sandbox/dns-host/OpenDnsHostLink';
import { ListTable } from '../../../../../kit/ListTable';
import { useSharedStyles } from '../../../../../shell/shared-styles';
import { CheckIcon } from '../records/CheckIcon';
import { RecordsTable } from '../records/RecordsTable';
import { VERIFICATION_COLUMNS } from '../records/record-columns';
import { recordLine } from '../records/record-text';
import { RouterLink } from '../../../../../shell/RouterLink';
import { useDomainStyles } from '../domain-styles';
import { continueSetupPath } from '../domain-paths';

const useStyles = makeStyles({
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

const STATUS_TEXT: Readonly<Record<DnsRecordCheck['status'], string>> = { OK: 'OK', Missing: 'Missing', WrongValue: 'Wrong value' };

function foundText(check: DnsRecordCheck): string {
  if (check.found.length === 0) return 'Nothing';
  return check.found.map(recordLine).join('; ');
}

/** The domain's DNS records: what Microsoft 365 expects, what the DNS host publishes, and "Check health". */
export function DnsRecordsTab({ domain, health, zone }: { readonly domain: Domain; readonly health: DomainHealth; readonly zone: string | undefined }) {
  const styles = useStyles();
  const page = useDomainStyles();
  const shared = useSharedStyles();
  const [announcement, setAnnouncement] = useState('');

  if (isOnMicrosoftDomain(domain.id)) {
    return (
      <section className={page.card} aria-label="DNS records">
        <Text>Microsoft manages the DNS records of {domain.id}. There's nothing to add or check.</Text>
      </section>
    );
  }

  if (!domain.isVerified) {
    const [txt] = verificationDnsRecords(domain);
    return (
      <section className={page.card} aria-labelledby="domain-dns-verify">
        <h2 id="domain-dns-verify" className={page.heading}>
          Verify your domain first
        </h2>
        <Text>Add this TXT record at your DNS hosting provider to show that you own {domain.id}, then continue setup to verify it.</Text>
        <RecordsTable label="TXT record to add" columns={VERIFICATION_COLUMNS.TXT} records={[txt!]} />
        <div className={page.actions}>
          <RouterLink to={continueSetupPath({ name: domain.id, isVerified: false })}>Continue setup</RouterLink>
          {zone && <OpenDnsHostLink zone={zone} />}
        </div>
      </section>
    );
  }

  const checkHealth = () => {
    const ok = health.checks.filter((check) => check.status === 'OK').length;
    setAnnouncement(`Checked ${domain.id}: ${ok} of ${health.checks.length} records are correct. Status: ${health.status}.`);
  };

  return (
    <section className={page.card} aria-labelledby="domain-dns-records">
      <h2 id="domain-dns-records" className={page.heading}>
        Microsoft 365 records
      </h2>
      <div className={page.actions}>
        <Button icon={<HeartPulseRegular />} onClick={checkHealth}>
          Check health
        </Button>
        {zone && <OpenDnsHostLink zone={zone} />}
        <span role="status" className={announcement ? undefined : shared.visuallyHidden}>
          {announcement}
        </span>
      </div>
      {health.checks.length === 0 ? (
        <Text>
          No services are selected for {domain.id}, so it needs no records. <RouterLink to={continueSetupPath({ name: domain.id, isVerified: true })}>Continue setup</RouterLink> to choose
          services.
        </Text>
      ) : (
        <ListTable
          label="Microsoft 365 records"
          rows={health.checks.map((check, index) => ({ check, index }))}
          rowId={(row) => String(row.index)}
          appearance="plain"
          fitContent
          columns={[
            {
              id: 'status',
              header: 'Status',
              cell: ({ check }) => (
                <span className={styles.status}>
                  <CheckIcon ok={check.status === 'OK'} okText="" problemText="" />
                  {STATUS_TEXT[check.status]}
                </span>
              ),
            },
            { id: 'type', header: 'Type', cell: ({ check }) => check.expected.type },
            { id: 'host', header: 'Host name', cell: ({ check }) => <span className={page.mono}>{check.expected.label}</span> },
            { id: 'expected', header: 'Expected value', cell: ({ check }) => <span className={page.mono}>{recordLine(check.expected)}</span> },
            {
              id: 'found',
              header: 'Found at your DNS host',
              cell: ({ check }) => (
                <>
                  <span className={page.mono}>{foundText(check)}</span>
                  {check.problem && <div className={styles.problem}>{check.problem}</div>}
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
