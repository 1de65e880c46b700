import { areas, type AreaSlices } from './areas';

/** Every area's slice of a tenant that has nothing in it yet, under the area's key. */
export function emptyAreaSlices(): AreaSlices {
  return Object.fromEntries(Object.entries(areas).map(([key, area]) => [key, area.initialSlice()])) as unknown as AreaSlices;
}
