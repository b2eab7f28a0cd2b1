import { Badge, type BadgeProps } from '@mantine/core';
import type { Grade } from '../core/grading';
import { useT } from '../i18n/react';

/** One colour per grade everywhere (list, customer page, runs, charts): key customers stand out. */
export const GRADE_COLORS: Record<Grade, string> = { AAA: 'teal', AA: 'blue', A: 'gray', B: 'orange' };

/**
 * The exact shade of each grade's badge (and of its chart slice, so legend and chart agree). The
 * theme's filled shade (7 light, 5 dark) puts white text on teal or orange at 2–3:1, below WCAG AA
 * (axe: color-contrast); these pass 4.5:1 in both schemes — white on teal 9, blue 8 and gray 7 —
 * and orange, which no shade makes readable in white, carries black text.
 */
export const GRADE_SHADES: Record<Grade, string> = { AAA: 'teal.9', AA: 'blue.8', A: 'gray.7', B: 'orange.6' };
const GRADE_TEXT: Record<Grade, string> = { AAA: 'white', AA: 'white', A: 'white', B: 'black' };

/** A customer's grade as a badge; "未定级" when it has none. The letters are the same in every language. */
export function GradeBadge({ grade, size = 'md' }: { grade: Grade | null | undefined; size?: BadgeProps['size'] }) {
  const t = useT();
  if (!grade) {
    // The outline's grey text would be 3.3:1; the app's dimmed text colour passes in both schemes.
    return (
      <Badge color="gray" variant="outline" size={size} radius="sm" c="dimmed" tt="none" data-grade="none">
        {t('grade.none')}
      </Badge>
    );
  }
  return (
    <Badge color={GRADE_SHADES[grade]} c={GRADE_TEXT[grade]} variant="filled" size={size} radius="sm" data-grade={grade}>
      {grade}
    </Badge>
  );
}
