import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createContosoTenant, entities, findEntity, getById, replay, type OrgContact, type Tenant } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

function contactByMail(tenant: Tenant, mail: string): OrgContact | undefined {
  return findEntity(tenant.directory.contacts, (contact) => contact.mail.toLowerCase() === mail.toLowerCase());
}

describe('contact.create', () => {
  it('adds a mail contact with the address as its primary proxy address and an alias from it', () => {
    const lab = new TestTenant();
    const result = lab.send({ type: 'contact.create', displayName: 'Bo Ek (Litware)', mail: 'bo.ek@litware.com', givenName: 'Bo', surname: 'Ek', companyName: 'Litware' });
    expect(contactByMail(lab.tenant, 'bo.ek@litware.com')).toMatchObject({
      displayName: 'Bo Ek (Litware)',
      givenName: 'Bo',
      surname: 'Ek',
      companyName: 'Litware',
      jobTitle: null,
      mailNickname: 'bo.ek',
      proxyAddresses: ['SMTP:bo.ek@litware.com'],
    });
    expect(result.ok && result.audit[0]).toMatchObject({ activityDisplayName: 'Add contact', category: 'Contact', targetResources: [{ type: 'Contact', displayName: 'Bo Ek (Litware)' }] });
  });

  it('numbers a made-up alias another recipient already has, and refuses a chosen one that is taken', () => {
    const lab = new TestTenant().run({ type: 'contact.create', displayName: 'Megan at Litware', mail: 'MeganB@litware.com' });
    lab.run({ type: 'contact.create', displayName: 'Megan at Fabrikam', mail: 'meganb@fabrikam.com' });
    expect(contactByMail(lab.tenant, 'MeganB@litware.com')?.mailNickname).toBe('MeganB2');
    expect(contactByMail(lab.tenant, 'meganb@fabrikam.com')?.mailNickname).toBe('meganb3');
    lab.expectRejected(
      { type: 'contact.create', displayName: 'Retail desk', mail: 'desk@litware.com', mailNickname: 'retail' },
      'PropertyConflict',
      'Another object with the same value for property mailNickname already exists.',
    );
  });

  it('keeps a chosen alias', () => {
    const lab = new TestTenant().run({ type: 'contact.create', displayName: 'Bo', mail: 'bo@litware.com', mailNickname: 'bo-litware' });
    expect(contactByMail(lab.tenant, 'bo@litware.com')?.mailNickname).toBe('bo-litware');
  });

  it("refuses an address a user, group or other contact already holds", () => {
    const lab = new TestTenant();
    const conflict = 'Another object with the same value for property proxyAddresses already exists.';
    lab.expectRejected({ type: 'contact.create', displayName: 'Megan', mail: 'meganb@contoso.com' }, 'PropertyConflict', conflict);
    lab.expectRejected({ type: 'contact.create', displayName: 'Retail', mail: 'Retail@contoso.com' }, 'PropertyConflict', conflict);
    lab.run({ type: 'contact.create', displayName: 'Bo', mail: 'bo@litware.com' });
    lab.expectRejected({ type: 'contact.create', displayName: 'Bo again', mail: 'BO@litware.com' }, 'PropertyConflict', conflict);
  });

  it('requires a display name and a valid email address', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'contact.create', displayName: ' ', mail: 'bo@litware.com' }, 'RequiredPropertyMissing', 'Display name is required.');
    lab.expectRejected({ type: 'contact.create', mail: 'bo@litware.com' } as never, 'RequiredPropertyMissing', 'Display name is required.');
    lab.expectRejected({ type: 'contact.create', displayName: 'Bo' } as never, 'RequiredPropertyMissing', 'Email is required.');
    lab.expectRejected({ type: 'contact.create', displayName: 'Bo', mail: 'bo at litware' }, 'InvalidValue', "Invalid value specified for property 'mail' of resource 'Contact'.");
  });

  it('refuses values over the maximum lengths and an invalid alias', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'contact.create', displayName: 'Bo', mail: 'bo@litware.com', companyName: 'x'.repeat(65) }, 'InvalidValue', "Invalid value specified for property 'companyName' of resource 'Contact'.");
    lab.expectRejected({ type: 'contact.create', displayName: 'x'.repeat(257), mail: 'bo@litware.com' }, 'InvalidValue');
    lab.expectRejected({ type: 'contact.create', displayName: 'Bo', mail: 'bo@litware.com', mailNickname: 'bo ek' }, 'InvalidValue', "Invalid value specified for property 'mailNickname' of resource 'Contact'.");
  });

  it('needs a role that manages contacts: a User Administrator may, a Helpdesk Administrator may not', () => {
    const lab = new TestTenant();
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'contact.create', displayName: 'Bo', mail: 'bo@litware.com' }, 'InsufficientPrivileges', 'Insufficient privileges to complete the operation.');
    lab.signInAs('NestorW@contoso.com').run({ type: 'contact.create', displayName: 'Bo', mail: 'bo@litware.com' });
  });
});

