import { describe, expect, it } from 'vitest';
import {
  auditRecords,
  createContosoTenant,
  domainAliasHolders,
  domainGroups,
  domainReferences,
  domainRows,
  domainUsers,
  findUserByUserPrincipalName,
  getById,
  putEntity,
  replay,
  roleTemplateByName,
  ROLE,
  verificationDnsRecords,
  type Domain,
  type Tenant,
} from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const DOMAIN_NAME_ADMINISTRATOR = roleTemplateByName('Domain Name Administrator')!.id;

/** Contoso, adjusted before the harness freezes it. */
function contosoWith(adjust: (tenant: Tenant) => void): Tenant {
  const tenant = createContosoTenant();
  adjust(tenant);
  return tenant;
}

function grantRole(tenant: Tenant, userPrincipalName: string, roleDefinitionId: string): void {
  const user = findUserByUserPrincipalName(tenant, userPrincipalName)!;
  putEntity(tenant.roles.roleAssignments, { id: `test-${user.id}-${roleDefinitionId}`, principalId: user.id, roleDefinitionId, directoryScopeId: '/', createdDateTime: tenant.clock.now });
}

function domain(lab: TestTenant, name: string): Domain {
  const found = getById(lab.tenant.domains.domains, name);
  if (!found) throw new Error(`No domain ${name}`);
  return found;
}

function lastAudit(lab: TestTenant) {
  return [...auditRecords(lab.tenant)].at(-1)!;
}

/** Publishes the domain's TXT verification record in its zone. */
function publishTxt(lab: TestTenant, name: string, zone = name): TestTenant {
  const [txt] = verificationDnsRecords(domain(lab, name));
  return lab.run({ type: 'dns.addRecord', zone, record: { type: 'TXT', name: txt!.label, value: txt!.value } });
}

