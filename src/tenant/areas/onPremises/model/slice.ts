import { emptyCollection, type Collection } from '../../../collection';
import type { Container, Forest, OnPremisesComputer, OnPremisesGroup, OnPremisesUser, Tombstone } from './objects';

/** The simulated on-premises Active Directory; empty until a forest is set up. */
export interface OnPremisesSlice {
  readonly forest: Forest | null;
  readonly containers: Collection<Container>;
  readonly users: Collection<OnPremisesUser>;
  readonly groups: Collection<OnPremisesGroup>;
  readonly computers: Collection<OnPremisesComputer>;
  readonly tombstones: Collection<Tombstone>;
  /** The domain controller's highest committed update sequence number. */
  readonly highestUsn: number;
}

export function emptyOnPremises(): OnPremisesSlice {
  return {
    forest: null,
    containers: emptyCollection(),
    users: emptyCollection(),
    groups: emptyCollection(),
    computers: emptyCollection(),
    tombstones: emptyCollection(),
    highestUsn: 0,
  };
}
