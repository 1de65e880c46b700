// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findUserByUserPrincipalName } from '../../src/tenant';
import { renderApp } from './render-app';

const grid = () => screen.findByRole('grid', { name: 'Active users' });

/** The display names of the data rows, top to bottom. */
function rowNames(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1')
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((row) => row.getAttribute('aria-label') ?? '');
}

async function chooseView(user: ReturnType<typeof renderApp>['user'], name: string) {
  await user.click(screen.getByRole('button', { name: /^Filter/ }));
  await user.click(await screen.findByRole('menuitemradio', { name }));
}

afterEach(() => vi.restoreAllMocks());

describe('Active users', () => {
  it('lists every user by display name, with username and licenses', async () => {
    renderApp('/admin/users');
    const list = await grid();
    expect(list).toHaveAttribute('aria-rowcount', '26');
    const megan = within(list).getByRole('row', { name: 'Megan Bowen' });
    expect(megan).toHaveTextContent('MeganB@contoso.com');
    expect(megan).toHaveTextContent('Microsoft 365 E5');
    expect(within(list).getByRole('row', { name: 'Cameron White' })).toHaveTextContent('Unlicensed');
    expect(rowNames(list).slice(0, 3)).toEqual(['Adele Vance', 'Alex Wilber', 'Allan Deyoung']);
    expect(screen.getByText('25 users')).toBeInTheDocument();
  });

  it('finds users by display name or username as the search is typed', async () => {
    const { user } = renderApp('/admin/users');
    const list = await grid();
    const search = screen.getByRole('searchbox', { name: 'Search active users list' });
    await user.type(search, 'meg');
    expect(rowNames(list)).toEqual(['Megan Bowen']);
    expect(list).toHaveAttribute('aria-rowcount', '2');
    expect(screen.getByText('1 of 25 users')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'allanD@');
    expect(rowNames(list)).toEqual(['Allan Deyoung']);
    await user.type(search, 'nobody');
    expect(rowNames(list)).toEqual([]);
    expect(within(list).getByText('No users found.')).toBeInTheDocument();
  });

  it('filters by the standard views', async () => {
    const { user } = renderApp('/admin/users');
    const list = await grid();
    await chooseView(user, 'Sign-in blocked');
    expect(rowNames(list)).toEqual(['Brian Johnson']);
    expect(screen.getByRole('button', { name: 'Filter: Sign-in blocked' })).toBeInTheDocument();
    await chooseView(user, 'Global admins');
    expect(rowNames(list)).toEqual(['MOD Administrator']);
    await chooseView(user, 'Helpdesk admins');
    expect(rowNames(list)).toEqual(['Allan Deyoung']);
    await chooseView(user, 'User management admins');
    expect(rowNames(list)).toEqual(['Nestor Wilke']);
    await chooseView(user, 'Unlicensed users');
    expect(rowNames(list)).toEqual(['Brian Johnson', 'Cameron White', 'Christie Cline', 'Debra Berger', 'Irvin Sayers']);
    await chooseView(user, 'Licensed users');
    expect(rowNames(list)).toHaveLength(20);
    expect(rowNames(list)).not.toContain('Cameron White');
    await chooseView(user, 'All users');
    expect(rowNames(list)).toHaveLength(25);
  });

  it('sorts by a column header, turning the order round on a second click, and keeps ties in name order', async () => {
    const { user } = renderApp('/admin/users');
    const list = await grid();
    const header = (name: string) => within(list).getByRole('columnheader', { name });
    expect(header('Display name')).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(header('Display name')).getByRole('button'));
    expect(header('Display name')).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames(list).slice(0, 2)).toEqual(['Pradeep Gupta', 'Patti Fernandez']);

    await user.click(within(header('Licenses')).getByRole('button'));
    expect(header('Licenses')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Display name')).not.toHaveAttribute('aria-sort');
    const names = rowNames(list);
    // Microsoft 365 E5 holders first, in name order; the unlicensed last, in name order.
    expect(names.slice(0, 3)).toEqual(['Diego Siciliani', 'Johanna Lorenz', 'Lidia Holloway']);
    expect(names.slice(-5)).toEqual(['Brian Johnson', 'Cameron White', 'Christie Cline', 'Debra Berger', 'Irvin Sayers']);
  });

  it('adds the columns chosen in Choose columns', async () => {
    const { user } = renderApp('/admin/users');
    const list = await grid();
    await user.click(screen.getByRole('button', { name: 'Choose columns' }));
    const pane = await screen.findByRole('dialog', { name: 'Choose columns' });
    expect(within(pane).getByRole('checkbox', { name: 'Display name' })).toBeDisabled();
    await user.click(within(pane).getByRole('checkbox', { name: 'Department' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Usage location' }));
    await user.click(within(pane).getByRole('checkbox', { name: 'Licenses' }));
    await user.click(within(pane).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The closed pane's focus trap hands the page back to assistive technology a moment later.
    expect(await within(list).findByRole('columnheader', { name: 'Department' })).toBeInTheDocument();
    expect(within(list).queryByRole('columnheader', { name: 'Licenses' })).not.toBeInTheDocument();
    expect(within(list).getByRole('row', { name: 'Henrietta Mueller' })).toHaveTextContent('R&DGermany');
  });

  it('counts the selected users, selects every row in view from the header, and clears', async () => {
    const { user } = renderApp('/admin/users');
    const list = await grid();
    await user.click(within(list).getByRole('checkbox', { name: 'Select Megan Bowen' }));
    await user.click(within(list).getByRole('checkbox', { name: 'Select Alex Wilber' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    expect(within(list).getByRole('row', { name: 'Megan Bowen' })).toHaveAttribute('aria-selected', 'true');
    expect(within(list).getByRole('checkbox', { name: 'Select all users' })).toBePartiallyChecked();

    await user.type(screen.getByRole('searchbox', { name: 'Search active users list' }), 'an');
    await user.click(within(list).getByRole('checkbox', { name: 'Select all users' }));
    const shown = rowNames(list).length;
    // Megan Bowen and every other row with "an" were already or are now selected, plus Alex Wilber.
    expect(screen.getByText(`${shown + 1} selected`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByText(/selected$/)).not.toBeInTheDocument();
  });

  it('exports the users in view as the admin center CSV', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:users';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp('/admin/users');
    await grid();
    await chooseView(user, 'Sign-in blocked');
    await user.click(screen.getByRole('button', { name: 'Export users' }));
    expect(click).toHaveBeenCalled();
    const lines = (await blobs[0]!.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Block credential,City,Country\/Region,Department,/);
    expect(lines[0]).toContain('Licenses,Mobile Phone,Object Id');
    expect(lines[1]).toMatch(/^True,Sydney,Australia,Sales,,Brian Johnson,/);
    expect(lines[1]).toContain('BrianJ@contoso.com');
  });

  it("opens a user's details at their own address from the name, and closes back to the list", async () => {
    const { user, router, store } = renderApp('/admin/users');
    const list = await grid();
    await user.type(screen.getByRole('searchbox', { name: 'Search active users list' }), 'megan');
    await user.click(within(list).getByRole('link', { name: 'Megan Bowen' }));
    const megan = findUserByUserPrincipalName(store.getTenant(), 'MeganB@contoso.com')!;
    expect(router.state.location.pathname).toBe(`/admin/users/${megan.id}`);
    const panel = await screen.findByRole('dialog', { name: 'Megan Bowen' });
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/users'));
    // The list kept its search while the details were open.
    expect(screen.getByRole('searchbox', { name: 'Search active users list' })).toHaveValue('megan');
  });

  it('moves through the grid with the arrow keys, one cell being the tab stop', async () => {
    const { user } = renderApp('/admin/users');
    const list = await grid();
    const selectAll = within(list).getByRole('checkbox', { name: 'Select all users' });
    expect(selectAll).toHaveAttribute('tabindex', '0');
    selectAll.focus();
    await user.keyboard('{ArrowDown}');
    expect(within(list).getByRole('checkbox', { name: 'Select Adele Vance' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(list).getByRole('link', { name: 'Adele Vance' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(list).getByRole('button', { name: 'Reset a password for Adele Vance' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveTextContent('AdeleV@contoso.com');
    expect(within(list).getByRole('link', { name: 'Adele Vance' })).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toHaveAttribute('aria-colindex', '5');
    expect(document.activeElement?.closest('[role="row"]')).toHaveAttribute('aria-label', 'Pradeep Gupta');
  });

  it("opens Reset password from a row's key", async () => {
    const { user } = renderApp('/admin/users');
    const list = await grid();
    await user.click(within(list).getByRole('button', { name: 'Reset a password for Lee Gu' }));
    const pane = await screen.findByRole('dialog', { name: 'Reset password' });
    expect(pane).toHaveTextContent('Reset the password of Lee Gu.');
  });
});
