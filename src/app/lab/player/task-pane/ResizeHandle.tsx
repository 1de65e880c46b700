import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANE_MAX_WIDTH, PANE_MIN_WIDTH } from './useTaskPaneLayout';

const useStyles = makeStyles({
  handle: {
    flexShrink: 0,
    width: '6px',
    cursor: 'col-resize',
    backgroundColor: tokens.colorNeutralStroke2,
    touchAction: 'none',
    ':hover': { backgroundColor: tokens.colorBrandStroke1 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-1px', backgroundColor: tokens.colorBrandStroke1 },
  },
});

/** Pixels an arrow key moves the handle; with Shift, four times as far. */
const STEP = 16;

/**
 * The splitter between the portal and the task pane (the ARIA window splitter pattern): drag it,
 * or focus it and use the arrow keys (left widens the pane, right narrows it), Home and End for
 * the narrowest and widest. Its value is the pane's width in pixels.
 */
export function ResizeHandle({ width, onResize, controls }: { width: number; onResize: (width: number) => void; controls: string }) {
  const styles = useStyles();
  const drag = useRef<{ x: number; width: number } | null>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    const next = { ArrowLeft: width + step, ArrowRight: width - step, Home: PANE_MIN_WIDTH, End: PANE_MAX_WIDTH }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onResize(next);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag.current) onResize(drag.current.width + drag.current.x - event.clientX);
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the task pane"
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={PANE_MIN_WIDTH}
      aria-valuemax={PANE_MAX_WIDTH}
      aria-valuetext={`${width} pixels wide`}
      tabIndex={0}
      className={styles.handle}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
