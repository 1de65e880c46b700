import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, type ButtonProps } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

export interface ConfirmButtonProps {
  readonly label: string;
  readonly title: string;
  readonly confirmLabel: string;
  readonly children: ReactNode;
  readonly onConfirm: () => unknown;
  /** Called as the dialog opens, to fetch what it should say. */
  readonly onOpen?: () => void;
  readonly disabled?: boolean;
  /** A class for a plain button (the lab strip's look); without it, a Fluent button. */
  readonly className?: string;
  readonly appearance?: ButtonProps['appearance'];
  readonly icon?: ButtonProps['icon'];
}

/** A button that asks first, in an alert dialog that traps focus and gives it back on close. */
export function ConfirmButton({ label, title, confirmLabel, children, onConfirm, onOpen, disabled, className, appearance, icon }: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const confirm = () => {
    setOpen(false);
    void onConfirm();
  };
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) onOpen?.();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        {className ? (
          <button type="button" className={className} disabled={disabled}>
            {label}
          </button>
        ) : (
          <Button appearance={appearance} icon={icon} disabled={disabled}>
            {label}
          </Button>
        )}
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={confirm}>
              {confirmLabel}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