describe('domain.add', () => {
  it('adds an unverified domain with a verification code and an empty zone at the DNS host', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'Fabrikam.com' });
    expect(domain(lab, 'fabrikam.com')).toMatchObject({
      authenticationType: 'Managed',
      isDefault: false,
      isInitial: false,
      isRoot: false,
      isVerified: false,
      supportedServices: [],
    });
    expect(domain(lab, 'fabrikam.com').verificationCode).toMatch(/^ms\d{8}$/);
    expect(getById(lab.tenant.domains.dnsZones, 'fabrikam.com')).toEqual({ id: 'fabrikam.com', records: [], nextRecordNumber: 1 });
    expect(lastAudit(lab)).toMatchObject({
      activityDisplayName: 'Add unverified domain',
      category: 'DirectoryManagement',
      operationType: 'Add',
      targetResources: [{ id: 'fabrikam.com', displayName: 'fabrikam.com', type: 'Domain' }],
      initiatedBy: { user: { userPrincipalName: 'admin@contoso.onmicrosoft.com' } },
    });
  });

  it('gives each new domain its own verification code', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' }).run({ type: 'domain.add', name: 'tailspintoys.com' });
    expect(domain(lab, 'fabrikam.com').verificationCode).not.toBe(domain(lab, 'tailspintoys.com').verificationCode);
  });

  it('takes the password policy of the initial domain', () => {
    const fixture = contosoWith((tenant) => {
      const initial = getById(tenant.domains.domains, 'contoso.onmicrosoft.com')!;
      putEntity(tenant.domains.domains, { ...initial, passwordValidityPeriodInDays: 90, passwordNotificationWindowInDays: 14 });
    });
    const lab = new TestTenant(fixture).run({ type: 'domain.add', name: 'fabrikam.com' });
    expect(domain(lab, 'fabrikam.com')).toMatchObject({ passwordValidityPeriodInDays: 90, passwordNotificationWindowInDays: 14 });
  });

  it('verifies a subdomain of a verified domain at once, in its parent zone', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'europe.contoso.com' });
    expect(domain(lab, 'europe.contoso.com')).toMatchObject({ isVerified: true, isRoot: false, supportedServices: ['Email'] });
    expect(getById(lab.tenant.domains.dnsZones, 'europe.contoso.com')).toBeUndefined();
    expect(lastAudit(lab).activityDisplayName).toBe('Add verified domain');
  });

  it('leaves a subdomain of an unverified domain unverified', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' }).run({ type: 'domain.add', name: 'sales.fabrikam.com' });
    expect(domain(lab, 'sales.fabrikam.com').isVerified).toBe(false);
    expect(getById(lab.tenant.domains.dnsZones, 'sales.fabrikam.com')).toBeUndefined();
  });

  it('keeps the records a zone already had when its domain is added again', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    lab.run({ type: 'dns.addRecord', zone: 'fabrikam.com', record: { type: 'TXT', name: '@', value: 'keep me' } });
    lab.run({ type: 'domain.remove', name: 'fabrikam.com' });
    lab.run({ type: 'domain.add', name: 'fabrikam.com' });
    expect(getById(lab.tenant.domains.dnsZones, 'fabrikam.com')!.records.map((record) => record.value)).toEqual(['keep me']);
  });

  it.each(['fabrikam', 'fab rikam.com', '-fabrikam.com', 'fabrikam-.com', 'fabrikam..com', 'fabrikam.123', `${'a'.repeat(64)}.com`, '', 'admin@fabrikam.com'])(
    'refuses the invalid domain name "%s"',
    (name) => {
      new TestTenant().expectRejected({ type: 'domain.add', name }, 'InvalidDomainName', /isn't a valid domain name\. Enter a name such as contoso\.com/);
    },
  );

  it('refuses onmicrosoft.com names, which have their own flow', () => {
    new TestTenant().expectRejected(
      { type: 'domain.add', name: 'contosolab.onmicrosoft.com' },
      'OnMicrosoftDomainNotAllowed',
      'contosolab.onmicrosoft.com ends in onmicrosoft.com. Use "Add onmicrosoft domain" on your onmicrosoft.com domain in the Microsoft 365 admin center instead.',
    );
  });

  it('refuses a domain the tenant already has, ignoring case', () => {
    new TestTenant().expectRejected({ type: 'domain.add', name: 'CONTOSO.com' }, 'DomainAlreadyExists', 'contoso.com has already been added to your organization.');
  });

  it('refuses a 5,001st domain', () => {
    const fixture = contosoWith((tenant) => {
      const template = getById(tenant.domains.domains, 'contoso.com')!;
      for (let i = tenant.domains.domains.size; i < 5000; i++) putEntity(tenant.domains.domains, { ...template, id: `d${i}.example.com`, isDefault: false });
    });
    new TestTenant(fixture).expectRejected({ type: 'domain.add', name: 'fabrikam.com' }, 'DomainLimitReached', 'Your organization already has 5,000 domains, the most it can have.');
  });

  it('lets a Domain Name Administrator add domains but not a Helpdesk Administrator', () => {
    const fixture = contosoWith((tenant) => grantRole(tenant, 'AdeleV@contoso.com', DOMAIN_NAME_ADMINISTRATOR));
    const lab = new TestTenant(fixture);
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'domain.add', name: 'fabrikam.com' }, 'InsufficientPrivileges', 'Insufficient privileges to complete the operation.');
    lab.signInAs('AdeleV@contoso.com').run({ type: 'domain.add', name: 'fabrikam.com' });
  });
});

