import { Button, DrawerBody, DrawerFooter, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef } from 'react';
import { FeedbackBar, OutcomeList } from '../../../../kit/Feedback';
import { WizardRail } from '../../../../shell/WizardRail';
import { BasicsStep, MembersStep, ReviewStep, RolesStep } from './UnitWizardSteps';
import { STEP_LABELS, UNIT_STEPS, useAddUnitWizard } from './useAddUnitWizard';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: '200px 1fr', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, ':focus': { outline: 'none' } },
  doneIcon: { color: tokens.colorPaletteGreenForeground1, fontSize: '40px' },
  footer: { justifyContent: 'flex-start' },
});

/** Administrative units > "Add unit": Basics, Add members, Assign admins to scoped roles, Review and finish. */
export function AddUnitWizard({ onClose }: { readonly onClose: () => void }) {
  const styles = useStyles();
  const wizard = useAddUnitWizard();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { view } = wizard;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [view]);

  const failed = wizard.outcomes.filter((outcome) => outcome.error);
  return (
    <OverlayDrawer open position="end" size="large" onOpenChange={(_, data) => !data.open && onClose()} aria-labelledby={titleId}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={onClose} />}>
          <span id={titleId}>Add administrative unit</span>
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <div className={styles.layout}>
          <WizardRail label="Add administrative unit steps" steps={UNIT_STEPS.map((step) => STEP_LABELS[step])} current={wizard.index} />
          <section className={styles.content} aria-labelledby={`${titleId}-step`}>
            <h2 id={`${titleId}-step`} ref={heading} tabIndex={-1} className={styles.heading}>
              {view === 'done' ? `${wizard.fields.name.trim()} was added` : STEP_LABELS[view]}
            </h2>
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
          </section>
        </div>
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        {view === 'done' ? (
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
        )}
      </DrawerFooter>
    </OverlayDrawer>
  );
}
