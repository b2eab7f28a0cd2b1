import { shownReasons, type GradeDecision } from '../../core/grading';
import type { Locale } from '../../core/locale';
import type { Translate } from '../../i18n';

/**
 * What a run's row says of a grading: the deciding sentence, by the one renderer of grade decisions
 * (core/grading/explain.ts) — the stored Chinese sentence in zh-CN, the decision rendered in en-US.
 */
export function reasonOf(entry: { decision: GradeDecision; reasons: readonly string[] }, t: Translate, locale: Locale): string {
  return shownReasons(entry, t, locale).sentence;
}
