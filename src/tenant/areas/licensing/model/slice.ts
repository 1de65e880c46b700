import { emptyCollection, type Collection } from '../../../collection';
import type { CompanySubscription, SubscribedSku } from './license';

/** What the organization bought: subscribed SKUs and the subscriptions behind them. */
export interface LicensingSlice {
  readonly subscribedSkus: Collection<SubscribedSku>;
  /** The commercial subscriptions behind the subscribed SKUs (Graph's directory/subscriptions). */
  readonly subscriptions: Collection<CompanySubscription>;
}

export function emptyLicensing(): LicensingSlice {
  return { subscribedSkus: emptyCollection(), subscriptions: emptyCollection() };
}
