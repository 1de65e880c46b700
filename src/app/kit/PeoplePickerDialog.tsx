import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { PeopleSearch, usePeoplePicker, type PeoplePickerProps } from './PeoplePicker';

const useStyles = makeStyles({
  surface: { maxWidth: '560px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The people picker in a dialog, for full pages (Entra's "Add members" on a group). Inside a pane,
 * use `PeoplePicker` instead: a dialog over a modal pane is a second modal layer that screen
 * readers and focus management handle badly.
 */
export function PeoplePickerDialog({ title, confirmLabel, exclude, max, onConfirm, onCancel }: PeoplePickerProps) {
  const styles = useStyles();
  const picker = usePeoplePicker(max);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <PeopleSearch picker={picker} exclude={exclude} max={max} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={picker.chosen.length === 0} onClick={() => onConfirm(picker.chosen)}>
              {confirmLabel(picker.chosen.length)}
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
