// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('the Tenant Lab strip', () => {
  it('shows the simulated time in UTC, apart from the portal', () => {
    renderApp('/admin/home');
    const strip = screen.getByRole('region', { name: 'Tenant Lab' });
    expect(within(strip).getByText('Mon, 2 Mar 2026, 09:00 UTC')).toHaveAttribute('datetime', '2026-03-02T09:00:00.000Z');
    expect(within(screen.getByRole('banner')).queryByText(/Simulated time/)).not.toBeInTheDocument();
  });

  it('fast-forwards the clock a day and says so to screen readers', async () => {
    const { user, store } = renderApp('/admin/home');
    const strip = screen.getByRole('region', { name: 'Tenant Lab' });
    await user.click(within(strip).getByRole('button', { name: /Fast-forward/ }));
    await user.click(await screen.findByRole('menuitem', { name: '1 day' }));

    expect(store.getTenant().clock.now).toBe('2026-03-03T09:00:00.000Z');
    expect(within(strip).getByText('Tue, 3 Mar 2026, 09:00 UTC')).toBeInTheDocument();
    expect(within(strip).getByRole('status')).toHaveTextContent('Fast-forwarded 1 day. Simulated time is now Tue, 3 Mar 2026, 09:00 UTC.');
  });

  it('opens from the keyboard with 1 hour, 1 day, 7 days and 30 days', async () => {
    const { user, store } = renderApp('/admin/home');
    within(screen.getByRole('region', { name: 'Tenant Lab' })).getByRole('button', { name: /Fast-forward/ }).focus();
    await user.keyboard('{Enter}');
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['1 hour', '1 day', '7 days', '30 days']);
    await user.click(items[3]!);
    expect(store.getTenant().clock.now).toBe('2026-04-01T09:00:00.000Z');
  });
});
