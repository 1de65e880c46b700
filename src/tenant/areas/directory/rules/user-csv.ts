import type { Tenant } from '../../../model';
import { aliasOf } from './upn';
import { isEmailAddress, newUserError, type CreateUserInput, type UserProfileChanges } from './user-input';

/**
 * "Add multiple users" in the Microsoft 365 admin center reads a CSV file in its own template: a
 * fixed header row, then one user per row. The page parses the file with `parseUserCsv`, shows
 * each row's problems beside its line number, and sends only the rows that parsed to
 * user.bulkCreate, which checks them again before creating any.
 */

/** The template's header row, in its order; the admin center refuses a file whose headings differ. */
export const USER_CSV_HEADER = [
  'User Name',
  'First Name',
  'Last Name',
  'Display Name',
  'Job Title',
  'Department',
  'Office Number',
  'Office Phone',
  'Mobile Phone',
  'Fax',
  'Alternate email address',
  'Address',
  'City',
  'State or Province',
  'ZIP or Postal Code',
  'Country or Region',
] as const;

export type UserCsvColumn = (typeof USER_CSV_HEADER)[number];

/** One file adds at most 249 users (250 rows with the header). */
export const MAX_CSV_USERS = 249;

export interface UserCsvError {
  /** The line of the file the row starts on; the header is line 1. */
  readonly line: number;
  readonly column?: UserCsvColumn;
  readonly message: string;
}

export interface ParsedUserCsv {
  /** The rows that passed every check, ready for user.bulkCreate. */
  readonly users: CreateUserInput[];
  readonly errors: UserCsvError[];
}

/** The template's documented maximum lengths (add-several-users-at-the-same-time.md). */
const MAX_LENGTH: Partial<Record<UserCsvColumn, number>> = {
  'User Name': 79,
  'First Name': 64,
  'Last Name': 64,
  'Display Name': 256,
  'Job Title': 64,
  Department: 64,
  'Office Number': 128,
  'Office Phone': 64,
  'Mobile Phone': 64,
  Fax: 64,
  Address: 1023,
  City: 128,
  'State or Province': 128,
  'ZIP or Postal Code': 40,
  'Country or Region': 128,
};

/** Where each column lands on the user. */
const PROFILE_PROPERTY: Partial<Record<UserCsvColumn, 'givenName' | 'surname' | 'jobTitle' | 'department' | 'officeLocation' | 'mobilePhone' | 'faxNumber' | 'streetAddress' | 'city' | 'state' | 'postalCode' | 'country'>> = {
  'First Name': 'givenName',
  'Last Name': 'surname',
  'Job Title': 'jobTitle',
  Department: 'department',
  'Office Number': 'officeLocation',
  'Mobile Phone': 'mobilePhone',
  Fax: 'faxNumber',
  Address: 'streetAddress',
  City: 'city',
  'State or Province': 'state',
  'ZIP or Postal Code': 'postalCode',
  'Country or Region': 'country',
};

/** Which column a validation error from the user rules is about. */
const COLUMN_OF_PROPERTY: Record<string, UserCsvColumn> = {
  userPrincipalName: 'User Name',
  mailNickname: 'User Name',
  displayName: 'Display Name',
  businessPhones: 'Office Phone',
  otherMails: 'Alternate email address',
  ...Object.fromEntries(Object.entries(PROFILE_PROPERTY).map(([column, property]) => [property, column as UserCsvColumn])),
};

interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/**
 * Splits RFC 4180 CSV into records: commas between fields, double quotes around a field that
 * holds commas, quotes or line breaks, and `""` for a quote inside one. A record with broken
 * quoting is reported and skipped; the rest of the file is still read.
 */
