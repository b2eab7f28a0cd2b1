import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/**
 * axe-core run in the page, once injected per document. `@axe-core/playwright`'s `analyze()` does the same
 * checks but re-injects axe into every frame and opens a helper page for each call: 5–8 s per check here
 * against under 1 s for the run itself, which made the accessibility tests the slowest part of CI. Our pages
 * have no frames, so running axe in the top document checks exactly what `analyze()` checked.
 */
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact?: string | null; nodes: { target: unknown[] }[] };

/** Serious and critical violations on the page (or inside `include`), one line each: rule, impact, elements. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const context = selector ? { include: [selector] } : document;
    return (await axe.run(context, { resultTypes: ['violations'] })).violations;
  }, include ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
