import { describe, expect, it } from 'vitest';
import { parseMembershipRule, ruleObjectType, ruleValidationMessage } from '../../src/tenant/areas/directory/rules/dynamic';
import { parsed, withoutSpans } from './dynamic-rules-support';

/** Every rule Microsoft's rule reference and its companion pages show (entra-docs, users/groups-dynamic-*.md). */
const DOCUMENTED_USER_RULES = [
  'user.department -eq "Sales"',
  'user.accountEnabled -eq true',
  'user.dirSyncEnabled -eq true',
  'user.city -eq "value"',
  'user.country -eq "value"',
  'user.companyName -eq "value"',
  'user.displayName -eq "value"',
  'user.employeeId -eq "value"',
  'user.employeeId -ne "null"',
  'user.facsimileTelephoneNumber -eq "value"',
  'user.givenName -eq "value"',
  'user.jobTitle -eq "value"',
  'user.mail -eq "value"',
  'user.mail -notEndsWith "@Contoso.com"',
  'user.mailNickName -eq "value"',
  'user.mailNickname -endsWith "-vendor"',
  "user.memberOf -any (group.objectId -in ['value'])",
  'user.mobile -eq "value"',
  'user.objectId -eq "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb"',
  'user.onPremisesDistinguishedName -eq "value"',
  'user.onPremisesSecurityIdentifier -eq "S-1-1-11-1111111111-1111111111-1111111111-1111111"',
  'user.passwordPolicies -eq "DisableStrongPassword"',
  'user.physicalDeliveryOfficeName -eq "value"',
  'user.postalCode -eq "value"',
  'user.preferredLanguage -eq "en-US"',
  'user.sipProxyAddress -eq "value"',
  'user.state -eq "value"',
  'user.streetAddress -eq "value"',
  'user.surname -eq "value"',
  'user.telephoneNumber -eq "value"',
  'user.usageLocation -eq "US"',
  'user.userPrincipalName -eq "alias@domain"',
  'user.userType -eq "Member"',
  'user.otherMails -startsWith "alias@domain"',
  'user.otherMails -endsWith"@contoso.com"',
  'user.proxyAddresses -startsWith "SMTP: alias@domain"',
  'user.proxyAddresses -notEndsWith "@outlook.com"',
  'user.department -in ["50001","50002","50003","50005","50006","50007","50008","50016","50020","50024","50038","50039","51100"]',
  'user.employeehiredate -ge system.now -plus p1d',
  'user.employeehiredate -le 2020-06-10T18:13:20Z',
  'user.displayName -match "^Da.*"',
  'user.displayName -match ".*vid"',
  'user.department -eq null',
  'user.mail \u2013ne null',
  '(user.department -eq "Sales") -or (user.department -eq "Marketing")',
  '(user.department -eq "Sales") -and -not (user.jobTitle -startsWith "SDE")',
  'user.department \u2013eq "Marketing" \u2013and user.country \u2013eq "US"',
  'user.country \u2013eq "US" \u2013and (user.department \u2013eq "Marketing" \u2013or user.department \u2013eq "Sales")',
  'user.assignedPlans -any (assignedPlan.servicePlanId -eq "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e" -and assignedPlan.capabilityStatus -eq "Enabled")',
  '(user.proxyAddresses -any (_ -startsWith "contoso"))',
  'user.assignedPlans -any (assignedPlan.servicePlanId -eq "efb87545-963c-4e0d-99df-69c6916d9eb0" -and assignedPlan.capabilityStatus -eq "Enabled")',
  'user.assignedPlans -any (assignedPlan.service -eq "SCO" -and assignedPlan.capabilityStatus -eq "Enabled")',
  'user.assignedPlans -all (assignedPlan.servicePlanId -eq null)',
  'Direct Reports for "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb"',
  'user.objectId -ne null',
  '(user.objectId -ne null) -and (user.userType -eq "Member")',
  '(user.extensionAttribute15 -eq "Marketing")',
  'user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber -eq "123"',
  // groups-dynamic-rule-more-efficient.md
  'user.city -match "ago"',
  'user.city -match ".*?ago.*"',
  'user.city -startswith "Lag"',
  'user.city -eq "Lagos"',
  `(user.department -eq "Accounts" -and user.city -eq "Lagos") -or 
(user.department -eq "Accounts" -and user.city -eq "Ibadan") -or 
(user.department -eq "Accounts" -and user.city -eq "Kaduna") -or 
(user.department -eq "Accounts" -and user.city -eq "Abuja") -or 
(user.department -eq "Accounts" -and user.city -eq "Port Harcourt")`,
  'user.department -eq "Accounts" -and user.city -in ["Lagos", "Ibadan", "Kaduna", "Abuja", "Port Harcourt"]',
  '(user.city -ne "Lagos") -and (user.city -ne "Ibadan") -and (user.city -ne "Kaduna") -and (user.city -ne "Abuja") -and (user.city -ne "Port Harcourt")',
  'user.city -notin ["Lagos", "Ibadan", "Kaduna", "Abuja", "Port Harcourt"]',
  'user.city -eq "Lagos" or user.city -startswith "Lag"',
  // groups-dynamic-rule-member-of.md
  "user.memberof -any (group.objectId -in ['groupId'])",
  "user.memberof -any (group.objectId -in ['<groupObjectId1>', '<groupObjectId2>'])",
];

