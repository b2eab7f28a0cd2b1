/**
 * A rule sentence of the catalog with named gaps ("年综合效益 ≥ {aaaBenefitWan} 万元 …"), split
 * into its text and its gaps, so the editor can put a number input in each gap while the words stay
 * in the translator's order (English puts the figures elsewhere than Chinese).
 */
export type SentencePart = { text: string } | { slot: string };

export function splitSentence(template: string): SentencePart[] {
  const parts: SentencePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ slot: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
