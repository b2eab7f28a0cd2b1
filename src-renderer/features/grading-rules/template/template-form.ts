import {
  PAYMENT_STABILITIES,
  scoringTemplateSchema,
  SUBJECTIVE_TOTAL,
  type PaymentStability,
  type ScoringItem,
  type ScoringTemplate,
} from '../../../core/grading';
import { schemaErrors, toNumber, type NumberField } from '../shared/config-form';

/** A scoring band as the form edits it. */
export interface BandFormValues {
  atLeast: NumberField;
  points: NumberField;
}
interface ItemFormBase {
  id: string;
  label: string;
  maxPoints: NumberField;
  guide: string;
}
export type BandedItemFormValues = ItemFormBase & { kind: 'objective'; source: 'benefit' | 'cooperation'; bands: BandFormValues[] };
export type PaymentItemFormValues = ItemFormBase & { kind: 'objective'; source: 'payment'; bands: Record<PaymentStability, NumberField> };
export type SubjectiveItemFormValues = ItemFormBase & { kind: 'subjective' };
export type ItemFormValues = BandedItemFormValues | PaymentItemFormValues | SubjectiveItemFormValues;

/** The template as the form edits it; paths are the schema's (`items.3.bands.0.points`), so its messages land on their inputs. */
export interface TemplateFormValues {
  version: number;
  items: ItemFormValues[];
}

function itemToForm(item: ScoringItem): ItemFormValues {
  const base = { id: item.id, label: item.label, maxPoints: item.maxPoints, guide: item.guide };
  if (item.kind === 'subjective') return { ...base, kind: 'subjective' };
  if (item.source === 'payment') return { ...base, kind: 'objective', source: 'payment', bands: { ...item.bands } };
  return { ...base, kind: 'objective', source: item.source, bands: item.bands.map((b) => ({ ...b })) };
}

export const templateToForm = (template: ScoringTemplate): TemplateFormValues => ({ version: template.version, items: template.items.map(itemToForm) });

function itemToBody(item: ItemFormValues): unknown {
  const base = { id: item.id, label: item.label, maxPoints: toNumber(item.maxPoints), guide: item.guide };
  if (item.kind === 'subjective') return { ...base, kind: 'subjective' };
  if (item.source === 'payment') {
    const bands = Object.fromEntries(PAYMENT_STABILITIES.map((s) => [s, toNumber(item.bands[s])]));
    return { ...base, kind: 'objective', source: 'payment', bands };
  }
  return { ...base, kind: 'objective', source: item.source, bands: item.bands.map((b) => ({ atLeast: toNumber(b.atLeast), points: toNumber(b.points) })) };
}

/** What is sent to the schema and to saveConfig (which gives the saved template its new version number). */
export const formToTemplate = (v: TemplateFormValues): unknown => ({ version: v.version, items: v.items.map(itemToBody) });

export const templateErrors = (v: TemplateFormValues) => schemaErrors(scoringTemplateSchema, formToTemplate(v));

/** The subjective items' maximums added up, as the schema adds them (in hundredths); a blank counts 0. */
export function subjectiveSum(items: readonly ItemFormValues[]): number {
  let hundredths = 0;
  for (const item of items) {
    if (item.kind !== 'subjective') continue;
    const n = toNumber(item.maxPoints);
    if (typeof n === 'number') hundredths += Math.round(n * 100);
  }
  return hundredths / 100;
}

/** How far the subjective maximums are from the 100 the criteria's score lines assume (positive: over). */
export const subjectiveGap = (items: readonly ItemFormValues[]): number => Math.round((subjectiveSum(items) - SUBJECTIVE_TOTAL) * 100) / 100;

/**
 * The id of a new item: `item_<n>` past every `item_<n>` ever used. `used` must hold the ids of
 * every saved version and of the items added and removed in this edit: assessments keep scores under
 * item ids, so an id that once meant one question must never come back meaning another.
 */
export function nextItemId(used: Iterable<string>): string {
  let highest = 0;
  for (const id of used) {
    const match = /^item_(\d+)$/.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `item_${highest + 1}`;
}

/** Every item id in these templates (the saved versions, the default). */
export function idsOf(templates: readonly { items: readonly { id: string }[] }[]): string[] {
  return [...new Set(templates.flatMap((t) => t.items.map((i) => i.id)))];
}

export const newSubjectiveItem = (id: string): SubjectiveItemFormValues => ({ id, kind: 'subjective', label: '', maxPoints: '', guide: '' });

/**
 * The index a subjective item moves to one place up (-1) or down (+1), skipping nothing: it swaps
 * with its neighbour only when that is subjective too (objective items keep their places). Null when
 * it cannot move.
 */
export function moveTarget(items: readonly ItemFormValues[], index: number, delta: -1 | 1): number | null {
  const target = index + delta;
  if (items[index]?.kind !== 'subjective' || items[target]?.kind !== 'subjective') return null;
  return target;
}

/** The items with the one at `index` moved one place (see moveTarget); an unchanged copy when it cannot move. */
export function moveItem<T extends ItemFormValues>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = moveTarget(items, index, delta);
  if (target === null) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
