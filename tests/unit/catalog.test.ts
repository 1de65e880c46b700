import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { builtInRoles } from '../../src/tenant/catalog/roles.generated';
import { skuCatalog } from '../../src/tenant/catalog/skus.generated';
import {
  CSV_RELATIVE_PATH,
  ROLES_OUTPUT,
  SKUS_OUTPUT,
  cleanField,
  generateCatalog,
  parseCsv,
  repoRoot,
  resolveSharedDir,
} from '../../scripts/generate-catalog';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function sku(partNumber: string) {
  const found = skuCatalog.find((s) => s.skuPartNumber === partNumber);
  if (found === undefined) throw new Error(`${partNumber} not in skuCatalog`);
  return found;
}

describe('skuCatalog', () => {
  it('has the real ids of well-known products', () => {
    expect(sku('SPE_E5')).toMatchObject({ skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06', displayName: 'Microsoft 365 E5' });
    expect(sku('ENTERPRISEPACK')).toMatchObject({ skuId: '6fd2c87f-b296-42f0-b197-1e91e994b900', displayName: 'Office 365 E3' });
    expect(sku('ENTERPRISEPACK').servicePlans).toContainEqual(
      expect.objectContaining({ servicePlanId: 'efb87545-963c-4e0d-99df-69c6916d9eb0', servicePlanName: 'EXCHANGE_S_ENTERPRISE' }),
    );
  });

  it('keeps a learner-sized selection', () => {
    expect(skuCatalog.length).toBeGreaterThanOrEqual(20);
    expect(skuCatalog.length).toBeLessThan(100);
    for (const partNumber of ['SPE_E3', 'SPB', 'EMSPREMIUM', 'AAD_PREMIUM_P2', 'FLOW_FREE', 'DEVELOPERPACK_E5']) {
      expect(sku(partNumber).skuPartNumber).toBe(partNumber);
    }
  });

  it('has no duplicate skuIds or skuPartNumbers', () => {
    expect(new Set(skuCatalog.map((s) => s.skuId)).size).toBe(skuCatalog.length);
    expect(new Set(skuCatalog.map((s) => s.skuPartNumber)).size).toBe(skuCatalog.length);
  });

  it('has well-formed lower-case GUIDs, tidy names and at least one unique service plan per SKU', () => {
    for (const s of skuCatalog) {
      expect(s.skuId, s.skuPartNumber).toMatch(GUID);
      expect(s.displayName, s.skuPartNumber).toBe(cleanField(s.displayName));
      expect(s.skuPartNumber).toBe(cleanField(s.skuPartNumber));
      expect(s.appliesTo).toBe('User');
      expect(s.servicePlans.length, s.skuPartNumber).toBeGreaterThan(0);
      const planIds = s.servicePlans.map((p) => p.servicePlanId);
      expect(new Set(planIds).size, s.skuPartNumber).toBe(planIds.length);
      for (const p of s.servicePlans) {
        expect(p.servicePlanId, `${s.skuPartNumber} ${p.servicePlanName}`).toMatch(GUID);
        expect(p.servicePlanName).not.toBe('');
        expect(p.servicePlanName).toBe(cleanField(p.servicePlanName));
      }
    }
  });
});

describe('builtInRoles', () => {
  it('has the real ids of well-known roles', () => {
    const byName = new Map(builtInRoles.map((r) => [r.displayName, r]));
    expect(byName.get('Global Administrator')?.id).toBe('62e90394-69f5-4237-9190-012177145e10');
    expect(byName.get('Global Administrator')?.isPrivileged).toBe(true);
    expect(byName.get('User Administrator')?.id).toBe('fe930be7-5e62-47db-91af-98c3a49a38b1');
  });

  it('has no duplicate ids or names, and well-formed lower-case GUIDs', () => {
    expect(builtInRoles.length).toBeGreaterThan(0);
    expect(new Set(builtInRoles.map((r) => r.id)).size).toBe(builtInRoles.length);
    expect(new Set(builtInRoles.map((r) => r.displayName)).size).toBe(builtInRoles.length);
    for (const r of builtInRoles) {
      expect(r.id, r.displayName).toMatch(GUID);
      expect(typeof r.isPrivileged).toBe('boolean');
      expect(r.description, r.displayName).not.toBe('');
      for (const action of r.allowedResourceActions) expect(action).toMatch(/^microsoft\.[^\s]+$/);
    }
  });
});

describe('generate-catalog CSV parser', () => {
  it('handles a BOM, CRLF, quoted commas, doubled quotes and quoted line breaks', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""",plain\r\n"line\r\nbreak",,"" \r\nlast,row,no-newline';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'plain'],
      ['line\r\nbreak', '', ' '],
      ['last', 'row', 'no-newline'],
    ]);
  });

  it('does not add an empty record for a final line break, and accepts bare LF', () => {
    expect(parseCsv('a,b\nc,d\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/unterminated/);
  });

  it('collapses stray whitespace Microsoft leaves in the table', () => {
    expect(cleanField('O365_w/o\u00a0Teams\u00a0Bundle_M3 ')).toBe('O365_w/o Teams Bundle_M3');
    expect(cleanField('Virtualization \tRights \tfor')).toBe('Virtualization Rights for');
  });

  it('locates ../shared beside the repo unless TENANT_LAB_SHARED overrides it', () => {
    expect(resolveSharedDir('/r/repo', {})).toBe(path.resolve('/r/shared'));
    expect(resolveSharedDir('/r/repo', { TENANT_LAB_SHARED: '/elsewhere/data-root' })).toBe(path.resolve('/elsewhere/data-root'));
  });
});

// The committed files must be what the generator writes from the shared data today. The shared
// data sits beside the clone in CI; where it is absent this comparison cannot be made, so it is
// not registered (the checks above still run on the committed data).
const sharedDir = resolveSharedDir();
if (existsSync(path.join(sharedDir, CSV_RELATIVE_PATH))) {
  describe('generated catalog', () => {
    it('is up to date with the shared data (run npm run catalog)', () => {
      const generated = generateCatalog(sharedDir);
      expect(readFileSync(path.join(repoRoot, SKUS_OUTPUT), 'utf8')).toBe(generated.skusSource);
      expect(readFileSync(path.join(repoRoot, ROLES_OUTPUT), 'utf8')).toBe(generated.rolesSource);
    });
  });
}
