// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoStore } from '../../src/app/demo-store';
import type { TenantStore } from '../../src/session/tenant-store';
import { findUserByUserPrincipalName, toArray } from '../../src/tenant';
import { renderApp } from './render-app';

type Learner = ReturnType<typeof renderApp>['user'];

async function fill(user: Learner, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

function storeWithContact(): TenantStore {
  const store = createDemoStore();
  expect(store.send({ type: 'contact.create', displayName: 'Ada Lovelace', mail: 'ada@fabrikam.com', companyName: 'Fabrikam' }).ok).toBe(true);
  return store;
}

async function openPage(store: TenantStore = createDemoStore()) {
  const view = renderApp('/admin/users/contacts', store);
  await screen.findByRole('heading', { level: 1, name: 'Contacts' });
  return view;
}

async function openContact(user: Learner, name: string) {
  await user.click(screen.getByRole('button', { name }));
  return screen.findByRole('dialog', { name });
}

describe('Contacts', () => {
  it('says so when there are no contacts', async () => {
    await openPage();
    expect(screen.getByText('There are no contacts in this organization.')).toBeInTheDocument();
  });

  it('adds a contact from the Add a contact pane and lists it', async () => {
    const { user, store } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Add a contact' }));
    const pane = await screen.findByRole('dialog', { name: 'Add a contact' });
    await fill(user, await within(pane).findByRole('textbox', { name: /^Display name/ }), 'Ada Lovelace');
    await fill(user, within(pane).getByRole('textbox', { name: /^Email/ }), 'ada@fabrikam.com');
    await fill(user, within(pane).getByRole('textbox', { name: 'First name' }), 'Ada');
    await fill(user, within(pane).getByRole('textbox', { name: 'Company' }), 'Fabrikam');
    await user.click(within(pane).getByRole('button', { name: 'Add' }));

    expect(await screen.findByText('Ada Lovelace was added to your contacts.')).toBeInTheDocument();
    const row = within(await screen.findByRole('table', { name: 'Contacts' })).getByRole('row', { name: /Ada Lovelace/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Ada Lovelace', 'ada@fabrikam.com', 'Fabrikam']);
    expect(toArray(store.getTenant().directory.contacts)).toEqual([expect.objectContaining({ displayName: 'Ada Lovelace', givenName: 'Ada', surname: null, companyName: 'Fabrikam' })]);
  });

  it('puts what is missing or refused beside the field', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Add a contact' }));
    const pane = await screen.findByRole('dialog', { name: 'Add a contact' });
    await user.click(within(pane).getByRole('button', { name: 'Add' }));
    expect(within(pane).getByRole('textbox', { name: /^Display name/ })).toHaveAccessibleDescription('Display name is required.');
    const email = within(pane).getByRole('textbox', { name: /^Email/ });
    expect(email).toHaveAccessibleDescription('Email is required.');

    await fill(user, within(pane).getByRole('textbox', { name: /^Display name/ }), 'Megan');
    await fill(user, email, 'not an address');
    await user.click(within(pane).getByRole('button', { name: 'Add' }));
    expect(email).toHaveAccessibleDescription("Invalid value specified for property 'mail' of resource 'Contact'.");
    await user.clear(email);
    await fill(user, email, 'MeganB@contoso.com');
    await user.click(within(pane).getByRole('button', { name: 'Add' }));
    expect(email).toHaveAccessibleDescription('Another object with the same value for property proxyAddresses already exists.');
  });

  it('shows a contact and saves only what was changed', async () => {
    const store = storeWithContact();
    const { user } = await openPage(store);
    const pane = await openContact(user, 'Ada Lovelace');
    expect(within(pane).getByText('Company').nextSibling).toHaveTextContent('Fabrikam');
    await user.click(within(pane).getByRole('button', { name: 'Edit contact information' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit contact information' });
    const company = within(edit).getByRole('textbox', { name: 'Company' });
    expect(company).toHaveValue('Fabrikam');
    await user.clear(company);
    await fill(user, within(edit).getByRole('textbox', { name: 'Job title' }), 'Mathematician');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes to Ada Lovelace were saved.')).toBeInTheDocument();
    const [contact] = toArray(store.getTenant().directory.contacts);
    expect(contact).toMatchObject({ companyName: null, jobTitle: 'Mathematician', mail: 'ada@fabrikam.com' });
  });

  it('deletes a contact after asking', async () => {
    const store = storeWithContact();
    const { user } = await openPage(store);
    const pane = await openContact(user, 'Ada Lovelace');
    await user.click(within(pane).getByRole('button', { name: 'Delete contact' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete contact?' });
    expect(confirm).toHaveTextContent("A deleted contact can't be restored.");
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Ada Lovelace was deleted.')).toBeInTheDocument();
    expect(store.getTenant().directory.contacts.size).toBe(0);
  });

  it('refuses a Helpdesk Administrator, above the form', async () => {
    const store = createDemoStore();
    store.signInAs(findUserByUserPrincipalName(store.getTenant(), 'AllanD@contoso.com')!.id);
    const { user } = await openPage(store);
    await user.click(screen.getByRole('button', { name: 'Add a contact' }));
    const pane = await screen.findByRole('dialog', { name: 'Add a contact' });
    await fill(user, within(pane).getByRole('textbox', { name: /^Display name/ }), 'Ada Lovelace');
    await fill(user, within(pane).getByRole('textbox', { name: /^Email/ }), 'ada@fabrikam.com');
    await user.click(within(pane).getByRole('button', { name: 'Add' }));
    const error = within(pane).getByText("The contact wasn't added.");
    expect(error.closest('.fui-MessageBar')).toHaveTextContent('Insufficient privileges to complete the operation.');
    expect(store.getTenant().directory.contacts.size).toBe(0);
  });
});
