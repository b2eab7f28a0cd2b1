/**
 * Fills `{name}` placeholders of a message; an unknown one stays visible, so a missing parameter
 * shows on screen instead of vanishing. Pure and dependency-free: the translator uses it, and so
 * does core when it writes a stored Chinese sentence (core/grading/explain.ts).
 */
export function fillPlaceholders(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
