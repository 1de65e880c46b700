// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getById } from '../../src/tenant';
import type { TenantStore } from '../../src/session/tenant-store';
import { groupNamed, JOURNEY, storeWithGroups, userId } from './groups-support';
import { renderApp } from './render-app';

async function openRules(store: TenantStore = storeWithGroups()) {
  const sales = groupNamed(store, 'Sales Department')!;
  const app = renderApp(`/entra/groups/${sales.id}/dynamic-rules`, store);
  await screen.findByRole('heading', { level: 1, name: 'Sales Department | Dynamic membership rules' });
  return { ...app, store, groupId: sales.id };
}

const syntax = () => screen.getByRole('textbox', { name: 'Rule syntax' });

describe('the dynamic membership rule editor', JOURNEY, () => {
  it("opens the group's rule in the builder and keeps the rule syntax in step with its rows", async () => {
    const { user, store, groupId } = await openRules();
    expect(screen.getByRole('combobox', { name: 'Property, expression 1' })).toHaveValue('department');
    expect(screen.getByRole('combobox', { name: 'Operator, expression 1' })).toHaveValue('Equals');
    expect(screen.getByRole('textbox', { name: 'Value, expression 1' })).toHaveValue('Sales');
    expect(syntax()).toHaveValue('user.department -eq "Sales"');

    await user.click(screen.getByRole('button', { name: 'Add expression' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'And/Or, expression 2' }), 'Or');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Property, expression 2' }), 'city');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operator, expression 2' }), 'Starts With');
    await user.type(screen.getByRole('textbox', { name: 'Value, expression 2' }), 'Tor');
    expect(syntax()).toHaveValue('user.department -eq "Sales" -or user.city -startsWith "Tor"');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Successfully updated the dynamic membership rule of Sales Department/)).toBeInTheDocument();
    const group = getById(store.getTenant().directory.groups, groupId)!;
    expect(group.membershipRule).toBe('user.department -eq "Sales" -or user.city -startsWith "Tor"');
    // Cameron White works in Toronto.
    expect(group.memberIds).toContain(userId(store, 'CameronW@contoso.com'));
  });

  it('holds at most five expressions and deletes one with its button', async () => {
    const { user } = await openRules();
    const add = screen.getByRole('button', { name: 'Add expression' });
    for (let i = 0; i < 4; i++) await user.click(add);
    expect(screen.getAllByRole('combobox', { name: /^Property, expression/ })).toHaveLength(5);
    expect(add).toBeDisabled();
    expect(screen.getByText(/The rule builder holds at most 5 expressions/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete expression 5' }));
    expect(screen.getByRole('button', { name: 'Add expression' })).toBeEnabled();
  });

  it("moves a rule the builder can't show to the text box and says why", async () => {
    const { user } = await openRules();
    await user.click(screen.getByRole('button', { name: 'Edit rule syntax' }));
    const box = screen.getByRole('textbox', { name: 'Edit rule syntax' });
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.type(box, 'user.department -contains "Sales"');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(await screen.findByText("The rule builder can't show this rule: it uses -contains or -notContains. Edit it in the rule syntax box.")).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Rule builder' })).toBeNull();
    expect(syntax()).toHaveValue('user.department -contains "Sales"');
  });

  it('brings a rule the builder can show back into its rows', async () => {
    const { user } = await openRules();
    await user.click(screen.getByRole('button', { name: 'Edit rule syntax' }));
    const box = screen.getByRole('textbox', { name: 'Edit rule syntax' });
    await user.clear(box);
    await user.type(box, 'user.country -eq "Japan" -and user.accountEnabled -eq true');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(await screen.findByRole('combobox', { name: 'Property, expression 2' })).toHaveValue('accountEnabled');
    expect(screen.getByRole('textbox', { name: 'Value, expression 1' })).toHaveValue('Japan');
  });

  it("shows a parse error at its position, marks it with carets and selects it in the text box", async () => {
    const { user } = await openRules();
    await user.click(screen.getByRole('button', { name: 'Edit rule syntax' }));
    const box = screen.getByRole('textbox', { name: 'Edit rule syntax' }) as HTMLTextAreaElement;
    await user.clear(box);
    await user.type(box, 'user.departmnt -eq "Sales"');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    const error = await screen.findByText(/Dynamic membership rule validation error: Property 'departmnt' is not supported\. Did you mean 'department'\?/);
    const bar = error.closest('.fui-MessageBar')!;
    expect(bar).toHaveTextContent('The error is at "departmnt", character 6 of the rule.');
    const drawing = bar.querySelector('pre')!;
    expect(drawing.textContent).toBe('user.departmnt -eq "Sales"\n     ^^^^^^^^^');
    expect(drawing.querySelector('mark')!.textContent).toBe('departmnt');
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([5, 14]);
    // The text box stays open until the rule parses.
    expect(screen.getByRole('textbox', { name: 'Edit rule syntax' })).toBeInTheDocument();
  });

  it('refuses a -match pattern RE2 cannot run in linear time, pointing at its backreference', async () => {
    const { user } = await openRules();
    await user.click(screen.getByRole('button', { name: 'Edit rule syntax' }));
    const box = screen.getByRole('textbox', { name: 'Edit rule syntax' }) as HTMLTextAreaElement;
    await user.clear(box);
    await user.type(box, 'user.displayName -match "(a)\\1"');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    const error = await screen.findByText(/Dynamic membership rule validation error: Query compilation error: error in regular expression used with -match: backreferences such as '\\1' are not supported/);
    const bar = error.closest('.fui-MessageBar')!;
    expect(bar).toHaveTextContent('The error is at "\\1", character 29 of the rule.');
    expect(bar.querySelector('pre')!.textContent).toBe(`user.displayName -match "(a)\\1"\n${' '.repeat(28)}^^`);
    expect([box.selectionStart, box.selectionEnd]).toEqual([28, 30]);
  });

  it("points at a builder value the property can't take, under the rule syntax", async () => {
    const { user } = await openRules();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Property, expression 1' }), 'accountEnabled');
    const value = screen.getByRole('textbox', { name: 'Value, expression 1' });
    await user.clear(value);
    await user.type(value, 'maybe');
    expect(syntax()).toHaveValue('user.accountEnabled -eq "maybe"');
    const error = await screen.findByText(/'accountEnabled' is a Boolean property: compare it with true or false, without quotation marks\./);
    expect(error.closest('.fui-MessageBar')!.querySelector('pre')!.textContent).toBe('user.accountEnabled -eq "maybe"\n                        ^^^^^^^');
  });

  it("refuses to save a rule that doesn't parse, with the tenant's message", async () => {
    const { user, store, groupId } = await openRules();
    const value = screen.getByRole('textbox', { name: 'Value, expression 1' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Property, expression 1' }), 'accountEnabled');
    await user.clear(value);
    await user.type(value, 'maybe');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Failed to update the dynamic membership rule')).toBeInTheDocument();
    expect(getById(store.getTenant().directory.groups, groupId)!.membershipRule).toBe('user.department -eq "Sales"');
  });

  it('refuses a Helpdesk Administrator who saves a rule', async () => {
    const store = storeWithGroups();
    store.signInAs(userId(store, 'AllanD@contoso.com'));
    const { user } = await openRules(store);
    await user.type(screen.getByRole('textbox', { name: 'Value, expression 1' }), ' Team');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Insufficient privileges to complete the operation.')).toBeInTheDocument();
  });

  it('discards unsaved changes back to the saved rule', async () => {
    const { user } = await openRules();
    await user.type(screen.getByRole('textbox', { name: 'Value, expression 1' }), 'X');
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(await screen.findByRole('textbox', { name: 'Value, expression 1' })).toHaveValue('Sales');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});

describe('Validate Rules', JOURNEY, () => {
  it('says for each chosen user whether the rule makes them a member, expression by expression', async () => {
    const { user } = await openRules();
    await user.click(screen.getByRole('tab', { name: 'Validate Rules' }));
    await user.click(screen.getByRole('button', { name: 'Add users' }));
    const picker = await screen.findByRole('dialog', { name: 'Select users' });
    await user.type(within(picker).getByRole('searchbox'), 'Isaiah');
    await user.click(within(picker).getByRole('checkbox', { name: /Isaiah Langer/ }));
    await user.clear(within(picker).getByRole('searchbox'));
    await user.type(within(picker).getByRole('searchbox'), 'Cameron');
    await user.click(within(picker).getByRole('checkbox', { name: /Cameron White/ }));
    await user.click(within(picker).getByRole('button', { name: 'Select' }));

    const results = await screen.findByRole('table', { name: 'Validation results' });
    expect(within(results).getByRole('row', { name: /Isaiah Langer/ })).toHaveTextContent('Member');
    expect(within(results).getByRole('row', { name: /Cameron White/ })).toHaveTextContent('Not a member');
    // The picker's dialog hides the page until it has closed.
    await user.click(await within(results).findByRole('button', { name: 'View details for Cameron White' }));
    expect(within(results).getByRole('list', { name: 'Validation details for Cameron White' })).toHaveTextContent('user.department -eq "Sales"False');
  });

  it('validates the rule as it stands in the editor, before it is saved', async () => {
    const { user } = await openRules();
    await user.click(screen.getByRole('tab', { name: 'Validate Rules' }));
    await user.click(screen.getByRole('button', { name: 'Add users' }));
    const picker = await screen.findByRole('dialog', { name: 'Select users' });
    await user.type(within(picker).getByRole('searchbox'), 'Cameron');
    await user.click(within(picker).getByRole('checkbox', { name: /Cameron White/ }));
    await user.click(within(picker).getByRole('button', { name: 'Select' }));
    await user.click(await screen.findByRole('tab', { name: 'Configure Rules' }));
    const value = screen.getByRole('textbox', { name: 'Value, expression 1' });
    await user.clear(value);
    await user.type(value, 'Operations');
    await user.click(screen.getByRole('tab', { name: 'Validate Rules' }));
    const results = await screen.findByRole('table', { name: 'Validation results' });
    expect(within(results).getByRole('row', { name: /Cameron White/ })).toHaveTextContent('Member');
    expect(within(results).getByRole('row', { name: /Cameron White/ })).not.toHaveTextContent('Not a member');
  });
});

describe('a dynamic group from New group', JOURNEY, () => {
  it('builds the query in its pane, validates it for a user there, and creates the group with its members', async () => {
    const { user, store } = renderApp('/entra/groups/new');
    await user.type(await screen.findByRole('textbox', { name: 'Group name' }), 'Operations');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Membership type' }), 'Dynamic User');
    await user.click(screen.getByRole('button', { name: 'Add dynamic query' }));
    const pane = await screen.findByRole('dialog', { name: 'Dynamic membership rules' });
    await user.selectOptions(within(pane).getByRole('combobox', { name: 'Property, expression 1' }), 'department');
    await user.type(within(pane).getByRole('textbox', { name: 'Value, expression 1' }), 'Operations');
    await user.click(within(pane).getByRole('tab', { name: 'Validate Rules' }));
    await user.click(within(pane).getByRole('button', { name: 'Add users' }));
    const picker = within(pane).getByRole('region', { name: 'Select users' });
    await user.type(within(picker).getByRole('searchbox'), 'Cameron');
    await user.click(within(picker).getByRole('checkbox', { name: /Cameron White/ }));
    await user.click(within(picker).getByRole('button', { name: 'Select' }));
    expect(within(await within(pane).findByRole('table', { name: 'Validation results' })).getByRole('row', { name: /Cameron White/ })).toHaveTextContent('Member');
    await user.click(within(pane).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('user.department -eq "Operations"')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Create' }));
    await screen.findByText('Successfully created group Operations.');
    const group = groupNamed(store, 'Operations')!;
    expect(group).toMatchObject({ groupTypes: ['DynamicMembership'], membershipRule: 'user.department -eq "Operations"', membershipRuleProcessingState: 'On' });
    expect([...group.memberIds].sort()).toEqual([userId(store, 'CameronW@contoso.com'), userId(store, 'NestorW@contoso.com')].sort());
  });

  it("keeps the pane's Save off while the query doesn't parse", async () => {
    const { user } = renderApp('/entra/groups/new');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Membership type' }), 'Dynamic User');
    await user.click(screen.getByRole('button', { name: 'Add dynamic query' }));
    const pane = await screen.findByRole('dialog', { name: 'Dynamic membership rules' });
    expect(within(pane).getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.selectOptions(within(pane).getByRole('combobox', { name: 'Property, expression 1' }), 'accountEnabled');
    await user.type(within(pane).getByRole('textbox', { name: 'Value, expression 1' }), 'yes');
    expect(within(pane).getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(within(pane).getByText(/'accountEnabled' is a Boolean property/)).toBeInTheDocument();
  });
});