describe('domain.addOnMicrosoftDomain', () => {
  it('adds a verified onmicrosoft.com domain that needs no DNS zone', () => {
    const lab = new TestTenant().run({ type: 'domain.addOnMicrosoftDomain', name: 'ContosoLab.onmicrosoft.com' });
    expect(domain(lab, 'contosolab.onmicrosoft.com')).toMatchObject({
      isVerified: true,
      isRoot: true,
      isInitial: false,
      isDefault: false,
      supportedServices: ['Email', 'OfficeCommunicationsOnline'],
    });
    expect(getById(lab.tenant.domains.dnsZones, 'contosolab.onmicrosoft.com')).toBeUndefined();
    expect(lastAudit(lab)).toMatchObject({ activityDisplayName: 'Add verified domain', targetResources: [{ id: 'contosolab.onmicrosoft.com' }] });
    lab.expectRejected({ type: 'domain.remove', name: 'contosolab.onmicrosoft.com' }, 'OnMicrosoftDomainCannotBeRemoved');
  });

  it.each(['contoso-lab.onmicrosoft.com', 'lab.contoso.onmicrosoft.com', 'contosolab.com', '.onmicrosoft.com'])('refuses the name %s', (name) => {
    new TestTenant().expectRejected({ type: 'domain.addOnMicrosoftDomain', name }, 'InvalidDomainName', 'Enter a name that ends in .onmicrosoft.com, with only letters and numbers before it.');
  });

  it('refuses a name the tenant already has', () => {
    new TestTenant().expectRejected({ type: 'domain.addOnMicrosoftDomain', name: 'contoso.onmicrosoft.com' }, 'DomainAlreadyExists');
  });

  it('stops at five onmicrosoft.com domains, the initial one included', () => {
    const lab = new TestTenant();
    for (const name of ['lab1', 'lab2', 'lab3', 'lab4']) lab.run({ type: 'domain.addOnMicrosoftDomain', name: `${name}.onmicrosoft.com` });
    lab.expectRejected({ type: 'domain.addOnMicrosoftDomain', name: 'lab5.onmicrosoft.com' }, 'DomainLimitReached', "You're limited to 5 onmicrosoft.com domains, and your organization already has them all.");
  });

  it('is denied to a Helpdesk Administrator', () => {
    new TestTenant().signInAs('AllanD@contoso.com').expectRejected({ type: 'domain.addOnMicrosoftDomain', name: 'contosolab.onmicrosoft.com' }, 'InsufficientPrivileges');
  });
});

describe('domain.verify', () => {
  it('verifies a domain once its TXT record is in the zone, for Exchange by default', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    publishTxt(lab, 'fabrikam.com').run({ type: 'domain.verify', name: 'fabrikam.com' });
    expect(domain(lab, 'fabrikam.com')).toMatchObject({ isVerified: true, isRoot: true, supportedServices: ['Email'] });
    expect(lastAudit(lab)).toMatchObject({
      activityDisplayName: 'Verify domain',
      category: 'DirectoryManagement',
      targetResources: [{ id: 'fabrikam.com', modifiedProperties: [{ displayName: 'IsVerified', oldValue: 'false', newValue: 'true' }] }],
    });
  });

  it('accepts the MX verification record instead', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    const [, mx] = verificationDnsRecords(domain(lab, 'fabrikam.com'));
    lab.run({ type: 'dns.addRecord', zone: 'fabrikam.com', record: { type: 'MX', name: '@', value: mx!.value, priority: 32767 } });
    lab.run({ type: 'domain.verify', name: 'fabrikam.com' });
    expect(domain(lab, 'fabrikam.com').isVerified).toBe(true);
  });

  it("fails while the record is missing, logging the failure with Graph's wording", () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    const code = domain(lab, 'fabrikam.com').verificationCode;
    lab.expectRejected(
      { type: 'domain.verify', name: 'fabrikam.com' },
      'DomainVerificationFailed',
      `Domain verification failed with the following error: We couldn't find the TXT record MS=${code} or the MX record ${code}.msv1.invalid for fabrikam.com. Add one of them at your DNS host, then try again.`,
    );
    expect(lab.lastResult?.audit).toMatchObject({ activityDisplayName: 'Verify domain', result: 'failure', resultReason: expect.stringContaining('Domain verification failed') as never });
  });

  it("points out a TXT record that carries another domain's code", () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    lab.run({ type: 'dns.addRecord', zone: 'fabrikam.com', record: { type: 'TXT', name: '@', value: 'MS=ms00000000' } });
    lab.expectRejected({ type: 'domain.verify', name: 'fabrikam.com' }, 'DomainVerificationFailed', /The TXT record found there, MS=ms00000000, is not this domain's value\./);
  });

  it('looks for a subdomain record at its host in the parent zone', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' }).run({ type: 'domain.add', name: 'sales.fabrikam.com' });
    publishTxt(lab, 'fabrikam.com');
    lab.expectRejected({ type: 'domain.verify', name: 'sales.fabrikam.com' }, 'DomainVerificationFailed');
    publishTxt(lab, 'sales.fabrikam.com', 'fabrikam.com').run({ type: 'domain.verify', name: 'sales.fabrikam.com' });
    expect(domain(lab, 'sales.fabrikam.com')).toMatchObject({ isVerified: true, isRoot: false });
  });

  it('refuses a domain that is already verified or not in the tenant', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'domain.verify', name: 'contoso.com' }, 'DomainAlreadyVerified', 'Domain is already verified.');
    lab.expectRejected({ type: 'domain.verify', name: 'fabrikam.com' }, 'ResourceNotFound');
  });

  it('is denied to a Helpdesk Administrator', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    publishTxt(lab, 'fabrikam.com');
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'domain.verify', name: 'fabrikam.com' }, 'InsufficientPrivileges');
  });
});