describe('contact.update', () => {
  function withContact() {
    const lab = new TestTenant().run({ type: 'contact.create', displayName: 'Bo', mail: 'bo@litware.com', jobTitle: 'Buyer' });
    return { lab, id: contactByMail(lab.tenant, 'bo@litware.com')!.id };
  }

  it('changes details and the address, recording each change', () => {
    const { lab, id } = withContact();
    const result = lab.send({ type: 'contact.update', contactId: id, changes: { displayName: 'Bo Ek', jobTitle: null, mail: 'bo.ek@litware.com' } });
    expect(getById(lab.tenant.directory.contacts, id)).toMatchObject({ displayName: 'Bo Ek', jobTitle: null, mail: 'bo.ek@litware.com', proxyAddresses: ['SMTP:bo.ek@litware.com'] });
    expect(result.ok && result.audit[0]?.targetResources[0]?.modifiedProperties).toEqual([
      { displayName: 'displayName', oldValue: 'Bo', newValue: 'Bo Ek' },
      { displayName: 'jobTitle', oldValue: 'Buyer', newValue: null },
      { displayName: 'mail', oldValue: 'bo@litware.com', newValue: 'bo.ek@litware.com' },
    ]);
    expect(result.ok && result.audit[0]?.activityDisplayName).toBe('Update contact');
  });

  it("refuses an address someone else holds, an unknown property, an unknown contact and a lacking role", () => {
    const { lab, id } = withContact();
    lab.expectRejected({ type: 'contact.update', contactId: id, changes: { mail: 'AdeleV@contoso.com' } }, 'PropertyConflict');
    lab.expectRejected({ type: 'contact.update', contactId: id, changes: { mailNickname: 'x' } as never }, 'InvalidValue', "Property 'mailNickname' can't be updated this way.");
    lab.expectRejected({ type: 'contact.update', contactId: 'nobody', changes: { jobTitle: 'x' } }, 'ResourceNotFound');
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'contact.update', contactId: id, changes: { jobTitle: 'x' } }, 'InsufficientPrivileges');
  });
});

describe('contact.delete', () => {
  it('removes the contact for good, and from the distribution lists it was in', () => {
    const lab = new TestTenant().run({ type: 'contact.create', displayName: 'Bo', mail: 'bo@litware.com' });
    const id = contactByMail(lab.tenant, 'bo@litware.com')!.id;
    const legal = findEntity(lab.tenant.directory.groups, (group) => group.displayName === 'Legal Team')!;
    // Put the contact in the Legal Team list the way the groups family would.
    const withMember = new TestTenant(produce(lab.tenant, (draft) => void (getById(draft.directory.groups, legal.id)!.memberIds = [...legal.memberIds, id])));
    const result = withMember.send({ type: 'contact.delete', contactId: id });
    expect(withMember.tenant.directory.contacts.size).toBe(0);
    expect(getById(withMember.tenant.directory.groups, legal.id)?.memberIds).toEqual(legal.memberIds);
    expect(result.ok && result.audit[0]?.activityDisplayName).toBe('Delete contact');
    withMember.expectRejected({ type: 'contact.delete', contactId: id }, 'ResourceNotFound');
  });

  it('frees the address for a new contact', () => {
    const lab = new TestTenant().run({ type: 'contact.create', displayName: 'Bo', mail: 'bo@litware.com' });
    lab.run({ type: 'contact.delete', contactId: contactByMail(lab.tenant, 'bo@litware.com')!.id });
    lab.run({ type: 'contact.create', displayName: 'Bo again', mail: 'bo@litware.com' });
  });

  it('is denied to a Helpdesk Administrator', () => {
    const lab = new TestTenant().run({ type: 'contact.create', displayName: 'Bo', mail: 'bo@litware.com' });
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'contact.delete', contactId: contactByMail(lab.tenant, 'bo@litware.com')!.id }, 'InsufficientPrivileges');
  });
});

describe('replay', () => {
  it('replays contact changes identically', () => {
    const lab = new TestTenant().run({ type: 'contact.create', displayName: 'Bo', mail: 'bo@litware.com' });
    const id = contactByMail(lab.tenant, 'bo@litware.com')!.id;
    lab.run({ type: 'contact.update', contactId: id, changes: { mail: 'bo.ek@litware.com' } });
    lab.send({ type: 'contact.create', displayName: 'Dup', mail: 'bo.ek@litware.com' });
    lab.run({ type: 'contact.create', displayName: 'Cy', mail: 'cy@litware.com' });
    lab.run({ type: 'contact.delete', contactId: id });
    const replayed = replay(createContosoTenant(), lab.log);
    expect([...entities(replayed.directory.contacts)].map((contact) => contact.mail)).toEqual(['cy@litware.com']);
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(lab.tenant));
  });
});
