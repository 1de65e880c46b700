import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { DOMAIN_SERVICES, serviceConfigurationRecords, type DnsRecordCheck, type DnsRecordType } from '../../../../../../tenant';
import { OpenDnsHostLink } from '../../../../../sandbox/dns-host/OpenDnsHostLink';
import { TenantErrorBar } from '../../../../../kit/TenantErrorBar';
import { CheckIcon } from '../records/CheckIcon';
import { RECORD_COLUMNS, RECORD_TYPE_ORDER } from '../records/record-columns';
import { checkProblem } from '../records/record-text';
import { RecordsTable } from '../records/RecordsTable';
import type { DomainSetup } from './useDomainSetup';

const useStyles = makeStyles({
  services: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  advanced: { alignSelf: 'flex-start', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  indent: { display: 'flex', flexDirection: 'column', paddingLeft: tokens.spacingHorizontalL },
  header: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, overflowX: 'auto' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
});

const [EXCHANGE, ...ADVANCED] = DOMAIN_SERVICES;

/**
 * "Add DNS records": the services to set the domain up for, and the records each needs, grouped by
 * type. Continue checks the domain's DNS: each group gets a green check or a red "!", and a red
 * bar says what is missing.
 */
export function DnsRecordsStep({ setup, zone }: { readonly setup: DomainSetup; readonly zone: string | undefined }) {
  const styles = useStyles();
  const { domain, services, checked } = setup;
  const [advanced, setAdvanced] = useState(() => services.some((service) => service !== EXCHANGE!.service));
  if (!domain) return null;
  const expected = serviceConfigurationRecords(domain.id, services);
  const groups = RECORD_TYPE_ORDER.map((type) => ({ type, records: expected.filter((record) => record.type === type) })).filter(
    (group) => group.records.length > 0,
  );
  const checksOf = (type: DnsRecordType): DnsRecordCheck[] => checked?.checks.filter((check) => check.expected.type === type) ?? [];
  const failing = groups.filter((group) => checksOf(group.type).some((check) => check.status !== 'OK')).map((group) => group.type);

  const serviceBox = ({ service, label }: (typeof DOMAIN_SERVICES)[number]) => (
    <Checkbox key={service} label={label} checked={services.includes(service)} onChange={(_, data) => setup.toggleService(service, data.checked === true)} />
  );

  return (
    <>
      <Text>
        Choose the services you'll use with {domain.id}. Then add the records below at your DNS hosting provider, and select Continue to check them.
      </Text>
      <div role="group" aria-label="Services" className={styles.services}>
        {serviceBox(EXCHANGE!)}
        <Button
          appearance="transparent"
          className={styles.advanced}
          icon={advanced ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={advanced}
          onClick={() => setAdvanced(!advanced)}
        >
          Advanced Options
        </Button>
        {advanced && <div className={styles.indent}>{ADVANCED.map(serviceBox)}</div>}
      </div>
      {zone && (
        <Text>
          <OpenDnsHostLink zone={zone} />
        </Text>
      )}
      {checked && failing.length > 0 && (
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>Some DNS records are missing or incorrect.</MessageBarTitle>
            Add or fix the records marked with a red exclamation mark at your DNS hosting provider, then select Continue again. Don't change the domain's
            NS or SOA records.
          </MessageBarBody>
        </MessageBar>
      )}
      <TenantErrorBar error={setup.error} />
      {groups.length === 0 ? (
        <Text>No services are selected, so no records are needed now. You can continue setup later from Settings &gt; Domains.</Text>
      ) : (
        // Remounted after each check, so the groups with problems open.
        <Accordion key={checked ? failing.join() || 'checked' : 'unchecked'} multiple collapsible defaultOpenItems={failing}>
          {groups.map(({ type, records }) => {
            const checks = checksOf(type);
            const problems = checks.filter((check) => check.status !== 'OK');
            return (
              <AccordionItem key={type} value={type}>
                <AccordionHeader>
                  <span className={styles.header}>
                    {type} Records ({records.length})
                    {checks.length > 0 && <CheckIcon ok={problems.length === 0} />}
                  </span>
                </AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <RecordsTable label={`${type} Records`} columns={RECORD_COLUMNS[type]} records={records} />
                  {problems.length > 0 && (
                    <ul className={styles.problems} aria-label={`Problems with the ${type} records`}>
                      {problems.map((check, index) => (
                        <li key={index}>{checkProblem(check)}</li>
                      ))}
                    </ul>
                  )}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </>
  );
}
