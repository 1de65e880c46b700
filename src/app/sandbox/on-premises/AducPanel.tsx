import { mergeClasses } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { getById, type Tenant } from '../../../tenant';
import { containerRows, objectsIn, type OnPremisesObjectRow } from '../../../views/hybrid';
import { useTenant } from '../../tenant-context';
import { useDnsHostStyles } from '../dns-host/dns-host-styles';
import { NewOuForm, NewUserForm } from './NewObjectForms';
import { PromoteForm } from './PromoteForm';
import { ServerMessageLine } from './ServerMessageLine';
import { UpnSuffixes } from './UpnSuffixes';
import { useServerCommand } from './use-server-command';
import { UserProperties } from './UserProperties';

const selectOnPremises = (tenant: Tenant) => tenant.onPremises;

/** Active Directory Users and Computers: the tree, the objects in the selected container, and their operations. */
export function AducPanel() {
  const styles = useDnsHostStyles();
  const onPremises = useTenant(selectOnPremises);
  const server = useServerCommand();
  const containers = useMemo(() => containerRows(onPremises), [onPremises]);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [target, setTarget] = useState('');
  const current = containers.find((container) => container.id === selected) ?? containers.find((container) => container.name === 'Users') ?? containers[0];
  const listing = useMemo(() => (current ? objectsIn(onPremises, current.id) : { rows: [], total: 0 }), [onPremises, current]);

  if (!onPremises.forest) {
    return (
      <>
        <ServerMessageLine message={server.message} />
        <PromoteForm server={server} />
      </>
    );
  }
  const suffixes = [onPremises.forest.upnSuffixes, [onPremises.forest.id]].flat();
  const editedUser = editing ? getById(onPremises.users, editing) : undefined;

  const act = (row: OnPremisesObjectRow, action: 'toggle' | 'delete') => {
    if (action === 'toggle') server.run({ type: 'onPremises.setUserEnabled', userId: row.id, enabled: !row.enabled }, `${row.name} was ${row.enabled ? 'disabled' : 'enabled'}.`);
    else server.run({ type: 'onPremises.deleteObject', objectId: row.id }, `${row.name} was deleted.`);
  };

  return (
    <>
      <ServerMessageLine message={server.message} />
      <div className={styles.form}>
        <nav aria-label="Active Directory tree" className={styles.panel}>
          <p className={styles.label}>{onPremises.forest.id}</p>
          <ul>
            {containers.map((container) => (
              <li key={container.id} style={{ marginLeft: `${container.depth * 12}px` }}>
                <button
                  type="button"
                  className={mergeClasses(styles.button, container.id === current?.id && styles.primary)}
                  aria-current={container.id === current?.id ? 'true' : undefined}
                  onClick={() => {
                    setSelected(container.id);
                    setEditing(null);
                  }}
                >
                  {container.name}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <section className={mergeClasses(styles.panel, styles.double)} aria-labelledby="aduc-objects">
          <h2 id="aduc-objects" className={styles.subheading}>
            {current?.path}
          </h2>
          {current && (
            <p className={styles.note}>
              {current.distinguishedName}
              {current.objectClass === 'organizationalUnit' && (
                <>
                  {' '}
                  <label>
                    <input
                      type="checkbox"
                      checked={current.protectedFromAccidentalDeletion}
                      onChange={(event) =>
                        server.run(
                          { type: 'onPremises.setProtection', containerId: current.id, protectedFromAccidentalDeletion: event.target.checked },
                          `Protect object from accidental deletion ${event.target.checked ? 'turned on' : 'turned off'} for ${current.name}.`,
                        )
                      }
                    />{' '}
                    Protect object from accidental deletion
                  </label>
                </>
              )}
            </p>
          )}
          <table className={styles.table} aria-label={`Objects in ${current?.name ?? ''}`}>
            <thead>
              <tr>
                <th className={styles.th}>Name</th>
                <th className={styles.th}>Type</th>
                <th className={styles.th}>Description</th>
                <th className={styles.th}>Actions</th>
              </tr>
            </thead>
            <tbody>
              {listing.rows.map((row) => (
                <tr key={row.id}>
                  <td className={styles.td}>
                    {row.name}
                    {!row.enabled && ' (disabled)'}
                  </td>
                  <td className={styles.td}>{row.type}</td>
                  <td className={styles.td}>{row.description}</td>
                  <td className={styles.td}>
                    <span className={styles.rowActions}>
                      {row.type === 'User' && (
                        <>
                          <button type="button" className={styles.button} onClick={() => setEditing(row.id)} aria-label={`Properties of ${row.name}`}>
                            Properties
                          </button>
                          <button type="button" className={styles.button} onClick={() => act(row, 'toggle')} aria-label={`${row.enabled ? 'Disable' : 'Enable'} ${row.name}`}>
                            {row.enabled ? 'Disable Account' : 'Enable Account'}
                          </button>
                        </>
                      )}
                      <button type="button" className={styles.button} onClick={() => setMoving(row.id)} aria-label={`Move ${row.name}`}>
                        Move…
                      </button>
                      <button type="button" className={mergeClasses(styles.button, styles.danger)} onClick={() => act(row, 'delete')} aria-label={`Delete ${row.name}`}>
                        Delete
                      </button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {listing.total > listing.rows.length && <p className={styles.note}>Showing {listing.rows.length} of {listing.total} objects.</p>}
          {moving && (
            <form
              className={styles.rowActions}
              aria-label="Move"
              onSubmit={(event) => {
                event.preventDefault();
                if (server.run({ type: 'onPremises.moveObject', objectId: moving, targetContainerId: target }, 'The object was moved.')) setMoving(null);
              }}
            >
              <label className={styles.field}>
                <span className={styles.label}>Move object into container</span>
                <select className={styles.input} value={target} onChange={(event) => setTarget(event.target.value)}>
                  <option value="">Select a container</option>
                  {containers.map((container) => (
                    <option key={container.id} value={container.id}>
                      {container.path}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className={styles.button}>
                OK
              </button>
              <button type="button" className={styles.button} onClick={() => setMoving(null)}>
                Cancel
              </button>
            </form>
          )}
        </section>
      </div>
      {editedUser && <UserProperties key={editedUser.id + editedUser.usnChanged} user={editedUser} suffixes={suffixes} server={server} onClose={() => setEditing(null)} />}
      {current && current.objectClass !== 'builtinDomain' && (
        <>
          <NewUserForm containerId={current.id} containerName={current.name} suffixes={suffixes} server={server} />
          <NewOuForm containerId={current.id} containerName={current.name} server={server} />
        </>
      )}
      <UpnSuffixes forest={onPremises.forest} server={server} />
    </>
  );
}
