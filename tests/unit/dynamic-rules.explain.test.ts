import { describe, expect, it } from 'vitest';
import {
  explainMembershipRule,
  formatMembershipRule,
  formatRuleBuilderRows,
  ruleBuilderRows,
  type RuleBuilderRow,
} from '../../src/tenant/areas/directory/rules/dynamic';
import { parsed, ruleUser, withoutSpans } from './dynamic-rules-support';

describe('explaining a rule for one user (Validate Rules)', () => {
  it('gives the result of each clause and each expression, with where it is in the text', () => {
    const text = '(user.department -eq "Sales") -and -not (user.jobTitle -startsWith "SDE")';
    const explanation = explainMembershipRule(parsed(text), ruleUser({ department: 'Sales', jobTitle: 'SDE II' }));
    expect(explanation).toEqual({
      status: 'notMember',
      clauses: [
        { text: 'user.department -eq "Sales"', span: { position: 1, length: 27 }, result: true },
        { text: '-not (user.jobTitle -startsWith "SDE")', span: { position: 35, length: 38 }, result: false },
      ],
      expressions: [
        { text: 'user.department -eq "Sales"', span: { position: 1, length: 27 }, result: true },
        { text: 'user.jobTitle -startsWith "SDE"', span: { position: 41, length: 31 }, result: true },
      ],
    });
    if (explanation.status === 'unknown') return;
    for (const expression of explanation.expressions) {
      expect(text.substr(expression.span.position, expression.span.length)).toBe(expression.text);
    }
  });

  it('splits the outermost -or into clauses and lists every expression inside', () => {
    const rule = parsed('user.country -eq "US" -and user.department -eq "Sales" -or user.jobTitle -eq "CEO"');
    const explanation = explainMembershipRule(rule, ruleUser({ country: 'US', department: 'Sales' }));
    expect(explanation.status).toBe('member');
    if (explanation.status === 'unknown') return;
    expect(explanation.clauses.map((clause) => [clause.text, clause.result])).toEqual([
      ['user.country -eq "US" -and user.department -eq "Sales"', true],
      ['user.jobTitle -eq "CEO"', false],
    ]);
    expect(explanation.expressions.map((expression) => expression.result)).toEqual([true, true, false]);
  });

  it('treats an -any expression as one expression', () => {
    const explanation = explainMembershipRule(parsed('user.proxyAddresses -any (_ -startsWith "smtp:") -and user.accountEnabled -eq true'), ruleUser({ accountEnabled: false }));
    expect(explanation.status === 'notMember' && explanation.expressions.map((expression) => [expression.text, expression.result])).toEqual([
      ['user.proxyAddresses -any (_ -startsWith "smtp:")', true],
      ['user.accountEnabled -eq true', false],
    ]);
  });

  it('explains a direct reports rule', () => {
    const manager = 'aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb';
    const explanation = explainMembershipRule(parsed(`Direct Reports for "${manager}"`), ruleUser({ managerId: manager }));
    expect(explanation.status === 'member' && explanation.expressions).toEqual([{ text: `Direct Reports for "${manager}"`, span: { position: 0, length: 57 }, result: true }]);
  });

  it('answers Unknown for rules the validator cannot evaluate against a user', () => {
    expect(explainMembershipRule(parsed('device.deviceOSType -eq "iOS"'), ruleUser())).toEqual({
      status: 'unknown',
      reason: "This rule selects devices; device rules can't be evaluated against users.",
    });
    expect(explainMembershipRule(parsed("user.memberOf -any (group.objectId -in ['x'])"), ruleUser())).toEqual({
      status: 'unknown',
      reason: "Rules that use memberOf can't be validated at this time.",
    });
  });
});

