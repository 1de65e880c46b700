import { useEffect, useRef } from 'react';

/**
 * Performance marks for the Active users benchmark (tests/bench/active-users.bench.ts), which
 * reads them in Chromium: when the grid's first rows were painted, and for each search
 * keystroke the time from the input event to the paint of the updated grid.
 */

export const RENDERED_MARK = 'active-users:rendered';
export const SEARCH_INPUT_MARK = 'active-users:search-input';
export const SEARCH_MEASURE = 'active-users:search';

/** Calls back once the frame being prepared has been painted: a task queued from its animation frame. */
function afterNextPaint(callback: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(null);
  });
}

/** Marks the input event of a search keystroke; call it from the search box's change handler. */
export function markSearchInput(): void {
  performance.mark(SEARCH_INPUT_MARK);
}

/** Marks the first paint of rows, and measures each search from its input to the repainted grid. */
export function usePaintMarks(rowCount: number, search: string): void {
  const rendered = useRef(false);
  useEffect(() => {
    if (rendered.current || rowCount === 0) return;
    rendered.current = true;
    afterNextPaint(() => performance.mark(RENDERED_MARK));
  }, [rowCount]);
  useEffect(() => {
    const input = performance.getEntriesByName(SEARCH_INPUT_MARK, 'mark').at(-1);
    if (!input) return;
    performance.clearMarks(SEARCH_INPUT_MARK);
    afterNextPaint(() => performance.measure(SEARCH_MEASURE, { start: input.startTime }));
  }, [search]);
}
