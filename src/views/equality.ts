/**
 * Equality for selector results. A selector that builds rows returns new objects on every tenant
 * change; comparing them field by field lets `useTenant` keep the previous array, so a page
 * re-renders only when a row it shows actually changed.
 */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const left = a[key];
    const right = b[key];
    if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((item, i) => Object.is(item, right[i]));
    return Object.is(left, right);
  });
}

export function rowsEqual<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((row, i) => shallowEqual(row, b[i]!));
}
