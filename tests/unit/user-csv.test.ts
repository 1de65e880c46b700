import { describe, expect, it } from 'vitest';
import { createContosoTenant } from '../../src/tenant';
import { parseUserCsv, sampleUserCsv, USER_CSV_HEADER } from '../../src/tenant/areas/directory/rules/user-csv';
import { TestTenant } from '../support/test-tenant';

const HEADER = USER_CSV_HEADER.join(',');
const contoso = createContosoTenant();

/** A row with the given values in the named columns and the rest empty. */
function row(values: Partial<Record<(typeof USER_CSV_HEADER)[number], string>>): string {
  return USER_CSV_HEADER.map((column) => values[column] ?? '').join(',');
}

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\r\n') + '\r\n';
}

describe('parseUserCsv', () => {
  it('reads each row into a new user, mapping every column of the template', () => {
    const { users, errors } = parseUserCsv(
      contoso,
      csv(
        'pat@contoso.com,Pat,Doe,Pat Doe,Analyst,Finance,12/1101,425-555-0100,425-555-0101,425-555-0102,pat@outlook.com,1 Main St,Leeds,West Yorkshire,LS1 1AA,United Kingdom',
      ),
    );
    expect(errors).toEqual([]);
    expect(users).toEqual([
      {
        userPrincipalName: 'pat@contoso.com',
        displayName: 'Pat Doe',
        profile: {
          givenName: 'Pat',
          surname: 'Doe',
          jobTitle: 'Analyst',
          department: 'Finance',
          officeLocation: '12/1101',
          mobilePhone: '425-555-0101',
          faxNumber: '425-555-0102',
          streetAddress: '1 Main St',
          city: 'Leeds',
          state: 'West Yorkshire',
          postalCode: 'LS1 1AA',
          country: 'United Kingdom',
          businessPhones: ['425-555-0100'],
          otherMails: ['pat@outlook.com'],
        },
      },
    ]);
  });

  it('accepts the sample it offers for download, on the tenant’s own domain', () => {
    const { users, errors } = parseUserCsv(contoso, sampleUserCsv('contoso.com'));
    expect(errors).toEqual([]);
    expect(users.map((user) => user.userPrincipalName)).toEqual(['avery.lind@contoso.com', 'noor.haddad@contoso.com', 'mateo.ruiz@contoso.com']);
  });

  it('reads quoted values with commas, doubled quotes and line breaks, LF endings, a byte-order mark and blank lines', () => {
    const text = '\uFEFF' + [HEADER, '', 'pat@contoso.com,,,"Doe, Pat ""PD""",,,,,,,,"1 Main St', 'Floor 2",,,,', ''].join('\n');
    const { users, errors } = parseUserCsv(contoso, text);
    expect(errors).toEqual([]);
    expect(users[0]).toMatchObject({ displayName: 'Doe, Pat "PD"', profile: { streetAddress: '1 Main St\nFloor 2' } });
  });

  it('trims values, so a space stands for an empty cell', () => {
    const { users } = parseUserCsv(contoso, csv(row({ 'User Name': ' pat@contoso.com ', 'Display Name': ' Pat ', Fax: ' ' })));
    expect(users).toEqual([{ userPrincipalName: 'pat@contoso.com', displayName: 'Pat' }]);
  });

  it('refuses a file whose headings differ from the template, in content or order', () => {
    const swapped = ['First Name', 'User Name', ...USER_CSV_HEADER.slice(2)].join(',');
    for (const text of [`${swapped}\r\n${row({ 'User Name': 'pat@contoso.com', 'Display Name': 'Pat' })}`, 'pat@contoso.com,Pat', '']) {
      const { users, errors } = parseUserCsv(contoso, text);
      expect(users).toEqual([]);
      expect(errors).toEqual([{ line: 1, message: `The first row must be the template's column headings, in this order: ${HEADER}` }]);
    }
  });

  it('refuses a file with no users and one with more than 249', () => {
    expect(parseUserCsv(contoso, csv()).errors).toEqual([{ line: 2, message: 'The file has no users. Add one row per user under the headings.' }]);
    const many = Array.from({ length: 250 }, (_, i) => row({ 'User Name': `user${i}@contoso.com`, 'Display Name': `User ${i}` }));
    expect(parseUserCsv(contoso, csv(...many)).errors).toEqual([
      { line: 251, message: 'A file can add at most 249 users; this one has 250. Split it into several files.' },
    ]);
    expect(parseUserCsv(contoso, csv(...many.slice(0, 249))).users).toHaveLength(249);
  });

  it('reports every problem of every row by line and column, and keeps the good rows', () => {
    const { users, errors } = parseUserCsv(
      contoso,
      csv(
        row({ 'User Name': 'ok@contoso.com', 'Display Name': 'OK' }),
        row({ 'User Name': 'nodisplay@contoso.com' }),
        row({ 'Display Name': 'No user name', 'Job Title': 'x'.repeat(65) }),
        row({ 'User Name': 'bad name@contoso.com', 'Display Name': 'Bad' }),
        row({ 'User Name': 'pat@fabrikam.com', 'Display Name': 'Elsewhere' }),
        row({ 'User Name': 'MeganB@contoso.com', 'Display Name': 'Megan again' }),
        row({ 'User Name': 'OK@contoso.com', 'Display Name': 'OK twice' }),
        row({ 'User Name': `${'a'.repeat(51)}@contoso.com`, 'Display Name': 'Long alias' }),
        row({ 'User Name': 'alt@contoso.com', 'Display Name': 'Alt', 'Alternate email address': 'not-an-address' }),
        'short@contoso.com,Short',
      ),
    );
    expect(users.map((user) => user.userPrincipalName)).toEqual(['ok@contoso.com']);
    expect(errors).toEqual([
      { line: 3, column: 'Display Name', message: '"Display Name" is required.' },
      { line: 4, column: 'User Name', message: '"User Name" is required.' },
      { line: 4, column: 'Job Title', message: '"Job Title" can be at most 64 characters.' },
      { line: 5, column: 'User Name', message: 'Property userPrincipalName is invalid.' },
      {
        line: 6,
        column: 'User Name',
        message: 'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.',
      },
      { line: 7, column: 'User Name', message: 'Another object with the same value for property userPrincipalName already exists.' },
      { line: 8, column: 'User Name', message: '"OK@contoso.com" is already used on line 2 of this file.' },
      { line: 9, column: 'User Name', message: 'The part of "User Name" before the @ can be at most 50 characters.' },
      { line: 10, column: 'Alternate email address', message: '"Alternate email address" must be an email address, like someone@example.com.' },
      { line: 11, message: 'This row has 2 values; the template has 16 columns.' },
    ]);
  });

  it('catches an alias used twice in the file or already taken in the tenant, whatever the domain', () => {
    const { errors } = parseUserCsv(
      contoso,
      csv(row({ 'User Name': 'pat@contoso.com', 'Display Name': 'Pat' }), row({ 'User Name': 'pat@contoso.onmicrosoft.com', 'Display Name': 'Pat 2' }), row({ 'User Name': 'meganb@contoso.onmicrosoft.com', 'Display Name': 'M' })),
    );
    expect(errors).toEqual([
      { line: 3, column: 'User Name', message: '"pat@contoso.onmicrosoft.com" is already used on line 2 of this file.' },
      { line: 4, column: 'User Name', message: 'Another object with the same value for property mailNickname already exists.' },
    ]);
  });

  it('reports broken quoting on the row it happens in and reads on', () => {
    const { users, errors } = parseUserCsv(
      contoso,
      csv('pa"t@contoso.com,,,Pat,,,,,,,,,,,,', '"pat2@contoso.com"x,,,Pat 2,,,,,,,,,,,,', row({ 'User Name': 'pat3@contoso.com', 'Display Name': 'Pat 3' }), '"never closed,,,'),
    );
    expect(users.map((user) => user.userPrincipalName)).toEqual(['pat3@contoso.com']);
    expect(errors).toEqual([
      { line: 2, message: 'A value has a quote in the middle. Put the whole value in double quotes and double the quote inside it ("").' },
      { line: 3, message: 'A value has characters after its closing quote. Put the whole value inside the quotes.' },
      { line: 5, message: 'A quoted value is never closed. Add the missing double quote.' },
    ]);
  });

  it('applies the template’s own length limits to the user name and the other columns', () => {
    const { errors } = parseUserCsv(
      contoso,
      csv(
        row({ 'User Name': `a@${'d'.repeat(45)}.com`, 'Display Name': 'Long domain' }),
        row({ 'User Name': `${'a'.repeat(40)}@${'d'.repeat(40)}.com`, 'Display Name': 'Too long overall' }),
        row({ 'User Name': 'zip@contoso.com', 'Display Name': 'Zip', 'ZIP or Postal Code': '9'.repeat(41), Address: 'a'.repeat(1024) }),
      ),
    );
    expect(errors).toEqual([
      { line: 2, column: 'User Name', message: 'The domain in "User Name" can be at most 48 characters.' },
      { line: 3, column: 'User Name', message: '"User Name" can be at most 79 characters.' },
      { line: 4, column: 'Address', message: '"Address" can be at most 1023 characters.' },
      { line: 4, column: 'ZIP or Postal Code', message: '"ZIP or Postal Code" can be at most 40 characters.' },
    ]);
  });

  it('gives rows that user.bulkCreate accepts as they are', () => {
    const lab = new TestTenant();
    const { users } = parseUserCsv(lab.tenant, sampleUserCsv());
    lab.run({ type: 'user.bulkCreate', users, usageLocation: 'US' });
    lab.expectUser('avery.lind@contoso.com').toHave({ usageLocation: 'US', jobTitle: 'Sales Manager', otherMails: ['avery.lind@outlook.com'] });
  });
});