describe('printing a rule as canonical text', () => {
  it.each([
    ['(user.department -eq "Sales") -or (user.department -eq "Marketing")', 'user.department -eq "Sales" -or user.department -eq "Marketing"'],
    ['user.country \u2013eq "US" \u2013and (user.department \u2013eq "Marketing" \u2013or user.department \u2013eq "Sales")', 'user.country -eq "US" -and (user.department -eq "Marketing" -or user.department -eq "Sales")'],
    ['user.department EQ "Sales" and not user.city startswith "Lag"', 'user.department -eq "Sales" -and -not (user.city -startsWith "Lag")'],
    ['user.mailNickname -endsWith "-vendor"', 'user.mailNickName -endsWith "-vendor"'],
    ["user.department -in ['a','b''c', 5]", 'user.department -in ["a", "b\'c", 5]'],
    ['user.department -eq "`"quoted`" and ``ticked``"', 'user.department -eq "`"quoted`" and ``ticked``"'],
    ['device.devicePhysicalIDs -any _ -startsWith "[ZTDId]"', 'device.devicePhysicalIds -any (_ -startsWith "[ZTDId]")'],
    ['user.employeehiredate -ge system.now -plus p1d', 'user.employeeHireDate -ge system.now -plus p1d'],
    ['user.employeeHireDate -le 2020-06-10T18:13:20Z', 'user.employeeHireDate -le 2020-06-10T18:13:20Z'],
    ['user.mail -ne $null', 'user.mail -ne null'],
    ['direct reports for "AAAAAAAA-0000-1111-2222-BBBBBBBBBBBB"', 'Direct Reports for "AAAAAAAA-0000-1111-2222-BBBBBBBBBBBB"'],
    ['-not (-not (user.accountEnabled -eq TRUE))', '-not (-not (user.accountEnabled -eq true))'],
  ])('%s prints as %s', (text, canonical) => {
    const rule = parsed(text);
    expect(formatMembershipRule(rule)).toBe(canonical);
    expect(withoutSpans(parsed(canonical))).toEqual(withoutSpans(rule));
  });
});

describe('the rule builder', () => {
  it('shows a simple rule as rows, joining them with And and Or in order', () => {
    const result = ruleBuilderRows(parsed('(user.department -eq "Sales") -and (user.country -in ["US", "CA"]) -or user.accountEnabled -ne true -or user.jobTitle -notMatch "^SDE"'));
    expect(result).toEqual({
      reason: null,
      rows: [
        { andOr: null, property: 'department', operator: 'Equals', value: 'Sales' },
        { andOr: 'And', property: 'country', operator: 'In', value: '["US", "CA"]' },
        { andOr: 'Or', property: 'accountEnabled', operator: 'Not Equals', value: 'true' },
        { andOr: 'Or', property: 'jobTitle', operator: 'Not Match', value: '^SDE' },
      ],
    });
  });

  it.each([
    ['device.deviceOSType -eq "iOS"', 'The rule builder is available only for user rules.'],
    ['Direct Reports for "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb"', 'Direct Reports rules can only be edited in the text box.'],
    ['user.country -eq "US" -and (user.department -eq "Marketing" -or user.department -eq "Sales")', 'The rule uses parentheses to set operator precedence.'],
    ['user.department -contains "Sales"', 'The rule uses -contains or -notContains.'],
    ['user.department -notContains "Sales"', 'The rule uses -contains or -notContains.'],
    ['(user.proxyAddresses -any (_ -startsWith "contoso"))', 'The rule uses -any or -all.'],
    ["user.memberOf -any (group.objectId -in ['x'])", 'The rule uses memberOf.'],
    ['-not (user.department -eq "Sales")', 'The rule uses -not.'],
    ['user.employeeHireDate -ge system.now', 'The rule builder has no operator for -ge.'],
    [['a', 'b', 'c', 'd', 'e', 'f'].map((city) => `user.city -eq "${city}"`).join(' -or '), 'The rule has 6 expressions; the rule builder holds at most 5.'],
  ])('shows only the text box for %s', (text, reason) => {
    expect(ruleBuilderRows(parsed(text))).toEqual({ rows: null, reason });
  });

  it('takes five expressions', () => {
    const rule = parsed(['a', 'b', 'c', 'd', 'e'].map((city) => `user.city -eq "${city}"`).join(' -or '));
    expect(ruleBuilderRows(rule).rows).toHaveLength(5);
  });

  it('turns rows back into a rule that shows the same rows', () => {
    const rows: RuleBuilderRow[] = [
      { andOr: null, property: 'department', operator: 'Starts With', value: 'Sales "East"' },
      { andOr: 'And', property: 'accountEnabled', operator: 'Equals', value: 'true' },
      { andOr: 'Or', property: 'city', operator: 'Not In', value: 'Lagos, Abuja' },
      { andOr: 'And', property: 'mobile', operator: 'Not Equals', value: 'null' },
    ];
    const text = formatRuleBuilderRows(rows);
    expect(text).toBe('user.department -startsWith "Sales `"East`"" -and user.accountEnabled -eq true -or user.city -notIn ["Lagos", "Abuja"] -and user.mobile -ne null');
    expect(ruleBuilderRows(parsed(text)).rows).toEqual([...rows.slice(0, 2), { ...rows[2]!, value: '["Lagos", "Abuja"]' }, rows[3]]);
  });
});
