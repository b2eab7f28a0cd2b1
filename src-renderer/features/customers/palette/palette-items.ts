import type { MatchRange } from '../../../core/search';
import type { AttachmentHit } from '../../../data/attachments';
import type { CustomerHit } from '../../../data/customers';
import type { MessageKey, Translate } from '../../../i18n';
import { customerLevelLabel } from '../../../i18n/enum-labels';
import { nameRanges, phoneHit } from '../shared/highlight';

/** One line of the palette: what it says, what of it matched, where it goes. */
export interface PaletteItem {
  id: string;
  kind: 'customer' | 'file' | 'action' | 'section';
  label: string;
  ranges: MatchRange[];
  description?: string;
  path: string;
}

/** A section of the app the palette can go to: the app passes its own route list (features may not import it). */
export interface PaletteSection {
  path: string;
  label: MessageKey;
}

/** A command matches when its words or their pinyin do ('xj' finds 新建客户, 'sz' 系统设置); all show when the query is empty. */
function command(id: string, kind: PaletteItem['kind'], label: string, path: string, query: string): PaletteItem | null {
  if (query.trim() === '') return { id, kind, label, ranges: [], path };
  const ranges = nameRanges(label, query);
  return ranges.length > 0 ? { id, kind, label, ranges, path } : null;
}

/** What the signed-in user may do from the palette (issue 15.3): a write action shows only to a user whose roles allow it. */
export interface PaletteAllowed {
  /** 新建客户: creating a customer record (core `canWriteRecord`; 查阅 may not). */
  createCustomer: boolean;
}

/**
 * Customers first (that is what Ctrl+K is mostly for), then files found by title or file name (issue
 * 18.4: each opens its customer's 附件 tab), then the actions the user may do, then sections.
 */
export function paletteItems(
  query: string,
  hits: readonly CustomerHit[] | null,
  sections: readonly PaletteSection[],
  t: Translate,
  allowed: PaletteAllowed,
  fileHits: readonly AttachmentHit[] = [],
): PaletteItem[] {
  const seen = new Set<string>();
  const customers: PaletteItem[] = [];
  for (const hit of hits ?? []) {
    const c = hit.customer;
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    // Short name and level tell apart units of similar names (many 总体设计部).
    let description = [c.shortName, t(customerLevelLabel(c.level))].filter(Boolean).join(' · ');
    if (hit.via === 'contact' && hit.contact) {
      const phone = phoneHit(hit.contact.phones, query);
      description = `${t('customers.list.viaContact')}${hit.contact.name}${phone ? ` · ${phone.phone}` : ''}`;
    }
    customers.push({ id: `customer:${c.id}`, kind: 'customer', label: c.name, ranges: nameRanges(c.name, query), description, path: `/customers/${c.id}` });
  }
  const files: PaletteItem[] = fileHits.map(({ attachment: a, customer: c }) => ({
    id: `file:${a.id}`,
    kind: 'file',
    label: a.title,
    ranges: nameRanges(a.title, query),
    description: `${a.fileName} · ${c.name}`,
    path: `/customers/${c.id}/attachments`,
  }));
  const actions = [
    allowed.createCustomer ? command('action:new', 'action', t('customers.new'), '/customers/new', query) : null,
    ...sections.map((s) => command(`section:${s.path}`, 'section', t(s.label), s.path, query)),
  ].filter((i): i is PaletteItem => i !== null);
  return [...customers, ...files, ...actions];
}
