import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { User } from '../../../../../../tenant';
import { aliasesOf, primaryEmailOf } from './user-selectors';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The Mail tab, with what the tenant knows: the primary address and the aliases. The mailbox
 * settings the portal lists there (permissions, forwarding, automatic replies) live in Exchange,
 * which the sandbox does not simulate; the tab says so rather than show made-up settings.
 */
export function MailTab({ user }: { user: User }) {
  const styles = useStyles();
  const aliases = aliasesOf(user);
  return (
    <div className={styles.tab}>
      <section className={styles.section} aria-label="Email addresses">
        <h3 className={styles.heading}>Primary email address</h3>
        <Text>{primaryEmailOf(user)}</Text>
      </section>
      <section className={styles.section} aria-label="Aliases">
        <h3 className={styles.heading}>Aliases</h3>
        {aliases.length === 0 ? <Text>None</Text> : aliases.map((alias) => <Text key={alias}>{alias}</Text>)}
      </section>
      <Text className={styles.muted}>
        Mailbox permissions, email apps, forwarding and automatic replies are Exchange Online settings, which Tenant Lab doesn't simulate.
      </Text>
    </div>
  );
}
