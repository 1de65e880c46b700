import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import type { GroupKind } from '../../../../../../tenant';
import { SidePane } from '../../../../../kit/SidePane';
import { Wizard } from '../../../../../kit/Wizard';
import { BasicsStep } from './BasicsStep';
import { PeopleStep } from './PeopleStep';
import { ReviewStep } from './ReviewStep';
import { SettingsStep } from './SettingsStep';
import { useAddGroupWizard, type AddGroupWizardState } from './useAddGroupWizard';
import { STEP_TEXT, WIZARD_KINDS } from './wizard-kinds';

const useStyles = makeStyles({
  done: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  doneIcon: { color: tokens.colorPaletteGreenForeground1, fontSize: '40px' },
});

function StepContent({ wizard }: { readonly wizard: AddGroupWizardState }) {
  switch (wizard.view) {
    case 'basics':
      return <BasicsStep wizard={wizard} />;
    case 'owners':
    case 'members':
      return <PeopleStep wizard={wizard} link={wizard.view} />;
    case 'settings':
      return <SettingsStep wizard={wizard} />;
    case 'review':
      return <ReviewStep wizard={wizard} />;
    case 'done':
      return null;
  }
}

function Finished({ wizard }: { readonly wizard: AddGroupWizardState }) {
  const styles = useStyles();
  return (
    <div className={styles.done}>
      <CheckmarkCircleFilled className={styles.doneIcon} aria-hidden />
      <Text>In Microsoft 365 a new group can take up to 5 minutes to appear in the list of groups. In Tenant Lab it's there right away.</Text>
      {wizard.fields.createTeam && <Text>Microsoft Teams isn't simulated in Tenant Lab, so no team was created for this group.</Text>}
    </div>
  );
}

/** "Add a Microsoft 365 group" (and its siblings): the admin center's step-by-step pane. */
export function AddGroupWizard({ kind, onClose }: { readonly kind: GroupKind; readonly onClose: () => void }) {
  const wizard = useAddGroupWizard(kind);
  const title = WIZARD_KINDS[kind].title;
  const view = wizard.view;


  const stepHeading = view === 'done' ? `${wizard.fields.name.trim()} group created` : STEP_TEXT[view].heading;
  return (
    <SidePane
      title={title}
      size="large"
      onClose={onClose}
      footer={
        view === 'done' ? (
          <Button appearance="primary" onClick={onClose}>
            Close
          </Button>
        ) : (
          <>
            {wizard.index > 0 && <Button onClick={wizard.back}>Back</Button>}
            {view === 'review' ? (
              <Button appearance="primary" onClick={wizard.create}>
                Create group
              </Button>
            ) : (
              <Button appearance="primary" disabled={!wizard.canAdvance} onClick={wizard.next}>
                Next
              </Button>
            )}
          </>
        )
      }
    >
      <Wizard
        railLabel="Steps"
        steps={wizard.steps.map((step) => STEP_TEXT[step].label)}
        current={view === 'done' ? wizard.steps.length : wizard.index}
        heading={stepHeading}
        stepKey={view}
        appearance="plain"
      >
        {view === 'done' ? <Finished wizard={wizard} /> : <StepContent wizard={wizard} />}
      </Wizard>
    </SidePane>
  );
}
