import { DEFAULT_COMPLAINT_SETTINGS, type ComplaintSettings } from '../../core/complaints';
import type { Locale } from '../../core/locale';
import { GRADES } from '../../core/grading';
import { COMPLAINT_SEVERITIES } from '../../core/model';
import type { Translate } from '../../i18n';
import { formatDay, joinList } from '../../ui/format';

/**
 * One save of the complaint settings in words, one line per thing that changed (受理期限 AAA 严重：1 → 2 天,
 * 新增节假日 2027年2月11日) — what the settings' history and 系统设置's profile history show instead of
 * the stored object. A save that changed nothing says so.
 */
export function describeSettingsChange(before: ComplaintSettings | null | undefined, after: ComplaintSettings, t: Translate, locale: Locale): string[] {
  const old = before ?? DEFAULT_COMPLAINT_SETTINGS;
  const lines: string[] = [];
  if ((old.departmentCode ?? null) !== (after.departmentCode ?? null)) {
    lines.push(
      t('complaints.change.code', { before: old.departmentCode ?? t('complaints.change.none'), after: after.departmentCode ?? t('complaints.change.none') }),
    );
  }
  const a = old.deadlines;
  const b = after.deadlines;
  for (const grade of GRADES) {
    for (const severity of COMPLAINT_SEVERITIES) {
      const [from, to] = [a.acknowledgeDays[grade][severity], b.acknowledgeDays[grade][severity]];
      if (from !== to) lines.push(t('complaints.change.acknowledge', { grade, severity: t(`complaints.severity.${severity}`), before: from, after: to }));
    }
  }
  for (const severity of COMPLAINT_SEVERITIES) {
    const [from, to] = [a.closeAfterAnswerDays[severity], b.closeAfterAnswerDays[severity]];
    if (from !== to) lines.push(t('complaints.change.closeAfter', { severity: t(`complaints.severity.${severity}`), before: from, after: to }));
  }
  if (a.dayCount !== b.dayCount) {
    lines.push(
      t('complaints.change.dayCount', { before: t(`complaints.settings.dayCount.${a.dayCount}`), after: t(`complaints.settings.dayCount.${b.dayCount}`) }),
    );
  }
  const days = (list: readonly string[]) =>
    joinList(
      list.map((d) => formatDay(d, locale)),
      locale,
    );
  const listChange = (
    from: readonly string[],
    to: readonly string[],
    added: 'complaints.change.holidaysAdded' | 'complaints.change.makeUpAdded',
    removed: 'complaints.change.holidaysRemoved' | 'complaints.change.makeUpRemoved',
  ) => {
    const gained = to.filter((d) => !from.includes(d));
    const lost = from.filter((d) => !to.includes(d));
    if (gained.length > 0) lines.push(t(added, { days: days(gained) }));
    if (lost.length > 0) lines.push(t(removed, { days: days(lost) }));
  };
  listChange(a.holidays, b.holidays, 'complaints.change.holidaysAdded', 'complaints.change.holidaysRemoved');
  listChange(a.makeUpWorkdays, b.makeUpWorkdays, 'complaints.change.makeUpAdded', 'complaints.change.makeUpRemoved');
  return lines.length > 0 ? lines : [t('complaints.change.nothing')];
}
