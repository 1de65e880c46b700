import { useState } from 'react';
import { LICENSING_ERRORS } from '../../../../../tenant';
import type { CatalogProduct } from '../../../../../views/billing';
import { useTenantStore } from '../../../../tenant-context';

/** The steps of buying: the product's options, the cart, the checkout, and the order placed. */
export type PurchaseStep = 'product' | 'cart' | 'checkout' | 'done';

export type SubscriptionLength = '1 month' | '1 year';
export type BillingFrequency = 'Pay monthly' | 'Pay yearly';

export interface PurchaseOrder {
  readonly quantity: number | null;
  readonly length: SubscriptionLength;
  readonly frequency: BillingFrequency;
}

export const MAX_ORDER_QUANTITY = 10_000;

export function quantityError(quantity: number | null): string | undefined {
  if (quantity === null || !Number.isInteger(quantity) || quantity < 1 || quantity > MAX_ORDER_QUANTITY) {
    return LICENSING_ERRORS.invalidQuantity(MAX_ORDER_QUANTITY).message;
  }
  return undefined;
}

/**
 * Buying a product in Purchase services: "Buy" shows the options, "Check out now" the cart,
 * "Check out" the checkout, and "Place order" sends the one command that adds the licenses.
 */
export function usePurchase(product: CatalogProduct | undefined) {
  const store = useTenantStore();
  const [step, setStep] = useState<PurchaseStep>('product');
  const [buying, setBuying] = useState(false);
  const [order, setOrder] = useState<PurchaseOrder>({ quantity: 1, length: '1 year', frequency: 'Pay monthly' });
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const checkOutNow = () => {
    setTouched(true);
    if (quantityError(order.quantity)) return;
    setStep('cart');
  };

  const placeOrder = () => {
    if (!product || order.quantity === null) return;
    const result = store.send({ type: 'subscription.buyLicenses', skuId: product.skuId, quantity: order.quantity });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setStep('done');
  };

  return {
    step,
    buying,
    order,
    error,
    quantityError: touched ? quantityError(order.quantity) : undefined,
    startBuying: () => setBuying(true),
    update: (changes: Partial<PurchaseOrder>) => setOrder((current) => ({ ...current, ...changes })),
    checkOutNow,
    checkOut: () => setStep('checkout'),
    back: () => {
      setError(null);
      setStep(step === 'checkout' ? 'cart' : 'product');
    },
    placeOrder,
  };
}

export type PurchaseState = ReturnType<typeof usePurchase>;
