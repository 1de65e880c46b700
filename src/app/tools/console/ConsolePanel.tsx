import { Button, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular, DismissRegular } from '@fluentui/react-icons';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { downloadText } from '../../lab/files/download';
import { useTenantStore } from '../../tenant-context';
import type { TenantStore } from '../../../session/tenant-store';
import { ConsoleController } from './console-controller';

const useStyles = makeStyles({
  panel: {
    position: 'fixed',
    left: 0,
    right: 0,
    bottom: 0,
    height: '42vh',
    minHeight: '220px',
    zIndex: 1000,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: '#000000',
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow28,
  },
  hidden: { display: 'none' },
  toolbar: { display: 'flex', alignItems: 'center', gap: '4px', height: '36px', padding: '0 8px', backgroundColor: '#1f1f1f', color: '#ffffff' },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: '12px' },
  spacer: { flex: 1 },
  status: { fontSize: tokens.fontSizeBase200, color: '#d0d0d0', marginRight: '8px' },
  button: { color: '#ffffff', ':hover': { color: '#ffffff', backgroundColor: 'rgba(255,255,255,0.12)' } },
  terminal: { flex: 1, minHeight: 0, padding: '4px 0 0 8px' },
  fileInput: { display: 'none' },
});

/** One controller per tenant store: an attempt's console is not the sandbox's. */
const controllers = new WeakMap<TenantStore, ConsoleController>();

/** Exposed for the browser test, which types into the console as a learner would. */
declare global {
  interface Window {
    tenantLabConsole?: ConsoleController;
  }
}

/**
 * The console, docked at the bottom of the page as Cloud Shell is: a PowerShell terminal on the
 * page's tenant, with Upload and Download for the files scripts read and write.
 */
export default function ConsolePanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const store = useTenantStore();
  const host = useRef<HTMLDivElement>(null);
  const upload = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const controller = useMemo(() => {
    let found = controllers.get(store);
    if (!found) {
      found = new ConsoleController(store);
      controllers.set(store, found);
    }
    return found;
  }, [store]);
  useEffect(() => controller.setExitHandler(onClose), [controller, onClose]);
  const files = useSyncExternalStore(
    (listener) => controller.files.subscribe(listener),
    () => controller.files.list(),
  );
  const fit = useRef<FitAddon | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const terminal = new Terminal({
      fontFamily: 'Consolas, "Cascadia Mono", "Courier New", monospace',
      fontSize: 14,
      // A steady cursor: a blinking one is an animation that never ends, so the page never settles.
      cursorBlink: false,
      scrollback: 5000,
      theme: { background: '#000000', foreground: '#f2f2f2' },
    });
    const addon = new FitAddon();
    terminal.loadAddon(addon);
    terminal.open(element);
    fit.current = addon;
    addon.fit();
    const detach = controller.attach(terminal);
    window.tenantLabConsole = controller;
    const observer = new ResizeObserver(() => addon.fit());
    observer.observe(element);
    terminal.focus();
    return () => {
      observer.disconnect();
      detach();
      terminal.dispose();
      if (window.tenantLabConsole === controller) delete window.tenantLabConsole;
    };
  }, [controller]);

  useEffect(() => {
    if (open) fit.current?.fit();
  }, [open]);

  const onUpload = async (list: FileList | null) => {
    for (const file of Array.from(list ?? [])) {
      const written = controller.files.write(file.name, await file.text());
      setStatus(`Uploaded ${written.name} to ${controller.files.fullPath(written.name)}`);
    }
    if (upload.current) upload.current.value = '';
  };

  return (
    <section role="region" aria-label="Cloud Shell" className={open ? styles.panel : `${styles.panel} ${styles.hidden}`}>
      <div className={styles.toolbar}>
        <span className={styles.title}>PowerShell</span>
        <Button appearance="transparent" size="small" className={styles.button} icon={<ArrowUploadRegular />} onClick={() => upload.current?.click()}>
          Upload
        </Button>
        <input ref={upload} type="file" accept=".csv,.txt,.json" multiple className={styles.fileInput} aria-label="Upload files" onChange={(event) => void onUpload(event.target.files)} />
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button appearance="transparent" size="small" className={styles.button} icon={<ArrowDownloadRegular />} disabled={files.length === 0}>
              Download
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {files.map((file) => (
                <MenuItem key={file.name} onClick={() => downloadText(file.name, file.content, file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'text/plain')}>
                  {file.name}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
        <div className={styles.spacer} />
        <span role="status" aria-live="polite" className={styles.status}>
          {status}
        </span>
        <Button appearance="transparent" size="small" className={styles.button} icon={<DismissRegular />} aria-label="Close Cloud Shell" onClick={onClose} />
      </div>
      <div ref={host} className={styles.terminal} />
    </section>
  );
}