const DOCUMENTED_DEVICE_RULES = [
  'device.objectId -ne null',
  'device.accountEnabled -eq true',
  'device.deviceCategory -eq "BYOD"',
  'device.deviceId -eq "d4fe7726-5966-431c-b3b8-cddc8fdb717d"',
  'device.deviceManagementAppId -eq "0000000a-0000-0000-c000-000000000000"',
  'device.deviceManufacturer -eq "Samsung"',
  'device.deviceModel -eq "iPad Air"',
  'device.displayName -eq "Rob iPhone"',
  '(device.deviceOSType -eq "iPad") -or (device.deviceOSType -eq "iOS")',
  'device.deviceOSType -startsWith "AndroidEnterprise"',
  'device.deviceOSType -eq "AndroidForWork"',
  'device.deviceOSType -eq "Windows"',
  'device.deviceOSVersion -eq "9.1"',
  'device.deviceOSVersion -startsWith "10.0.1"',
  'device.deviceOwnership -eq "Company"',
  'device.devicePhysicalIDs -any _ -startsWith "[ZTDId]"',
  'device.devicePhysicalIds -any _ -eq "[OrderID]:179887111881"',
  'device.devicePhysicalIds -any _ -eq "[PurchaseOrderId]:76222342342"',
  'device.deviceTrustType -eq "AzureAD"',
  'device.enrollmentProfileName -eq "DEP iPhones"',
  'device.extensionAttribute1 -eq "some string value"',
  'device.extensionAttribute15 -eq "some string value"',
  'device.isRooted -eq true',
  'device.managementType -eq "MDM"',
  "device.memberOf -any (group.objectId -in ['value'])",
  "device.memberof -any (group.objectId -in ['groupId'])",
  'device.objectId -eq "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb"',
  'device.profileType -eq "RegisteredDevice"',
];

describe('parsing the documented rules', () => {
  it.each(DOCUMENTED_USER_RULES)('the user rule %s parses', (text) => {
    const result = parseMembershipRule(text);
    expect(result.ok ? 'ok' : `${result.error.position}: ${result.error.message}`).toBe('ok');
    if (result.ok) expect(ruleObjectType(result.rule)).toBe('user');
  });

  it.each(DOCUMENTED_DEVICE_RULES)('the device rule %s parses as a device rule', (text) => {
    expect(ruleObjectType(parsed(text))).toBe('device');
  });

  it('stores the documented spelling of a property that the docs also spell differently', () => {
    expect(withoutSpans(parsed('user.mailNickname -endsWith "-vendor"'))).toEqual(withoutSpans(parsed('user.mailNickName -endsWith "-vendor"')));
    expect(withoutSpans(parsed('user.employeehiredate -ge system.now'))).toEqual(withoutSpans(parsed('user.employeeHireDate -ge system.now')));
    expect(withoutSpans(parsed("user.memberof -any (group.objectId -in ['x'])"))).toEqual(withoutSpans(parsed("user.memberOf -any (group.objectId -in ['x'])")));
  });
});