describe('domain.setDefault', () => {
  it('makes a verified domain the default without renaming anyone', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    publishTxt(lab, 'fabrikam.com').run({ type: 'domain.verify', name: 'fabrikam.com' });
    lab.run({ type: 'domain.setDefault', name: 'fabrikam.com' });
    expect(domain(lab, 'fabrikam.com').isDefault).toBe(true);
    expect(domain(lab, 'contoso.com').isDefault).toBe(false);
    lab.expectUser('MeganB@contoso.com').toExist();
    expect(lastAudit(lab)).toMatchObject({
      activityDisplayName: 'Update domain',
      targetResources: [
        { id: 'fabrikam.com', modifiedProperties: [{ displayName: 'IsDefault', oldValue: 'false', newValue: 'true' }] },
        { id: 'contoso.com', modifiedProperties: [{ displayName: 'IsDefault', oldValue: 'true', newValue: 'false' }] },
      ],
    });
  });

  it('accepts the current default again and changes nothing else', () => {
    const lab = new TestTenant().run({ type: 'domain.setDefault', name: 'contoso.com' });
    expect(domainRows(lab.tenant).filter((row) => row.isDefault).map((row) => row.name)).toEqual(['contoso.com']);
  });

  it('can make the onmicrosoft.com domain the default again', () => {
    const lab = new TestTenant().run({ type: 'domain.setDefault', name: 'contoso.onmicrosoft.com' });
    expect(domain(lab, 'contoso.onmicrosoft.com').isDefault).toBe(true);
  });

  it('refuses an unverified, federated or unknown domain', () => {
    const fixture = contosoWith((tenant) => {
      const template = getById(tenant.domains.domains, 'contoso.com')!;
      putEntity(tenant.domains.domains, { ...template, id: 'corp.fabrikam.com', isDefault: false, authenticationType: 'Federated' });
    });
    const lab = new TestTenant(fixture).run({ type: 'domain.add', name: 'tailspintoys.com' });
    lab.expectRejected({ type: 'domain.setDefault', name: 'tailspintoys.com' }, 'UnverifiedDomain', 'Verify tailspintoys.com before you make it the default domain.');
    lab.expectRejected({ type: 'domain.setDefault', name: 'corp.fabrikam.com' }, 'DomainIsFederated', 'corp.fabrikam.com is federated. Only a managed domain can be the default domain.');
    lab.expectRejected({ type: 'domain.setDefault', name: 'nowhere.com' }, 'ResourceNotFound');
  });

  it('is denied to a Helpdesk Administrator', () => {
    new TestTenant().signInAs('AllanD@contoso.com').expectRejected({ type: 'domain.setDefault', name: 'contoso.onmicrosoft.com' }, 'InsufficientPrivileges');
  });
});

describe('domain.updateServices', () => {
  it('records the chosen services in the wizard order', () => {
    const lab = new TestTenant().run({ type: 'domain.updateServices', name: 'contoso.com', services: ['Intune', 'Email'] });
    expect(domain(lab, 'contoso.com').supportedServices).toEqual(['Email', 'Intune']);
    expect(lastAudit(lab)).toMatchObject({
      activityDisplayName: 'Update domain',
      targetResources: [{ modifiedProperties: [{ displayName: 'SupportedServices', oldValue: 'Email, OfficeCommunicationsOnline, Intune', newValue: 'Email, Intune' }] }],
    });
  });

  it('refuses unknown services, unverified domains and onmicrosoft.com domains', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    lab.expectRejected({ type: 'domain.updateServices', name: 'contoso.com', services: ['Email', 'Yammer' as never] }, 'InvalidValue', "'Yammer' isn't a service a domain can be set up for.");
    lab.expectRejected({ type: 'domain.updateServices', name: 'fabrikam.com', services: ['Email'] }, 'UnverifiedDomain', 'Verify fabrikam.com before you choose its services.');
    lab.expectRejected({ type: 'domain.updateServices', name: 'contoso.onmicrosoft.com', services: ['Email'] }, 'InvalidValue', /Microsoft manages the DNS records of contoso\.onmicrosoft\.com/);
    lab.expectRejected({ type: 'domain.updateServices', name: 'nowhere.com', services: [] }, 'ResourceNotFound');
  });

  it('is denied to a Helpdesk Administrator', () => {
    new TestTenant().signInAs('AllanD@contoso.com').expectRejected({ type: 'domain.updateServices', name: 'contoso.com', services: ['Email'] }, 'InsufficientPrivileges');
  });
});

