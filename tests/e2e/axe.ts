import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

export interface AxeScope {
  /** CSS selectors of the parts to check, every element each one matches; the whole page when left out. */
  readonly include?: readonly string[];
  /** CSS selectors of parts to leave out, besides Fluent's focus-trap sentinels. */
  readonly exclude?: readonly string[];
}

/**
 * The serious and critical axe-core violations of the page as it is, each described with the
 * elements it names. Fluent's focus manager (tabster) puts hidden, focusable sentinels
 * (`data-tabster-dummy`) around toolbars and modal panes that hand the focus straight on; axe reads
 * them as focusable content hidden from screen readers, which they are by design, so they are
 * always left out.
 */
export async function seriousViolations(page: Page, { include, exclude = [] }: AxeScope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const context = {
    ...(include ? { include: include.map((selector) => [selector]) } : {}),
    exclude: [['[data-tabster-dummy]'], ...exclude.map((selector) => [selector])],
  };
  const violations = await page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(scope)).violations;
  }, context);
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