describe('the rule language', () => {
  it('accepts operators with or without the hyphen and in any case', () => {
    const canonical = withoutSpans(parsed('user.department -eq "Sales" -and -not user.city -startsWith "Lag" -or user.country -notIn ["US"]'));
    expect(withoutSpans(parsed('user.department eq "Sales" and not user.city STARTSWITH "Lag" OR user.country NotIn ["US"]'))).toEqual(canonical);
    expect(withoutSpans(parsed('user.department -EQ "Sales" -AND -NOT user.city -StartsWith "Lag" -Or user.country -notin ["US"]'))).toEqual(canonical);
  });

  it('binds -and tighter than -or, and -not tighter than -and', () => {
    const rule = parsed('user.city -eq "a" -or user.city -eq "b" -and -not user.city -eq "c"');
    expect(rule.kind).toBe('or');
    if (rule.kind !== 'or') return;
    expect(rule.operands.map((operand) => operand.kind)).toEqual(['comparison', 'and']);
    const and = rule.operands[1]!;
    expect(and.kind === 'and' && and.operands.map((operand) => operand.kind)).toEqual(['comparison', 'not']);
  });

  it('lets parentheses override precedence', () => {
    const rule = parsed('user.country -eq "US" -and (user.department -eq "Marketing" -or user.department -eq "Sales")');
    expect(rule.kind === 'and' && rule.operands.map((operand) => operand.kind)).toEqual(['comparison', 'or']);
  });

  it('keeps one node for a chain of one operator, however it is parenthesised', () => {
    expect(withoutSpans(parsed('(user.city -eq "a" -and user.city -eq "b") -and (user.city -eq "c")'))).toEqual(
      withoutSpans(parsed('user.city -eq "a" -and user.city -eq "b" -and user.city -eq "c"')),
    );
  });

  it('reads escaped quotation marks in double- and single-quoted values, and $null as null', () => {
    const value = (text: string) => {
      const rule = parsed(text);
      return rule.kind === 'comparison' ? rule.value : undefined;
    };
    expect(value('user.department -eq "`"Sales`""')).toEqual({ kind: 'string', value: '"Sales"' });
    expect(value('user.department -eq "a``b"')).toEqual({ kind: 'string', value: 'a`b' });
    expect(value("user.department -eq 'O''Brien'")).toEqual({ kind: 'string', value: "O'Brien" });
    expect(value('user.department -eq "C:\\d+"')).toEqual({ kind: 'string', value: 'C:\\d+' });
    expect(value('user.department -eq $null')).toEqual({ kind: 'null' });
    expect(value('user.department -eq "null"')).toEqual({ kind: 'string', value: 'null' });
    expect(value('user.employeeHireDate -ge system.now -plus -p30d')).toEqual({ kind: 'now', plus: '-p30d' });
  });

  it('lets an -any condition without parentheses run to the end, and a parenthesised one be joined to more', () => {
    const open = parsed('user.proxyAddresses -any _ -startsWith "smtp" -and _ -endsWith "contoso.com"');
    expect(open.kind === 'collection' && open.condition.kind).toBe('and');
    const closed = parsed('user.proxyAddresses -any (_ -startsWith "smtp") -and user.department -eq "Sales"');
    expect(closed.kind === 'and' && closed.operands.map((operand) => operand.kind)).toEqual(['collection', 'comparison']);
  });

  it('records where each expression is in the text', () => {
    const text = '(user.department -eq "Sales") -or -not (user.city -eq "Lagos")';
    const rule = parsed(text);
    if (rule.kind !== 'or') throw new Error('expected -or');
    const [first, second] = rule.operands as [(typeof rule.operands)[number], (typeof rule.operands)[number]];
    expect(text.substr(first.span.position, first.span.length)).toBe('user.department -eq "Sales"');
    expect(text.substr(second.span.position, second.span.length)).toBe('-not (user.city -eq "Lagos")');
    expect(rule.span).toEqual({ position: 0, length: text.length });
  });

  it('accepts a rule of exactly 3,072 characters and no longer', () => {
    const rule = 'user.department -eq "Sales"';
    expect(parseMembershipRule(rule.padEnd(3072)).ok).toBe(true);
    expect(parseMembershipRule(rule.padEnd(3073)).ok).toBe(false);
  });

  it('prefixes an error with the admin center sentence', () => {
    const result = parseMembershipRule('user.department -xyz "Sales"');
    expect(result.ok ? '' : ruleValidationMessage(result.error)).toBe("Dynamic membership rule validation error: Invalid operator '-xyz'.");
  });
});

