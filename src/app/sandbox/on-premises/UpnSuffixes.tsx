import { useState, type FormEvent } from 'react';
import type { Forest } from '../../../tenant/areas/onPremises/model/objects';
import { useDnsHostStyles } from '../dns-host/dns-host-styles';
import type { useServerCommand } from './use-server-command';

/** Active Directory Domains and Trusts > Properties > UPN Suffixes. */
export function UpnSuffixes({ forest, server }: { readonly forest: Forest; readonly server: ReturnType<typeof useServerCommand> }) {
  const styles = useDnsHostStyles();
  const [suffix, setSuffix] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (server.run({ type: 'onPremises.addUpnSuffix', suffix }, `UPN suffix ${suffix} added.`)) setSuffix('');
  };
  return (
    <section className={styles.panel} aria-labelledby="upn-suffixes">
      <h2 id="upn-suffixes" className={styles.subheading}>
        Active Directory Domains and Trusts: UPN Suffixes
      </h2>
      <p className={styles.note}>
        The forest&apos;s own suffix is {forest.id}. Alternative suffixes: {forest.upnSuffixes.length ? forest.upnSuffixes.join(', ') : 'none'}.
      </p>
      <ul aria-label="Alternative UPN suffixes">
        {forest.upnSuffixes.map((known) => (
          <li key={known}>
            {known}{' '}
            <button type="button" className={styles.button} onClick={() => server.run({ type: 'onPremises.removeUpnSuffix', suffix: known }, `UPN suffix ${known} removed.`)}>
              Remove {known}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className={styles.rowActions}>
        <label className={styles.field}>
          <span className={styles.label}>Alternative UPN suffix</span>
          <input className={styles.input} value={suffix} onChange={(event) => setSuffix(event.target.value)} placeholder="contoso.com" />
        </label>
        <button type="submit" className={styles.button}>
          Add
        </button>
      </form>
    </section>
  );
}
