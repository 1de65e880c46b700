import { Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { DomainSetup, VerificationMethod } from './useDomainSetup';

/**
 * "Verify you own your domain": the record the learner will add. The admin center also offers a
 * text file on the domain's website and, for Domain Connect registrars, signing in there; the
 * sandbox has no website and its DNS host has no Domain Connect, so those options aren't shown.
 */
export function VerifyMethodStep({ setup }: { readonly setup: DomainSetup }) {
  return (
    <>
      <Text>
        Before you can use {setup.domain?.id} with Microsoft 365, we need to make sure you own it. You'll add a record to the domain's DNS records at
        your DNS hosting provider, and we'll look for it.
      </Text>
      <RadioGroup
        aria-label="How do you want to verify your domain?"
        value={setup.method}
        onChange={(_, data) => setup.setMethod(data.value as VerificationMethod)}
      >
        <Radio value="TXT" label="Add a TXT record to the domain's DNS records (recommended)" />
        <Radio value="MX" label="Add an MX record to the domain's DNS records" />
      </RadioGroup>
    </>
  );
}
