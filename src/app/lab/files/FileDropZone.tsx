import { Button, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type DragEvent } from 'react';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalXL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    transitionProperty: 'background-color, border-color',
    transitionDuration: tokens.durationFaster,
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  input: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

export interface FileDropZoneProps {
  /** The button's text, e.g. "Choose a scenario file". */
  readonly label: string;
  readonly hint: string;
  /** File types the picker offers, e.g. ".yaml,.yml,.json". */
  readonly accept: string;
  readonly disabled?: boolean;
  readonly onFile: (file: File) => void;
}

/**
 * A file picker that also takes a file dropped on it. The picker is a real file input (so the
 * keyboard and assistive technology reach it by its label); dropping is the mouse's shortcut.
 */
export function FileDropZone({ label, hint, accept, disabled, onFile }: FileDropZoneProps) {
  const styles = useStyles();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid={`drop-${label}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={accept}
        className={styles.input}
        aria-label={label}
        aria-describedby={hintId}
        tabIndex={-1}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) fires again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button icon={<ArrowUploadRegular />} disabled={disabled} onClick={() => input.current?.click()} aria-describedby={hintId}>
        {label}
      </Button>
      <p id={hintId} className={styles.hint}>
        {hint}
      </p>
    </div>
  );
}
