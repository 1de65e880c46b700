// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const card = (name: string) => screen.getByRole('region', { name });

describe('Home', () => {
  it("shows Contoso's user figures", async () => {
    renderApp('/admin/home');
    await screen.findByRole('heading', { level: 1, name: 'Contoso' });
    const users = card('Active users');
    expect(within(users).getByText('25')).toBeInTheDocument();
    expect(within(users).getByText('active users')).toBeInTheDocument();
    expect(within(users).getByText('Sign-in blocked').closest('div')).toHaveTextContent('Sign-in blocked1');
  });

  it('shows licenses assigned and available per product', async () => {
    renderApp('/admin/home');
    await screen.findByRole('heading', { level: 1, name: 'Contoso' });
    const licenses = card('Licenses');
    expect(within(licenses).getByText('8 assigned, 2 available of 10')).toBeInTheDocument();
    expect(within(licenses).getByText('12 assigned, 1 available of 13')).toBeInTheDocument();
    expect(within(licenses).getByText('Microsoft 365 E5')).toBeInTheDocument();
  });

  it('links the user management tasks to Active users', async () => {
    const { user, router } = renderApp('/admin/home');
    await screen.findByRole('heading', { level: 1, name: 'Contoso' });
    const management = card('User management');
    for (const task of ['Add user', 'Delete user', 'Edit a user', 'Reset password']) {
      expect(within(management).getByRole('link', { name: task })).toHaveAttribute('href', '/admin/users');
    }
    await user.click(within(management).getByRole('link', { name: 'Add user' }));
    expect(router.state.location.pathname).toBe('/admin/users');
  });

  it('lists the admins and their roles', async () => {
    renderApp('/admin/home');
    await screen.findByRole('heading', { level: 1, name: 'Contoso' });
    const roles = card('Admin roles');
    expect(within(roles).getByText('Helpdesk Administrator')).toBeInTheDocument();
    expect(within(roles).getByText('Nestor Wilke')).toBeInTheDocument();
  });
});
