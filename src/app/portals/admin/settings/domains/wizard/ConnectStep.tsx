import { Button, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ConnectChoice, DomainSetup } from './useDomainSetup';

const useStyles = makeStyles({
  more: { alignSelf: 'flex-start', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  description: { display: 'block', color: tokens.colorNeutralForeground3, paddingLeft: '32px', marginTop: `calc(-1 * ${tokens.spacingVerticalS})` },
});

/**
 * "How do you want to connect to your domain?". The admin center offers "Add the DNS records for
 * me" only for registrars that support Domain Connect; the sandbox's DNS host doesn't, so the
 * learner adds the records themselves, or skips that for now under "More Options".
 */
export function ConnectStep({ setup }: { readonly setup: DomainSetup }) {
  const styles = useStyles();
  const [moreOptions, setMoreOptions] = useState(setup.connectChoice === 'skip');
  return (
    <>
      <Text>{setup.domain?.id} is verified. Now choose how the DNS records that Microsoft 365 services need get added.</Text>
      <RadioGroup
        aria-label="How do you want to connect to your domain?"
        value={setup.connectChoice}
        onChange={(_, data) => setup.setConnectChoice(data.value as ConnectChoice)}
      >
        <Radio value="myself" label="I'll add the DNS records myself" />
        <Text size={200} className={styles.description}>
          You'll see the records to add at your DNS hosting provider, for the services you choose.
        </Text>
        <Button
          appearance="transparent"
          className={styles.more}
          icon={moreOptions ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={moreOptions}
          onClick={() => {
            // A hidden choice can't stay chosen.
            if (moreOptions) setup.setConnectChoice('myself');
            setMoreOptions(!moreOptions);
          }}
        >
          More Options
        </Button>
        {moreOptions && <Radio value="skip" label="Skip this for now" />}
      </RadioGroup>
    </>
  );
}
