import { useCallback, useEffect, useState } from 'react';
import { browserStorage } from '../../../../session/wal';

export const PANE_MIN_WIDTH = 280;
export const PANE_MAX_WIDTH = 720;
const PANE_DEFAULT_WIDTH = 380;

const LAYOUT_KEY = 'tenant-lab.taskPane';

interface PaneLayout {
  readonly width: number;
  readonly collapsed: boolean;
}

function clampWidth(width: number): number {
  return Math.round(Math.min(PANE_MAX_WIDTH, Math.max(PANE_MIN_WIDTH, width)));
}

/** The layout as the learner left it. Kept in localStorage: read before the first paint, so the pane never jumps. */
function storedLayout(): PaneLayout {
  try {
    const value: unknown = JSON.parse(browserStorage()?.getItem(LAYOUT_KEY) ?? 'null');
    if (typeof value === 'object' && value !== null) {
      const { width, collapsed } = value as { width?: unknown; collapsed?: unknown };
      return { width: typeof width === 'number' ? clampWidth(width) : PANE_DEFAULT_WIDTH, collapsed: collapsed === true };
    }
  } catch {
    // Unreadable or unavailable: the default layout.
  }
  return { width: PANE_DEFAULT_WIDTH, collapsed: false };
}

/** The task pane's width and whether it is collapsed, remembered across attempts. */
export function useTaskPaneLayout() {
  const [layout, setLayout] = useState(storedLayout);
  useEffect(() => {
    try {
      browserStorage()?.setItem(LAYOUT_KEY, JSON.stringify(layout));
    } catch {
      // A layout that can't be remembered is still the layout.
    }
  }, [layout]);
  const setWidth = useCallback((width: number) => setLayout((current) => ({ ...current, width: clampWidth(width) })), []);
  const setCollapsed = useCallback((collapsed: boolean) => setLayout((current) => ({ ...current, collapsed })), []);
  return { ...layout, setWidth, setCollapsed };
}
