import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { FeedbackBar, OutcomeList } from '../../../../kit/Feedback';
import { SidePane } from '../../../../kit/SidePane';
import { Wizard } from '../../../../kit/Wizard';
import { BasicsStep, MembersStep, ReviewStep, RolesStep } from './UnitWizardSteps';
import { STEP_LABELS, UNIT_STEPS, useAddUnitWizard } from './useAddUnitWizard';

const useStyles = makeStyles({
  doneIcon: { color: tokens.colorPaletteGreenForeground1, fontSize: '40px' },
});

/** Administrative units > "Add unit": Basics, Add members, Assign admins to scoped roles, Review and finish. */
export function AddUnitWizard({ onClose }: { readonly onClose: () => void }) {
  const styles = useStyles();
  const wizard = useAddUnitWizard();
  const { view } = wizard;

  const failed = wizard.outcomes.filter((outcome) => outcome.error);
  return (
    <SidePane
      title="Add administrative unit"
      size="large"
      onClose={onClose}
      footer={
        view === 'done' ? (
          <Button appearance="primary" onClick={onClose}>
            Done
          </Button>
        ) : (
          <>
            {wizard.index > 0 && <Button onClick={wizard.back}>Back</Button>}
            {view === 'review' ? (
              <Button appearance="primary" onClick={wizard.add}>
                Add
              </Button>
            ) : (
              <Button appearance="primary" onClick={wizard.next}>
                Next
              </Button>
            )}
          </>
        )
      }
    >
      <Wizard
        railLabel="Add administrative unit steps"
        steps={UNIT_STEPS.map((step) => STEP_LABELS[step])}
        current={wizard.index}
        heading={view === 'done' ? `${wizard.fields.name.trim()} was added` : STEP_LABELS[view]}
        stepKey={view}
        appearance="plain"
      >
        {view === 'basics' && <BasicsStep wizard={wizard} />}
        {view === 'members' && <MembersStep wizard={wizard} />}
        {view === 'roles' && <RolesStep wizard={wizard} />}
        {view === 'review' && (
          <>
            <FeedbackBar feedback={wizard.error ? { ok: false, title: "The unit wasn't added", message: wizard.error } : null} />
            <ReviewStep wizard={wizard} />
          </>
        )}
        {view === 'done' && (
          <>
            <CheckmarkCircleFilled className={styles.doneIcon} aria-hidden />
            <Text>Admins of this unit can now manage its members. Add or remove members and scoped admins from the unit's details.</Text>
            {failed.length > 0 && (
              <>
                <FeedbackBar feedback={{ ok: false, title: 'Some changes weren\u2019t made', message: 'The unit was added, but the tenant refused these:' }} />
                <OutcomeList outcomes={wizard.outcomes} success="Done." />
              </>
            )}
          </>
        )}
      </Wizard>
    </SidePane>
  );
}
