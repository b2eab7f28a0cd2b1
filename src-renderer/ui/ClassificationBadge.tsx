import { Badge } from '@mantine/core';
import { formatMark, type ClassificationMark } from '../core/classification';

const COLOR: Record<ClassificationMark['level'], string> = { public: 'gray', internal: 'blue', secret: 'orange', confidential: 'red' };

/** The mark exactly as printed (always in Chinese: it is an official marking, not UI text). */
export function ClassificationBadge({ mark, title }: { mark: ClassificationMark; title?: string }) {
  return (
    <Badge color={COLOR[mark.level]} variant="light" size="lg" radius="sm" title={title} data-testid="classification-mark">
      {formatMark(mark)}
    </Badge>
  );
}