describe('domain.remove', () => {
  it('removes an unused unverified domain and keeps its zone at the DNS host', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' }).run({ type: 'domain.remove', name: 'FABRIKAM.com' });
    expect(getById(lab.tenant.domains.domains, 'fabrikam.com')).toBeUndefined();
    expect(getById(lab.tenant.domains.dnsZones, 'fabrikam.com')).toBeDefined();
    expect(lastAudit(lab)).toMatchObject({ activityDisplayName: 'Remove unverified domain', operationType: 'Delete', targetResources: [{ id: 'fabrikam.com', type: 'Domain' }] });
  });

  it('logs the removal of a verified domain as such', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'europe.contoso.com' }).run({ type: 'domain.remove', name: 'europe.contoso.com' });
    expect(lastAudit(lab).activityDisplayName).toBe('Remove verified domain');
  });

  it('never removes an onmicrosoft.com domain', () => {
    new TestTenant().expectRejected({ type: 'domain.remove', name: 'contoso.onmicrosoft.com' }, 'OnMicrosoftDomainCannotBeRemoved', "contoso.onmicrosoft.com is an onmicrosoft.com domain, and those can't be removed.");
  });

  it('refuses the default domain', () => {
    new TestTenant().expectRejected({ type: 'domain.remove', name: 'contoso.com' }, 'DefaultDomainCannotBeRemoved', 'contoso.com is your default domain. Set another domain as default before you remove it.');
  });

  it("refuses a domain the signed-in admin's own user name is on", () => {
    const fixture = contosoWith((tenant) => grantRole(tenant, 'PattiF@contoso.com', ROLE.globalAdministrator));
    const lab = new TestTenant(fixture).run({ type: 'domain.setDefault', name: 'contoso.onmicrosoft.com' });
    lab.signInAs('PattiF@contoso.com').expectRejected(
      { type: 'domain.remove', name: 'contoso.com' },
      'DomainInUse',
      "You're signed in as PattiF@contoso.com, which uses contoso.com. Sign in with an admin account on another domain (such as your onmicrosoft.com domain) to remove it.",
    );
  });

  it('lists the users and groups that still use the domain, a few by name', () => {
    const lab = new TestTenant().run({ type: 'domain.setDefault', name: 'contoso.onmicrosoft.com' });
    lab.expectRejected(
      { type: 'domain.remove', name: 'contoso.com' },
      'DomainInUse',
      "contoso.com can't be removed because it's still in use. Users: 24 (AdeleV@contoso.com, AlexW@contoso.com, AllanD@contoso.com, ...). Groups: 3 (LegalTeam@contoso.com, Retail@contoso.com, SalesAndMarketing@contoso.com). Move them to another domain or remove them, then try again.",
    );
    expect(domainReferences(lab.tenant, 'contoso.com').map(({ kind, count }) => [kind, count])).toEqual([
      ['Users', 24],
      ['Groups', 3],
    ]);
  });

  it('counts deleted users, mail contacts and subdomains as uses too', () => {
    const fixture = contosoWith((tenant) => {
      putEntity(tenant.directory.contacts, {
        id: 'contact-1',
        displayName: 'Kim Akers',
        givenName: 'Kim',
        surname: 'Akers',
        mail: 'kim@fabrikam.com',
        mailNickname: 'kim',
        proxyAddresses: ['SMTP:kim@fabrikam.com'],
        companyName: null,
        jobTitle: null,
        department: null,
      });
    });
    const lab = new TestTenant(fixture).run({ type: 'domain.add', name: 'fabrikam.com' });
    publishTxt(lab, 'fabrikam.com').run({ type: 'domain.verify', name: 'fabrikam.com' });
    lab.run({ type: 'domain.add', name: 'sales.fabrikam.com' });
    lab.run({ type: 'user.create', userPrincipalName: 'pat@fabrikam.com', displayName: 'Pat' });
    lab.run({ type: 'user.delete', userId: lab.userId('pat@fabrikam.com') });
    expect(domainReferences(lab.tenant, 'fabrikam.com')).toEqual([
      { kind: 'Deleted users', count: 1, examples: ['pat@fabrikam.com'] },
      { kind: 'Contacts', count: 1, examples: ['kim@fabrikam.com'] },
      { kind: 'Subdomains', count: 1, examples: ['sales.fabrikam.com'] },
    ]);
    lab.expectRejected({ type: 'domain.remove', name: 'fabrikam.com' }, 'DomainInUse', /Deleted users: 1 \(pat@fabrikam\.com\)\. Contacts: 1 \(kim@fabrikam\.com\)\. Subdomains: 1 \(sales\.fabrikam\.com\)\./);
  });

  it('strips the aliases users still have on the domain, as the admin center does', () => {
    const fixture = contosoWith((tenant) => {
      const megan = findUserByUserPrincipalName(tenant, 'MeganB@contoso.com')!;
      putEntity(tenant.directory.users, { ...megan, proxyAddresses: [...megan.proxyAddresses, 'smtp:megan@fabrikam.com'] });
    });
    const lab = new TestTenant(fixture).run({ type: 'domain.add', name: 'fabrikam.com' });
    expect(domainAliasHolders(lab.tenant, 'fabrikam.com').users.map((user) => user.userPrincipalName)).toEqual(['MeganB@contoso.com']);
    const result = lab.send({ type: 'domain.remove', name: 'fabrikam.com' });
    lab.expectUser('MeganB@contoso.com').toHave({ proxyAddresses: ['SMTP:MeganB@contoso.com'] });
    expect(result.ok && result.audit.map((record) => record.activityDisplayName)).toEqual(['Remove unverified domain', 'Update user']);
  });

  it('is denied to a Helpdesk Administrator', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'domain.remove', name: 'fabrikam.com' }, 'InsufficientPrivileges');
  });

  it('refuses a domain that is not in the tenant', () => {
    new TestTenant().expectRejected({ type: 'domain.remove', name: 'nowhere.com' }, 'ResourceNotFound');
  });
});

