// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import { findUserByUserPrincipalName, toArray } from '../../src/tenant';
import { renderApp } from './render-app';

describe('Entra Devices', () => {
  it('lists a device with its join type, owner and compliance, and disables it', async () => {
    const store = createDemoStore();
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!.id;
    const result = store.send({ type: 'device.register', displayName: 'MEGAN-LAPTOP', operatingSystem: 'Windows', operatingSystemVersion: '10.0.22631', trustType: 'ServerAd', registeredOwnerId: megan, isCompliant: true });
    expect(result.ok).toBe(true);
    const { user } = renderApp('/entra/devices', store);
    const table = await screen.findByRole('table', { name: 'All devices' }, { timeout: 15_000 });
    const row = within(table).getByRole('row', { name: /MEGAN-LAPTOP/ });
    expect(row).toHaveTextContent('Microsoft Entra hybrid joined');
    expect(row).toHaveTextContent('Megan Bowen');
    await user.click(within(row).getByRole('checkbox', { name: 'Select MEGAN-LAPTOP' }));
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    expect(await screen.findByText('Disabled: 1 device.')).toBeInTheDocument();
    expect(toArray(store.getTenant().access.devices)[0]!.accountEnabled).toBe(false);
  }, 60_000);
});