function readRecords(text: string): { records: CsvRecord[]; errors: UserCsvError[] } {
  const records: CsvRecord[] = [];
  const errors: UserCsvError[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let afterQuote = false;
    let broken: string | undefined;
    for (; i < text.length; i++) {
      const char = text[i]!;
      if (quoted) {
        if (char === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (char === '"') {
          quoted = false;
          afterQuote = true;
        } else {
          if (char === '\n') line++;
          field += char;
        }
        continue;
      }
      if (char === ',') {
        fields.push(field);
        field = '';
        afterQuote = false;
      } else if (char === '\n' || char === '\r') {
        if (char === '\r' && text[i + 1] === '\n') i++;
        i++;
        line++;
        break;
      } else if (afterQuote && char !== ' ' && char !== '\t') {
        broken ??= 'A value has characters after its closing quote. Put the whole value inside the quotes.';
      } else if (char === '"') {
        if (field.trim() === '') {
          quoted = true;
          field = '';
        } else {
          broken ??= 'A value has a quote in the middle. Put the whole value in double quotes and double the quote inside it ("").';
        }
      } else if (!afterQuote) {
        field += char;
      }
    }
    if (quoted) {
      errors.push({ line: start, message: 'A quoted value is never closed. Add the missing double quote.' });
      break;
    }
    fields.push(field);
    if (broken) errors.push({ line: start, message: broken });
    else records.push({ line: start, fields });
  }
  return { records, errors };
}

function isBlank(record: CsvRecord): boolean {
  return record.fields.every((field) => field.trim() === '');
}

function headerError(header: CsvRecord | undefined): UserCsvError | undefined {
  const names = header?.fields.map((field) => field.trim());
  if (names && names.length === USER_CSV_HEADER.length && names.every((name, index) => name === USER_CSV_HEADER[index])) return undefined;
  return {
    line: 1,
    message: `The first row must be the template's column headings, in this order: ${USER_CSV_HEADER.join(',')}`,
  };
}

/** The template's own limits on the user name: 79 characters, an alias of at most 50, a domain of at most 48. */
function userNameLengthError(userName: string): string | undefined {
  const at = userName.lastIndexOf('@');
  if (userName.length > 79) return '"User Name" can be at most 79 characters, including the @.';
  if (at >= 0 && at > 50) return 'The part of "User Name" before the @ can be at most 50 characters.';
  if (at >= 0 && userName.length - at - 1 > 48) return 'The domain in "User Name" can be at most 48 characters.';
  return undefined;
}

function rowToInput(values: ReadonlyMap<UserCsvColumn, string>): CreateUserInput {
  const profile: Record<string, string | readonly string[]> = {};
  for (const [column, property] of Object.entries(PROFILE_PROPERTY) as [UserCsvColumn, string][]) {
    const value = values.get(column);
    if (value) profile[property] = value;
  }
  const officePhone = values.get('Office Phone');
  if (officePhone) profile.businessPhones = [officePhone];
  const alternateEmail = values.get('Alternate email address');
  if (alternateEmail) profile.otherMails = [alternateEmail];
  return {
    userPrincipalName: values.get('User Name')!,
    displayName: values.get('Display Name')!,
    ...(Object.keys(profile).length > 0 ? { profile: profile as UserProfileChanges } : {}),
  };
}

/** The problems of one row on its own, before the tenant is consulted. */
function rowErrors(record: CsvRecord, values: ReadonlyMap<UserCsvColumn, string>): UserCsvError[] {
  const errors: UserCsvError[] = [];
  const line = record.line;
  for (const column of ['User Name', 'Display Name'] as const) {
    if (!values.get(column)) errors.push({ line, column, message: `"${column}" is required.` });
  }
  for (const column of USER_CSV_HEADER) {
    const limit = MAX_LENGTH[column];
    const value = values.get(column) ?? '';
    if (limit !== undefined && value.length > limit) errors.push({ line, column, message: `"${column}" can be at most ${limit} characters.` });
  }
  const userName = values.get('User Name');
  const lengthError = userName && userName.length <= 79 ? userNameLengthError(userName) : undefined;
  if (lengthError) errors.push({ line, column: 'User Name', message: lengthError });
  const alternateEmail = values.get('Alternate email address');
  if (alternateEmail && !isEmailAddress(alternateEmail)) {
    errors.push({ line, column: 'Alternate email address', message: '"Alternate email address" must be an email address, like someone@example.com.' });
  }
  return errors;
}

/**
 * Parses a CSV in the admin center's template against the tenant: the header, each row's
 * required values, lengths and quoting, and then the same checks user.create makes (user name
 * format, verified domain, a user name or alias already taken in the tenant), plus duplicates
 * within the file. Pure: it reads the committed tenant and returns rows and errors.
 */
export function parseUserCsv(tenant: Tenant, csvText: string): ParsedUserCsv {
  const text = csvText.replace(/^\uFEFF/, '');
  const { records, errors } = readRecords(text);
  const [header, ...rest] = records;
  const wrongHeader = header?.line === 1 ? headerError(header) : headerError(undefined);
  if (wrongHeader) return { users: [], errors: [wrongHeader, ...errors.filter((error) => error.line !== 1)] };

  const rows = rest.filter((record) => !isBlank(record));
  if (rows.length === 0 && errors.length === 0) {
    return { users: [], errors: [{ line: 2, message: 'The file has no users. Add one row per user under the headings.' }] };
  }
  if (rows.length > MAX_CSV_USERS) {
    return {
      users: [],
      errors: [{ line: rows[MAX_CSV_USERS]!.line, message: `A file can add at most ${MAX_CSV_USERS} users; this one has ${rows.length}. Split it into several files.` }],
    };
  }

  const users: CreateUserInput[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of rows) {
    const line = record.line;
    if (record.fields.length !== USER_CSV_HEADER.length) {
      errors.push({ line, message: `This row has ${record.fields.length} values; the template has ${USER_CSV_HEADER.length} columns.` });
      continue;
    }
    const values = new Map(USER_CSV_HEADER.map((column, index) => [column, record.fields[index]!.trim()] as const));
    const problems = rowErrors(record, values);
    if (problems.length > 0) {
      errors.push(...problems);
      continue;
    }
    const input = rowToInput(values);
    const ruleError = newUserError(tenant, input);
    if (ruleError) {
      const column = ruleError.target ? COLUMN_OF_PROPERTY[ruleError.target] : undefined;
      errors.push(column ? { line, column, message: ruleError.message } : { line, message: ruleError.message });
      continue;
    }
    const keys = [input.userPrincipalName.toLowerCase(), `alias:${aliasOf(input.userPrincipalName).toLowerCase()}`];
    const earlier = keys.map((key) => firstLineOf.get(key)).find((found) => found !== undefined);
    if (earlier !== undefined) {
      errors.push({ line, column: 'User Name', message: `"${input.userPrincipalName}" is already used on line ${earlier} of this file.` });
      continue;
    }
    for (const key of keys) firstLineOf.set(key, line);
    users.push(input);
  }
  return { users, errors: errors.sort((a, b) => a.line - b.line) };
}

/** A template with a few sample people on `domain`, for the page's download link. */
export function sampleUserCsv(domain = 'contoso.com'): string {
  const people = [
    ['avery.lind', 'Avery', 'Lind', 'Avery Lind', 'Sales Manager', 'Sales', '1204', '425-555-0141', '425-555-0142', '', 'avery.lind@outlook.com', '1 Harbor Way', 'Seattle', 'WA', '98101', 'United States'],
    ['noor.haddad', 'Noor', 'Haddad', 'Noor Haddad', 'Accountant', 'Finance', '1310', '425-555-0151', '', '', '', '1 Harbor Way', 'Seattle', 'WA', '98101', 'United States'],
    ['mateo.ruiz', 'Mateo', 'Ruiz', 'Mateo Ruiz', 'Support Engineer', 'IT', '', '', '425-555-0163', '', '', '', 'Seattle', 'WA', '', 'United States'],
  ];
  const rows = people.map(([alias, ...rest]) => [`${alias}@${domain}`, ...rest].join(','));
  return [USER_CSV_HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}