describe('domain selectors', () => {
  it("list a domain's users and groups for its tabs", () => {
    const lab = new TestTenant();
    expect(domainUsers(lab.tenant, 'contoso.onmicrosoft.com').map((user) => user.userPrincipalName)).toEqual(['admin@contoso.onmicrosoft.com']);
    expect(domainGroups(lab.tenant, 'Contoso.com').map((group) => group.displayName).sort()).toEqual(['Legal Team', 'Retail', 'Sales and Marketing']);
  });

  it('give the Domains page its rows by name, with status and default marker', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    expect(domainRows(lab.tenant)).toEqual([
      { name: 'contoso.com', status: 'Healthy', isDefault: true, isInitial: false, isVerified: true, isOnMicrosoft: false },
      { name: 'contoso.onmicrosoft.com', status: 'Healthy', isDefault: false, isInitial: true, isVerified: true, isOnMicrosoft: true },
      { name: 'fabrikam.com', status: 'Incomplete setup', isDefault: false, isInitial: false, isVerified: false, isOnMicrosoft: false },
    ]);
  });
});

describe('domain commands', () => {
  it('replay to the same tenant, byte for byte', () => {
    const lab = new TestTenant().run({ type: 'domain.add', name: 'fabrikam.com' });
    lab.send({ type: 'domain.verify', name: 'fabrikam.com' });
    publishTxt(lab, 'fabrikam.com').run({ type: 'domain.verify', name: 'fabrikam.com' });
    lab.run({ type: 'domain.updateServices', name: 'fabrikam.com', services: ['Email', 'Intune'] });
    lab.run({ type: 'domain.setDefault', name: 'fabrikam.com' });
    lab.send({ type: 'domain.remove', name: 'fabrikam.com' });
    lab.run({ type: 'domain.add', name: 'europe.contoso.com' }).run({ type: 'domain.remove', name: 'europe.contoso.com' });
    lab.run({ type: 'domain.addOnMicrosoftDomain', name: 'contosolab.onmicrosoft.com' });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});
