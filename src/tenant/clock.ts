/**
 * The simulated clock: an ISO 8601 instant in the tenant state. Time moves only when a
 * `clock.advance` command says so, which keeps every timer reproducible on replay.
 */
export interface SimulatedClock {
  readonly now: string;
}

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Milliseconds in an ISO 8601 duration of weeks, days, hours, minutes and seconds, or undefined. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [, weeks, days, hours, minutes, seconds] = match.map((part) => Number(part ?? 0));
  return ((((weeks! * 7 + days!) * 24 + hours!) * 60 + minutes!) * 60 + seconds!) * 1000;
}

export function addMilliseconds(instant: string, milliseconds: number): string {
  return new Date(Date.parse(instant) + milliseconds).toISOString();
}

export function addDays(instant: string, days: number): string {
  return addMilliseconds(instant, days * 86_400_000);
}

export function isValidInstant(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(text) && !Number.isNaN(Date.parse(text));
}

export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
