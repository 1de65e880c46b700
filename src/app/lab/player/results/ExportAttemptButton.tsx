import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { LabSession } from '../../../../session/lab-session';

/** Downloads the attempt as the file `npm run lab -- grade <scenario> <file>` replays and scores the same way. */
export function ExportAttemptButton({ session }: { session: LabSession }) {
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    try {
      const file = await session.exportAttempt();
      const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${file.scenarioId}.attempt.json`;
      link.click();
      // The download has started from the URL; the browser keeps what it needs.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <Button icon={<ArrowDownloadRegular />} onClick={() => void download()}>
        Export attempt
      </Button>
      {problem && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
