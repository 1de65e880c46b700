import { mergeClasses } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { OnPremisesUser } from '../../../tenant/areas/onPremises/model/objects';
import { useDnsHostStyles } from '../dns-host/dns-host-styles';
import type { useServerCommand } from './use-server-command';

interface Props {
  readonly user: OnPremisesUser;
  readonly suffixes: readonly string[];
  readonly server: ReturnType<typeof useServerCommand>;
  readonly onClose: () => void;
}

function split(upn: string): [string, string] {
  const at = upn.lastIndexOf('@');
  return [upn.slice(0, at), upn.slice(at + 1)];
}

/** A user's Properties: General, Account and Organization fields, and the Attribute Editor's proxyAddresses and mS-DS-ConsistencyGuid. */
export function UserProperties({ user, suffixes, server, onClose }: Props) {
  const styles = useDnsHostStyles();
  const [prefix, suffix] = split(user.userPrincipalName);
  const [logon, setLogon] = useState(prefix);
  const [upnSuffix, setUpnSuffix] = useState(suffix);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [mail, setMail] = useState(user.mail ?? '');
  const [department, setDepartment] = useState(user.department ?? '');
  const [title, setTitle] = useState(user.title ?? '');
  const [proxies, setProxies] = useState(user.proxyAddresses.join('\n'));
  const [password, setPassword] = useState('');
  const save = (event: FormEvent) => {
    event.preventDefault();
    server.run(
      {
        type: 'onPremises.updateUser',
        userId: user.id,
        changes: {
          userPrincipalName: `${logon}@${upnSuffix}`,
          displayName,
          mail: mail || null,
          department: department || null,
          title: title || null,
          proxyAddresses: proxies.split('\n').map((line) => line.trim()).filter(Boolean),
        },
      },
      `${user.name} was updated. Entra Connect picks the change up at its next sync cycle.`,
    );
  };
  const options = suffixes.includes(upnSuffix) ? suffixes : [...suffixes, upnSuffix];
  return (
    <form className={styles.panel} onSubmit={save} aria-label={`${user.name} Properties`}>
      <h3 className={styles.subheading}>{user.name} Properties</h3>
      <div className={styles.form}>
        <label className={styles.field}>
          <span className={styles.label}>User logon name</span>
          <input className={styles.input} value={logon} onChange={(event) => setLogon(event.target.value)} />
        </label>
        <label className={styles.field}>
          <span className={styles.label}>UPN suffix</span>
          <select className={styles.input} value={upnSuffix} onChange={(event) => setUpnSuffix(event.target.value)}>
            {options.map((known) => (
              <option key={known} value={known}>
                @{known}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span className={styles.label}>Display name</span>
          <input className={styles.input} value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
        </label>
        <label className={styles.field}>
          <span className={styles.label}>E-mail</span>
          <input className={styles.input} value={mail} onChange={(event) => setMail(event.target.value)} />
        </label>
        <label className={styles.field}>
          <span className={styles.label}>Department</span>
          <input className={styles.input} value={department} onChange={(event) => setDepartment(event.target.value)} />
        </label>
        <label className={styles.field}>
          <span className={styles.label}>Job Title</span>
          <input className={styles.input} value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label className={mergeClasses(styles.field, styles.wide)}>
          <span className={styles.label}>proxyAddresses (one per line; SMTP: marks the primary)</span>
          <textarea className={styles.input} rows={3} value={proxies} onChange={(event) => setProxies(event.target.value)} />
        </label>
        <p className={mergeClasses(styles.note, styles.wide)}>
          sAMAccountName: {user.sAMAccountName}. mS-DS-ConsistencyGuid: {user.msDsConsistencyGuid ?? '<not set>'}.
        </p>
        <div className={styles.formActions}>
          <button type="submit" className={mergeClasses(styles.button, styles.primary)}>
            Apply
          </button>
          <button type="button" className={styles.button} onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      <div className={styles.rowActions}>
        <label className={styles.field}>
          <span className={styles.label}>Reset Password</span>
          <input className={styles.input} type="password" value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        <button
          type="button"
          className={styles.button}
          onClick={() => {
            if (server.run({ type: 'onPremises.resetPassword', userId: user.id, password }, `The password for ${user.name} has been changed.`)) setPassword('');
          }}
        >
          Reset password
        </button>
      </div>
    </form>
  );
}
