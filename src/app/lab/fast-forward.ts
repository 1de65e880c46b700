/** The jumps the lab strip offers, as ISO 8601 durations for `store.fastForward`. */
export const FAST_FORWARD_OPTIONS = [
  { label: '1 hour', duration: 'PT1H' },
  { label: '1 day', duration: 'P1D' },
  { label: '7 days', duration: 'P7D' },
  { label: '30 days', duration: 'P30D' },
] as const;

export type FastForwardOption = (typeof FAST_FORWARD_OPTIONS)[number];
