import { Badge, type BadgeProps } from '@mantine/core';
import type { Grade } from '../core/grading';
import { useT } from '../i18n/react';

/** One colour per grade everywhere (list, customer page, runs, charts): key customers stand out. */
export const GRADE_COLORS: Record<Grade, string> = { AAA: 'teal', AA: 'blue', A: 'gray', B: 'orange' };

/**
 * The badge's fill: the grade's colour at a shade where white letters pass WCAG AA (4.5:1) — the
 * default filled shade 6 gives 2.5–3.6:1 for teal, blue and orange (axe: color-contrast). Mantine's
 * darkest orange is still 4.3:1, so B takes a deeper orange of the same hue (5.2:1).
 */
const BADGE_FILL: Record<Grade, string> = { AAA: 'teal.9', AA: 'blue.8', A: 'gray.7', B: '#c2410c' };

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
    <Badge color={BADGE_FILL[grade]} variant="filled" size={size} radius="sm" data-grade={grade}>
      {grade}
    </Badge>
  );
}
