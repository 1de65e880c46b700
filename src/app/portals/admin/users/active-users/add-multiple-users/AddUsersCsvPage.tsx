import { Button } from '@fluentui/react-components';
import { useNavigate } from 'react-router';
import { Page } from '../../../../../shell/Page';
import { Wizard } from '../../../../../kit/Wizard';
import { CsvLicensesStep } from './CsvLicensesStep';
import { CsvResultsStep } from './CsvResultsStep';
import { CsvReviewStep } from './CsvReviewStep';
import { UploadStep } from './UploadStep';
import { CSV_STEPS, useAddUsersCsv } from './useAddUsersCsv';
import { adminPaths } from '../../../paths';

const ACTIVE_USERS = adminPaths.activeUsers;

/** Users > Active users > "Add multiple users": the newer "Add list of users" flow. */
export default function AddUsersCsvPage() {
  const wizard = useAddUsersCsv();
  const navigate = useNavigate();
  const trail = [{ label: 'Active users', to: ACTIVE_USERS }];
  const { added, step } = wizard;

  if (added) {
    const count = added.users.length;
    return (
      <Page trail={trail}>
        <Wizard
          railLabel="Add list of users steps"
          steps={CSV_STEPS.map((candidate) => candidate.label)}
          current={CSV_STEPS.length}
          heading={count === 1 ? '1 user added to active users' : `${count} users added to active users`}
          footer={
            <Button appearance="primary" onClick={() => navigate(ACTIVE_USERS)}>
              Close
            </Button>
          }
        >
          <CsvResultsStep added={added} />
        </Wizard>
      </Page>
    );
  }

  const index = CSV_STEPS.findIndex((candidate) => candidate.id === step);
  return (
    <Page trail={trail}>
      <Wizard
        railLabel="Add list of users steps"
        steps={CSV_STEPS.map((candidate) => candidate.label)}
        current={index}
        heading={CSV_STEPS[index]!.heading}
        footer={
          <>
            {step !== 'upload' && <Button onClick={wizard.back}>Back</Button>}
            {step === 'review' ? (
              <Button appearance="primary" onClick={wizard.addUsers}>
                Add users
              </Button>
            ) : (
              <Button appearance="primary" onClick={wizard.next}>
                Next
              </Button>
            )}
          </>
        }
      >
        {step === 'upload' && <UploadStep wizard={wizard} />}
        {step === 'licenses' && <CsvLicensesStep wizard={wizard} />}
        {step === 'review' && <CsvReviewStep wizard={wizard} />}
      </Wizard>
    </Page>
  );
}
