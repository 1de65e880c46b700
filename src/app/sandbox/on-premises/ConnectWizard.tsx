import { mergeClasses } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { SyncConfiguration, UserSignIn } from '../../../tenant/areas/sync/model/configuration';
import type { ContainerRow } from '../../../views/hybrid';
import { useDnsHostStyles } from '../dns-host/dns-host-styles';
import type { useServerCommand } from './use-server-command';

const SIGN_IN: readonly [UserSignIn, string][] = [
  ['passwordHashSync', 'Password Hash Synchronization'],
  ['passThroughAuthentication', 'Pass-through authentication'],
  ['federation', 'Federation with AD FS'],
  ['doNotConfigure', 'Do not configure'],
];

interface Props {
  readonly configuration: SyncConfiguration | null;
  readonly containers: readonly ContainerRow[];
  readonly server: ReturnType<typeof useServerCommand>;
  readonly onDone: () => void;
}

/** The Microsoft Entra Connect wizard's choices on one page: Express Settings or Customize, then Install (or Configure). */
export function ConnectWizard({ configuration, containers, server, onDone }: Props) {
  const styles = useDnsHostStyles();
  const [installType, setInstallType] = useState<'express' | 'custom'>(configuration?.installType ?? 'express');
  const [userSignIn, setUserSignIn] = useState<UserSignIn>(configuration?.userSignIn ?? 'passwordHashSync');
  const [federatedDomain, setFederatedDomain] = useState(configuration?.federatedDomain ?? '');
  const [allOus, setAllOus] = useState(configuration?.includedContainerIds == null);
  const [included, setIncluded] = useState<readonly string[]>(configuration?.includedContainerIds ?? []);
  const [passwordHashSync, setPasswordHashSync] = useState(configuration?.passwordHashSync ?? false);
  const [passwordWriteback, setPasswordWriteback] = useState(configuration?.passwordWriteback ?? false);
  const [sourceAnchor, setSourceAnchor] = useState(configuration?.sourceAnchor ?? 'mS-DS-ConsistencyGuid');
  const [stagingMode, setStagingMode] = useState(configuration?.stagingMode ?? false);
  const [startSynchronization, setStartSynchronization] = useState(true);
  const custom = installType === 'custom';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = server.run(
      {
        type: 'sync.configure',
        installType,
        ...(custom
          ? {
              userSignIn,
              federatedDomain: userSignIn === 'federation' ? federatedDomain : null,
              includedContainerIds: allOus ? null : included,
              passwordHashSync: userSignIn === 'passwordHashSync' || passwordHashSync,
              passwordWriteback,
              stagingMode,
              ...(configuration ? {} : { sourceAnchor }),
            }
          : {}),
        startSynchronization,
      },
      configuration ? 'Configuration complete. Microsoft Entra Connect is configured.' : 'Configuration complete. Microsoft Entra Connect Sync is installed and configured.',
    );
    if (ok) onDone();
  };
  const toggleOu = (id: string, on: boolean) => setIncluded(on ? [...included, id] : included.filter((known) => known !== id));

  return (
    <form className={styles.panel} onSubmit={submit} aria-labelledby="wizard-title">
      <h2 id="wizard-title" className={styles.subheading}>
        Microsoft Entra Connect Sync wizard
      </h2>
      <fieldset>
        <legend className={styles.label}>Express Settings</legend>
        <label>
          <input type="radio" name="install" checked={!custom} onChange={() => setInstallType('express')} /> Use express settings (password hash sync, the whole forest)
        </label>
        <br />
        <label>
          <input type="radio" name="install" checked={custom} onChange={() => setInstallType('custom')} /> Customize
        </label>
      </fieldset>
      {custom && (
        <>
          <fieldset>
            <legend className={styles.label}>User sign-in</legend>
            {SIGN_IN.map(([value, label]) => (
              <label key={value} style={{ display: 'block' }}>
                <input type="radio" name="sign-in" checked={userSignIn === value} onChange={() => setUserSignIn(value)} /> {label}
              </label>
            ))}
            {userSignIn === 'federation' && (
              <label className={styles.field}>
                <span className={styles.label}>Domain to federate</span>
                <input className={styles.input} value={federatedDomain} onChange={(event) => setFederatedDomain(event.target.value)} />
              </label>
            )}
          </fieldset>
          <fieldset>
            <legend className={styles.label}>Domain and OU filtering</legend>
            <label style={{ display: 'block' }}>
              <input type="checkbox" checked={allOus} onChange={(event) => setAllOus(event.target.checked)} /> Sync all domains and OUs
            </label>
            {!allOus &&
              containers
                .filter((container) => container.objectClass !== 'builtinDomain')
                .map((container) => (
                  <label key={container.id} style={{ display: 'block', marginLeft: `${container.depth * 16 + 16}px` }}>
                    <input type="checkbox" checked={included.includes(container.id)} onChange={(event) => toggleOu(container.id, event.target.checked)} /> {container.name}
                  </label>
                ))}
          </fieldset>
          {!configuration && (
            <fieldset>
              <legend className={styles.label}>Uniquely identifying your users: source anchor</legend>
              <label style={{ display: 'block' }}>
                <input type="radio" name="anchor" checked={sourceAnchor === 'mS-DS-ConsistencyGuid'} onChange={() => setSourceAnchor('mS-DS-ConsistencyGuid')} /> Let Azure manage the
                source anchor (mS-DS-ConsistencyGuid)
              </label>
              <label style={{ display: 'block' }}>
                <input type="radio" name="anchor" checked={sourceAnchor === 'objectGUID'} onChange={() => setSourceAnchor('objectGUID')} /> objectGUID
              </label>
            </fieldset>
          )}
          <fieldset>
            <legend className={styles.label}>Optional features</legend>
            {userSignIn !== 'passwordHashSync' && (
              <label style={{ display: 'block' }}>
                <input type="checkbox" checked={passwordHashSync} onChange={(event) => setPasswordHashSync(event.target.checked)} /> Password hash synchronization
              </label>
            )}
            <label style={{ display: 'block' }}>
              <input type="checkbox" checked={passwordWriteback} onChange={(event) => setPasswordWriteback(event.target.checked)} /> Password writeback
            </label>
          </fieldset>
        </>
      )}
      <fieldset>
        <legend className={styles.label}>Ready to configure</legend>
        <label style={{ display: 'block' }}>
          <input type="checkbox" checked={startSynchronization} onChange={(event) => setStartSynchronization(event.target.checked)} /> Start the synchronization process when
          configuration completes
        </label>
        {custom && (
          <label style={{ display: 'block' }}>
            <input type="checkbox" checked={stagingMode} onChange={(event) => setStagingMode(event.target.checked)} /> Enable staging mode: When selected, synchronization will not export any
            data to AD or Microsoft Entra ID
          </label>
        )}
      </fieldset>
      <div className={styles.rowActions}>
        <button type="submit" className={mergeClasses(styles.button, styles.primary)}>
          {configuration ? 'Configure' : 'Install'}
        </button>
        {configuration && (
          <button type="button" className={styles.button} onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
