import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useLabStyles } from '../catalog/lab-styles';
import { StorageProblem } from '../catalog/StorageProblem';
import { FileDropZone } from './FileDropZone';
import { useProgressTransfer, type ProgressNotice } from './useProgressTransfer';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function Notice({ notice }: { notice: ProgressNotice }) {
  switch (notice.kind) {
    case 'exported':
      return (
        <MessageBar intent={notice.damaged.length > 0 ? 'warning' : 'success'} role="status" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Saved {notice.fileName}</MessageBarTitle>
            It holds {plural(notice.attempts, 'attempt')} with their logs, your settings and your imported scenarios.
            {notice.damaged.length > 0 && ` ${plural(notice.damaged.length, 'damaged attempt')} could not be read and ${notice.damaged.length === 1 ? 'was' : 'were'} left out: ${notice.damaged.map((item) => item.id).join(', ')}.`}
          </MessageBarBody>
        </MessageBar>
      );
    case 'imported': {
      const { summary } = notice;
      return (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Imported {notice.fileName}</MessageBarTitle>
            <ul>
              <li>{plural(summary.attemptsImported, 'attempt')} imported.</li>
              {summary.attemptsSkipped.length > 0 && <li>{plural(summary.attemptsSkipped.length, 'attempt')} skipped: already in this browser, kept as they are here.</li>}
              <li>{plural(summary.scenariosImported, 'imported scenario')} added.</li>
              {summary.scenariosSkipped.length > 0 && <li>{plural(summary.scenariosSkipped.length, 'scenario')} skipped, already imported here: {summary.scenariosSkipped.join(', ')}.</li>}
              <li>{plural(summary.settingsImported, 'setting')} taken over.</li>
            </ul>
          </MessageBarBody>
        </MessageBar>
      );
    }
    case 'refused':
      return (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.fileName}: {notice.error.message}</MessageBarTitle>
            <ul>
              {notice.error.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      );
    case 'unreadable':
      return (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{notice.message} Nothing was imported.</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return <StorageProblem error={notice.error} title="Your progress could not be moved." />;
  }
}

/** Export everything to one file, and import such a file on another machine. */
export function ProgressSection({ onImported }: { onImported: () => void }) {
  const styles = useLabStyles();
  const progress = useProgressTransfer(onImported);
  return (
    <section className={styles.panel} aria-labelledby="progress-heading">
      <h2 id="progress-heading" className={styles.sectionHeading}>
        Move your progress
      </h2>
      <p className={styles.lead}>
        Your attempts are kept in this browser only. Export them all to one file to keep a copy or to carry on elsewhere, then import that file in Tenant Lab on the other machine. Attempts already there are kept as they are.
      </p>
      <div className={styles.row}>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={progress.busy} onClick={() => void progress.exportAll()}>
          Export all progress
        </Button>
      </div>
      <FileDropZone label="Import a progress file" hint="…or drop a tenant-lab-progress .json file here." accept=".json,application/json" disabled={progress.busy} onFile={(file) => void progress.importFile(file)} />
      <div aria-live="polite">{progress.notice && <Notice notice={progress.notice} />}</div>
    </section>
  );
}