/** Malformed rules: where the error points (a position, or the text it starts at) and what it says. */
const ERRORS: readonly (readonly [rule: string, at: string | number, message: string])[] = [
  ['user.departmnt -eq "Sales"', 'departmnt', "Property 'departmnt' is not supported. Did you mean 'department'?"],
  ['user.Department -eq "Sales"', 'Department', "Property 'Department' is not supported: property names are case-sensitive. Did you mean 'department'?"],
  ['user.invalidProperty -eq "Value"', 'invalidProperty', "Property 'invalidProperty' is not supported."],
  ['user.extensionAttribute16 -eq "x"', 'extension', "Property 'extensionAttribute16' is not supported."],
  ['device.department -eq "x"', 'department', "Property 'department' is not supported."],
  ['(user.accountEnabled -contains true)', '-contains', "Operator isn't supported on attribute: -contains can't be used on 'user.accountEnabled', a Boolean property. Use -eq or -ne."],
  ['user.department -le "x"', '-le', "Operator isn't supported on attribute: -le can't be used on 'user.department', a string property."],
  ['user.assignedPlans -eq "x"', '-eq', "Operator isn't supported on attribute: user.assignedPlans is a collection of service plans; use -any or -all"],
  ['(user.department -eq "Sales") (user.department -eq "Marketing")', 30, 'Query compilation error: missing operator. Use -and or -or to join expressions.'],
  ['(user.department -eq "Sales" user.city -eq "x")', 'user.city', 'Query compilation error: missing operator.'],
  ['device.systemLabels -startsWith "M365Managed" SystemLabels', 'SystemLabels', 'Query compilation error: missing operator.'],
  ['(user.userPrincipalName -match "*@domain.ext")', '*@', "Query compilation error: error in regular expression used with -match: missing argument to repetition operator at '*'."],
  ['user.department -xyz "Sales"', '-xyz', "Invalid operator '-xyz'."],
  ['user.department equals "Sales"', 'equals', "Invalid operator 'equals'."],
  ['user.department == "Sales"', '==', "Invalid operator '=='. Use -eq."],
  ['user.employeeHireDate -lt system.now', '-lt', "Invalid operator '-lt': dates are compared with -le and -ge."],
  ['(user.department -eq "Sales"', 0, 'Missing closing parenthesis.'],
  ['user.department -eq "Sales")', ')', 'Unexpected closing parenthesis.'],
  ['()', 0, 'Empty parentheses'],
  ['user.department -not null', '-not', 'Invalid operands found for operator -not: -not negates an expression. To check that a property has a value, use -ne null.'],
  ['user.department -startsWith null', '-startsWith', 'Invalid operands found for operator -startsWith: null can only be compared with -eq or -ne.'],
  ['user.department -eq \u201cSales\u201d', '\u201c', 'Binary expression is not in right format: use straight quotation marks'],
  ['user.department -eq `"Sales`"', '`', 'A backtick only escapes a character inside double quotation marks'],
  ['user.department -eq "Sales', '"', 'Missing closing quotation mark (").'],
  ['user.department -in "Sales"', '"', '-in takes a list of values in brackets'],
  ['user.department -eq ["Sales"]', '[', 'A list of values can only be used with -in or -notIn.'],
  ['user.department -in []', '[', 'The list of values is empty.'],
  ['user.department -in ["a" "b"]', '"b"', 'Separate the values in the list with commas'],
  ['user.department -in ["a", ', '[', 'Missing closing bracket in the list of values.'],
  ['user.department -eq Sales', 'Sales', 'Put string values in double quotation marks: "Sales".'],
  ['user.department', 15, "Expected an operator such as -eq after 'user.department', but found the end of the rule."],
  ['user.department -eq', 19, "Expected a value after '-eq', but found the end of the rule."],
  ['user.department -eq "x" -and', 28, 'The rule ends where an expression was expected.'],
  ['-and user.department -eq "x"', 0, "An expression is missing before '-and'."],
  ['"Sales" -eq user.department', 0, 'Expected a property such as user.department, but found a value in quotation marks.'],
  ['department -eq "Sales"', 0, "Property 'department' needs its object: write user.department"],
  ['User.department -eq "Sales"', 0, "Invalid object type 'User': write user. in lower case."],
  ['user.department -eq "Sales" -or device.deviceOSType -eq "iOS"', 'device', "Invalid object type: a rule can't mix user and device properties, and this rule selects users."],
  ['user.accountEnabled -eq "true"', '"true"', "'accountEnabled' is a Boolean property: compare it with true or false, without quotation marks."],
  ['user.department -eq true', 'true', "'department' is a string property: put the value in double quotation marks."],
  ['user.employeeHireDate -ge "yesterday"', '"yesterday"', "'employeeHireDate' is a date"],
  ['user.employeeHireDate -ge system.now -plus 1 day', '1 day', 'Expected a duration after -plus'],
  ['user.employeeHireDate -ge system.now -plus', 42, 'Expected a duration after -plus'],
  ['user.proxyAddresses -any (user.department -eq "x")', 'user.department', "Inside proxyAddresses -any/-all, refer to each item with '_'"],
  ['user.proxyAddresses -any _ -startsWith "smtp" -or user.department -eq "x"', 'user.department', "Inside proxyAddresses -any/-all, refer to each item with '_'; to combine this expression with the -any/-all, put the condition in parentheses."],
  ['_ -eq "x"', 0, "'_' can only be used inside -any or -all"],
  ['user.assignedPlans -any (_ -eq "x")', '_', "'_' stands for a string in a string collection; inside assignedPlans -any/-all, use assignedPlan.<property>."],
  ['user.department -any (_ -eq "x")', '-any', "Invalid operands found for operator -any: 'user.department' is not a multi-valued property."],
  ['user.proxyAddresses -any (_ -any (_ -eq "x"))', '-any (_ -eq', "Invalid operands found for operator -any: -any and -all can't be nested."],
  ['user.assignedPlans -any (assignedPlan.serviceplanid -eq "x")', 'serviceplanid', "Wrong property applied: property 'serviceplanid' can't be applied to object 'assignedPlan'. Property names are case-sensitive: did you mean 'servicePlanId'?"],
  ['assignedPlan.service -eq "SCO"', 0, "'assignedPlan.' can only be used inside assignedPlans -any/-all."],
  ["user.memberOf -any (group.objectId -in ['x']) -and user.department -eq \"Sales\"", 0, "The memberOf attribute can't be combined with other expressions."],
  ["user.department -eq \"Sales\" -or user.memberOf -any (group.objectId -in ['x'])", 'user.memberOf', "The memberOf attribute can't be combined with other expressions."],
  ["user.memberOf -all (group.objectId -in ['x'])", '-all', 'Invalid operands found for operator -all: memberOf takes -any'],
  ["user.memberOf -any (group.objectId -eq 'x')", '-eq', "Operator isn't supported on attribute: memberOf rules take the form group.objectId -in"],
  ['user.department -eq "x" -any', '-any', 'Invalid operands found for operator -any.'],
  ['Direct Reports for "not-a-guid"', '"not', "'not-a-guid' is not an object ID"],
  ['Direct Reports for aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb', 'aaaa', 'Put the object ID of the manager in quotation marks'],
  ['Direct Reports "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb"', 0, 'A direct reports rule is written Direct Reports for'],
  ['Direct Reports for "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb" -and user.department -eq "x"', '-and', "A Direct Reports rule can't be combined with other expressions."],
  ['user.department -eq "x" # comment', '#', "Unexpected character '#'."],
  ['user. -eq "x"', 0, "Expected a property name after 'user.'."],
  ['   ', 0, 'The membership rule is empty.'],
  ['user.department -eq "x"'.padEnd(3100), 3072, 'The membership rule is 3,100 characters long; a rule can have at most 3,072 characters.'],
  [`${'('.repeat(150)}user.department -eq "x"${')'.repeat(150)}`, 100, 'The rule nests parentheses or -not more than 100 deep.'],
];

describe('rejecting malformed rules', () => {
  it.each(ERRORS)('%s is rejected at the right place', (rule, at, message) => {
    const result = parseMembershipRule(rule);
    if (result.ok) throw new Error(`${rule} was accepted`);
    const position = typeof at === 'number' ? at : rule.indexOf(at);
    expect(position, 'the marker is in the rule').toBeGreaterThanOrEqual(0);
    expect(result.error.message.startsWith(message), `${result.error.message} starts with ${message}`).toBe(true);
    expect(result.error.position).toBe(position);
    expect(result.error.position + result.error.length).toBeLessThanOrEqual(rule.length);
  });
});
