import { Text } from '@fluentui/react-components';
import { DOMAIN_SERVICES } from '../../../../../../tenant';
import type { DomainSetup } from './useDomainSetup';

/** "Domain setup is complete": what the domain is now set up for, or that the records wait. */
export function SetupCompleteStep({ setup }: { readonly setup: DomainSetup }) {
  const { domain, skipped } = setup;
  if (!domain) return null;
  const services = DOMAIN_SERVICES.filter(({ service }) => domain.supportedServices.includes(service)).map(({ label }) => label);
  if (skipped || services.length === 0) {
    return (
      <Text>
        {domain.id} is verified and added to your organization. You didn't add DNS records for any service yet: choose Continue setup on the domain's page
        in Settings &gt; Domains when you're ready.
      </Text>
    );
  }
  return (
    <>
      <Text>
        {domain.id} is set up for {services.join(', ')}. You can now use it for user names and email addresses.
      </Text>
      <Text>To make it the domain new users get, select it in Settings &gt; Domains and choose Set as default.</Text>
    </>
  );
}
