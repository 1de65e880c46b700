import { Button, DrawerBody, DrawerFooter, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef } from 'react';
import type { GroupKind } from '../../../../../../tenant';
import { WizardRail } from '../../../../../shell/WizardRail';
import { BasicsStep } from './BasicsStep';
import { PeopleStep } from './PeopleStep';
import { ReviewStep } from './ReviewStep';
import { SettingsStep } from './SettingsStep';
import { useAddGroupWizard, type AddGroupWizardState } from './useAddGroupWizard';
import { STEP_TEXT, WIZARD_KINDS } from './wizard-kinds';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: '180px 1fr', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, ':focus': { outline: 'none' } },
  done: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  doneIcon: { color: tokens.colorPaletteGreenForeground1, fontSize: '40px' },
  footer: { justifyContent: 'flex-start' },
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
  const styles = useStyles();
  const wizard = useAddGroupWizard(kind);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = WIZARD_KINDS[kind].title;
  const view = wizard.view;

  // Each new step announces itself: focus moves to its heading, as the portal's wizard does.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [view]);

  const stepHeading = view === 'done' ? `${wizard.fields.name.trim()} group created` : STEP_TEXT[view].heading;
  return (
    <OverlayDrawer open position="end" size="large" onOpenChange={(_, data) => !data.open && onClose()} aria-labelledby={headingId}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={onClose} />}>
          <span id={headingId}>{title}</span>
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <div className={styles.layout}>
          <WizardRail label="Steps" steps={wizard.steps.map((step) => STEP_TEXT[step].label)} current={wizard.view === 'done' ? wizard.steps.length : wizard.index} />
          <section className={styles.content} aria-labelledby={`${headingId}-step`}>
            <h2 id={`${headingId}-step`} ref={heading} tabIndex={-1} className={styles.heading}>
              {stepHeading}
            </h2>
            {view === 'done' ? <Finished wizard={wizard} /> : <StepContent wizard={wizard} />}
          </section>
        </div>
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        {view === 'done' ? (
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
        )}
      </DrawerFooter>
    </OverlayDrawer>
  );
}
