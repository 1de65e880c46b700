import { mergeClasses } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useDnsHostStyles } from '../dns-host/dns-host-styles';
import type { useServerCommand } from './use-server-command';

/** Before there is a forest: promote the server to the first domain controller of a new forest. */
export function PromoteForm({ server }: { readonly server: ReturnType<typeof useServerCommand> }) {
  const styles = useDnsHostStyles();
  const id = useId();
  const [domainName, setDomainName] = useState('contoso.local');
  const [netBiosName, setNetBiosName] = useState('CONTOSO');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    server.run({ type: 'onPremises.createForest', domainName, netBiosName, administratorPassword: password }, `The forest ${domainName} was created. This server is now its domain controller.`);
  };
  return (
    <form className={styles.panel} onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.subheading}>
        Deployment Configuration: add a new forest
      </h2>
      <p className={styles.note}>This server is not a domain controller yet. Promote it to create the on-premises Active Directory.</p>
      <div className={styles.form}>
        <label className={styles.field}>
          <span className={styles.label}>Root domain name</span>
          <input className={styles.input} value={domainName} onChange={(event) => setDomainName(event.target.value)} />
        </label>
        <label className={styles.field}>
          <span className={styles.label}>NetBIOS domain name</span>
          <input className={styles.input} value={netBiosName} onChange={(event) => setNetBiosName(event.target.value)} />
        </label>
        <label className={styles.field}>
          <span className={styles.label}>Administrator password</span>
          <input className={styles.input} type="password" value={password} onChange={(event) => setPassword(event.target.value)} />
          <span className={styles.hint}>At least 7 characters, with three of: lower case, upper case, digits, symbols.</span>
        </label>
        <div className={styles.formActions}>
          <button type="submit" className={mergeClasses(styles.button, styles.primary)}>
            Install
          </button>
        </div>
      </div>
    </form>
  );
}
