import { Badge, type BadgeProps } from '@mantine/core';
import type { Grade } from '../core/grading';
import { useT } from '../i18n/react';

/** One colour per grade everywhere (list, customer page, runs, charts): key customers stand out. */
export const GRADE_COLORS: Record<Grade, string> = { AAA: 'teal', AA: 'blue', A: 'gray', B: 'orange' };

/**
 * The badge's fill: the same hues at a shade whose letters pass WCAG AA (≥ 4.5:1) in both schemes.
 * Mantine's default filled shade (teal 7 light, teal 5 dark) carries white letters at 2.1–3.1:1
 * (axe: color-contrast); autoContrast then writes B's letters dark on its lighter orange.
 */
const BADGE_FILL: Record<Grade, string> = { AAA: 'teal.9', AA: 'blue.8', A: 'gray.7', B: 'orange.6' };

/** A customer's grade as a badge; "未定级" when it has none. The letters are the same in every language. */
export function GradeBadge({ grade, size = 'md' }: { grade: Grade | null | undefined; size?: BadgeProps['size'] }) {
  const t = useT();
  if (!grade) {
    return (
      <Badge color="gray" variant="outline" size={size} radius="sm">
        {t('grade.none')}
      </Badge>
    );
  }
  return (
    <Badge color={BADGE_FILL[grade]} autoContrast variant="filled" size={size} radius="sm" data-grade={grade}>
      {grade}
    </Badge>
  );
}
