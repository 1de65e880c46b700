import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { LAB_EDGE, LAB_INK, LAB_PAPER } from '../catalog/lab-styles';
import { LAB_PATHS } from '../catalog/lab-paths';
import { rememberWelcomeDismissed } from './first-visit';

const useStyles = makeStyles({
  // The lab's paper, ink and dashed edge: this is Tenant Lab speaking, not a Microsoft portal.
  surface: { backgroundColor: LAB_PAPER, color: LAB_INK, border: `2px dashed ${LAB_EDGE}`, maxWidth: '620px' },
  text: { margin: `0 0 ${tokens.spacingVerticalM}` },
  choices: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  choice: { display: 'grid', gridTemplateColumns: '1fr auto', alignItems: 'center', gap: tokens.spacingHorizontalL },
  choiceTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  choiceText: { margin: 0 },
  link: {
    color: '#fff',
    backgroundColor: LAB_INK,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    textDecorationLine: 'none',
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    ':hover': { backgroundColor: '#5a4d00' },
    ':focus-visible': { outline: `2px solid ${LAB_INK}`, outlineOffset: '2px' },
  },
  footnote: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase200 },
});

/**
 * The first visit's welcome: what Tenant Lab is, and its three ways in (scenarios, practice
 * exams, free play on the tenant behind it). Dismissed once, it stays dismissed in this browser.
 */
export default function WelcomeDialog() {
  const styles = useStyles();
  const [open, setOpen] = useState(true);
  const dismiss = () => {
    rememberWelcomeDismissed();
    setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && dismiss()}>
      <DialogSurface className={styles.surface} aria-describedby="tenant-lab-welcome-text">
        <DialogBody>
          <DialogTitle>Welcome to Tenant Lab</DialogTitle>
          <DialogContent>
            <p id="tenant-lab-welcome-text" className={styles.text}>
              Tenant Lab is a practice sandbox for Microsoft 365 administration (exam MS-102). The admin centers behind this window are imitations that run
              only in this browser, on a made-up organization, Contoso. It is not Microsoft, and nothing you do here leaves this browser.
            </p>
            <ul className={styles.choices}>
              <li className={styles.choice}>
                <div>
                  <h2 className={styles.choiceTitle}>Practise a scenario</h2>
                  <p className={styles.choiceText}>A task on a tenant of its own, with hints, graded when you submit.</p>
                </div>
                <a className={styles.link} href={LAB_PATHS.catalog} onClick={rememberWelcomeDismissed}>
                  Browse scenarios
                </a>
              </li>
              <li className={styles.choice}>
                <div>
                  <h2 className={styles.choiceTitle}>Take a practice exam</h2>
                  <p className={styles.choiceText}>Several scenarios against the clock, scored out of 1000.</p>
                </div>
                <a className={styles.link} href={LAB_PATHS.exams} onClick={rememberWelcomeDismissed}>
                  See exams
                </a>
              </li>
              <li className={styles.choice}>
                <div>
                  <h2 className={styles.choiceTitle}>Explore freely</h2>
                  <p className={styles.choiceText}>Change anything on Contoso. Your changes are saved in this browser until you start over from the strip.</p>
                </div>
                <Button appearance="secondary" onClick={dismiss}>
                  Start exploring
                </Button>
              </li>
            </ul>
            <p className={styles.footnote}>The yellow strip at the top of every page, and the app launcher, lead back to the scenarios and exams.</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="subtle" onClick={dismiss}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
