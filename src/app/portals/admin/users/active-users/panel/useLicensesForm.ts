import { useCallback, useState } from 'react';
import { getById, licenseProducts, saveUserLicensesWorkflow, userLicenses, type AssignedLicense, type ProductSummary, type Tenant, type UserLicense } from '../../../../../../tenant';
import { rowsEqual } from '../../../../../../views/equality';
import { useTenant, useTenantStore } from '../../../../../tenant-context';

/** A product as the form holds it: ticked or not, and the apps (service plans) turned off. */
interface LicenseChoice {
  readonly on: boolean;
  readonly disabledPlans: readonly string[];
}

type Choices = Readonly<Record<string, LicenseChoice>>;

/** What the tab shows of the user, as plain comparable values. */
interface LicenseFacts {
  readonly usageLocation: string | null;
  /** The direct assignments: product → disabled plans. */
  readonly direct: Readonly<Record<string, readonly string[]>>;
}

function selectFacts(tenant: Tenant, userId: string): LicenseFacts | undefined {
  const user = getById(tenant.directory.users, userId);
  if (!user) return undefined;
  const direct: Record<string, readonly string[]> = {};
  for (const record of user.licenseAssignmentStates) if (record.assignedByGroup === null) direct[record.skuId] = record.disabledPlans;
  return { usageLocation: user.usageLocation, direct };
}

function factsEqual(a: LicenseFacts | undefined, b: LicenseFacts | undefined): boolean {
  if (!a || !b) return a === b;
  const keys = Object.keys(a.direct);
  return a.usageLocation === b.usageLocation && keys.length === Object.keys(b.direct).length && keys.every((key) => b.direct[key] === a.direct[key]);
}

function choicesFrom(facts: LicenseFacts | undefined): Choices {
  const choices: Record<string, LicenseChoice> = {};
  for (const [skuId, disabledPlans] of Object.entries(facts?.direct ?? {})) choices[skuId] = { on: true, disabledPlans };
  return choices;
}

const samePlans = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((plan) => b.includes(plan));

const licensesEqual = (a: readonly UserLicense[], b: readonly UserLicense[]) =>
  a.length === b.length && a.every((license, index) => JSON.stringify(license) === JSON.stringify(b[index]));

/**
 * The behaviour of the "Licenses and apps" tab: the usage location and the products and apps
 * being edited, the products' availability, and saving. "Save changes" sends the location first
 * when it changed (`user.setUsageLocation`, the one profile property a License Administrator may
 * set) and then one `user.assignLicense` with everything added, changed and removed, as Graph's
 * assignLicense takes both lists in one request.
 */
export function useLicensesForm(userId: string) {
  const store = useTenantStore();
  const facts = useTenant(
    useCallback((tenant: Tenant) => selectFacts(tenant, userId), [userId]),
    factsEqual,
  );
  const held = useTenant(
    useCallback((tenant: Tenant) => userLicenses(tenant, userId), [userId]),
    licensesEqual,
  );
  const products: readonly ProductSummary[] = useTenant(licenseProducts, rowsEqual);
  const [location, setLocation] = useState<string | null>(facts?.usageLocation ?? null);
  const [choices, setChoices] = useState<Choices>(() => choicesFrom(facts));
  const [result, setResult] = useState<{ readonly error?: string } | null>(null);

  const direct = facts?.direct ?? {};
  const addLicenses: AssignedLicense[] = [];
  const removeLicenses: string[] = [];
  for (const [skuId, choice] of Object.entries(choices)) {
    const before = direct[skuId];
    if (choice.on && (!before || !samePlans(before, choice.disabledPlans))) addLicenses.push({ skuId, disabledPlans: choice.disabledPlans });
    if (!choice.on && before) removeLicenses.push(skuId);
  }
  const locationChanged = location !== null && location !== (facts?.usageLocation ?? null);
  const dirty = locationChanged || addLicenses.length > 0 || removeLicenses.length > 0;

  const toggleLicense = (skuId: string, on: boolean) => {
    setResult(null);
    setChoices({ ...choices, [skuId]: { on, disabledPlans: choices[skuId]?.disabledPlans ?? [] } });
  };

  const togglePlan = (skuId: string, servicePlanId: string, on: boolean) => {
    setResult(null);
    const current = choices[skuId] ?? { on: true, disabledPlans: [] };
    const disabledPlans = on ? current.disabledPlans.filter((id) => id !== servicePlanId) : [...current.disabledPlans, servicePlanId];
    setChoices({ ...choices, [skuId]: { ...current, disabledPlans } });
  };

  const chooseLocation = (code: string) => {
    setResult(null);
    setLocation(code);
  };

  const save = () => {
    const change = saveUserLicensesWorkflow({ userId, ...(locationChanged ? { usageLocation: location } : {}), addLicenses, removeLicenses });
    const sent = change && store.send(change.command);
    if (sent && !sent.ok) {
      setResult({ error: sent.error.message });
      return;
    }
    setResult({});
  };

  return { location, chooseLocation, choices, toggleLicense, togglePlan, products, held, dirty, save, result };
}

export type LicensesForm = ReturnType<typeof useLicensesForm>;
