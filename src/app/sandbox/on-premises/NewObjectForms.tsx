import { mergeClasses } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useDnsHostStyles } from '../dns-host/dns-host-styles';
import type { useServerCommand } from './use-server-command';

interface Props {
  readonly containerId: string;
  readonly containerName: string;
  readonly suffixes: readonly string[];
  readonly server: ReturnType<typeof useServerCommand>;
}

/** New > User, as ADUC's New Object - User dialog asks for it. */
export function NewUserForm({ containerId, containerName, suffixes, server }: Props) {
  const styles = useDnsHostStyles();
  const [givenName, setGivenName] = useState('');
  const [sn, setSn] = useState('');
  const [logon, setLogon] = useState('');
  const [suffix, setSuffix] = useState(suffixes[0] ?? '');
  const [sam, setSam] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = server.run(
      { type: 'onPremises.createUser', parentId: containerId, givenName, sn, sAMAccountName: sam || logon, userPrincipalName: `${logon}@${suffix}`, password },
      `${[givenName, sn].join(' ').trim() || logon} was created in ${containerName}.`,
    );
    if (ok) {
      setGivenName('');
      setSn('');
      setLogon('');
      setSam('');
      setPassword('');
    }
  };
  return (
    <form className={styles.panel} onSubmit={submit} aria-label={`New user in ${containerName}`}>
      <h3 className={styles.subheading}>New Object - User (in {containerName})</h3>
      <div className={styles.form}>
        <label className={styles.field}>
          <span className={styles.label}>First name</span>
          <input className={styles.input} value={givenName} onChange={(event) => setGivenName(event.target.value)} />
        </label>
        <label className={styles.field}>
          <span className={styles.label}>Last name</span>
          <input className={styles.input} value={sn} onChange={(event) => setSn(event.target.value)} />
        </label>
        <label className={styles.field}>
          <span className={styles.label}>User logon name</span>
          <input className={styles.input} value={logon} onChange={(event) => setLogon(event.target.value)} />
        </label>
        <label className={styles.field}>
          <span className={styles.label}>UPN suffix</span>
          <select className={styles.input} value={suffix} onChange={(event) => setSuffix(event.target.value)}>
            {suffixes.map((known) => (
              <option key={known} value={known}>
                @{known}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span className={styles.label}>User logon name (pre-Windows 2000)</span>
          <input className={styles.input} value={sam} placeholder={logon} onChange={(event) => setSam(event.target.value)} />
        </label>
        <label className={styles.field}>
          <span className={styles.label}>Password</span>
          <input className={styles.input} type="password" value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        <div className={styles.formActions}>
          <button type="submit" className={mergeClasses(styles.button, styles.primary)}>
            Create user
          </button>
        </div>
      </div>
    </form>
  );
}

/** New > Organizational Unit, protected from accidental deletion by default. */
export function NewOuForm({ containerId, containerName, server }: Omit<Props, 'suffixes'>) {
  const styles = useDnsHostStyles();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (server.run({ type: 'onPremises.createOrganizationalUnit', name, parentId: containerId || null }, `Organizational unit ${name} created in ${containerName}.`)) setName('');
  };
  return (
    <form className={styles.rowActions} onSubmit={submit} aria-label={`New organizational unit in ${containerName}`}>
      <label className={styles.field}>
        <span className={styles.label}>New organizational unit</span>
        <input className={styles.input} value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="submit" className={styles.button}>
        Create OU
      </button>
    </form>
  );
}
