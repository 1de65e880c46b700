import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { Page } from '../../../../../shell/Page';
import { BasicsStep } from './BasicsStep';
import { ADD_USER_STEPS } from './form';
import { LicensesStep } from './LicensesStep';
import { OptionalSettingsStep } from './OptionalSettingsStep';
import { ReviewStep } from './ReviewStep';
import { useAddUser } from './useAddUser';
import { UserAddedStep } from './UserAddedStep';
import { Wizard } from '../../../../../kit/Wizard';
import { adminPaths } from '../../../paths';

const ACTIVE_USERS = adminPaths.activeUsers;

/** Users > Active users > "Add a user": the four-step wizard, then its confirmation. */
export default function AddUserPage() {
  const wizard = useAddUser();
  const navigate = useNavigate();
  const stepsRef = useRef<HTMLDivElement>(null);
  const { step, added, invalidAttempt } = wizard;
  const index = ADD_USER_STEPS.findIndex((candidate) => candidate.id === step);

  // After a Next that found problems, the first field in error takes focus.
  useEffect(() => {
    if (invalidAttempt === 0) return;
    stepsRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [aria-describedby="add-user-licenses-error"] input:not(:disabled)')?.focus();
  }, [invalidAttempt]);

  const trail = [{ label: 'Active users', to: ACTIVE_USERS }];
  if (added) {
    return (
      <Page trail={trail}>
        <Wizard
          railLabel="Add a user steps"
          steps={ADD_USER_STEPS.map((candidate) => candidate.label)}
          current={ADD_USER_STEPS.length}
          heading={`${added.displayName} added to active users`}
          footer={
            <Button appearance="primary" onClick={() => navigate(ACTIVE_USERS)}>
              Close
            </Button>
          }
        >
          <UserAddedStep added={added} />
        </Wizard>
      </Page>
    );
  }

  return (
    <Page trail={trail}>
      <Wizard
        railLabel="Add a user steps"
        steps={ADD_USER_STEPS.map((candidate) => candidate.label)}
        current={index}
        heading={ADD_USER_STEPS[index]!.heading}
        footer={
          <>
            {index > 0 && <Button onClick={wizard.back}>Back</Button>}
            {step === 'review' ? (
              <Button appearance="primary" onClick={wizard.finish}>
                Finish adding
              </Button>
            ) : (
              <Button appearance="primary" onClick={wizard.next}>
                Next
              </Button>
            )}
          </>
        }
      >
        <div ref={stepsRef}>
          {step === 'basics' && <BasicsStep wizard={wizard} />}
          {step === 'licenses' && <LicensesStep wizard={wizard} />}
          {step === 'optional' && <OptionalSettingsStep wizard={wizard} />}
          {step === 'review' && <ReviewStep wizard={wizard} />}
        </div>
      </Wizard>
    </Page>
  );
}
