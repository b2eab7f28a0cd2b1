import { Badge, type BadgeProps } from '@mantine/core';
import type { Grade } from '../core/grading';
import { useT } from '../i18n/react';

/** One colour per grade everywhere (list, customer page, runs, charts): key customers stand out. */
export const GRADE_COLORS: Record<Grade, string> = { AAA: 'teal', AA: 'blue', A: 'gray', B: 'orange' };

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
    <Badge color={GRADE_COLORS[grade]} variant="filled" size={size} radius="sm" data-grade={grade}>
      {grade}
    </Badge>
  );
}
