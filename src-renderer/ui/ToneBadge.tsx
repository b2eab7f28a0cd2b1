import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A status badge (合作中, 在岗, 处理中…) whose text passes WCAG AA in both schemes. Mantine's light
 * variant writes green or yellow on its own tint at 2.5–3.8:1 (axe: color-contrast, even at shade
 * 9); the dot variant keeps the label in the normal text colour and shows the tone as a dot.
 */
export function ToneBadge({ color = 'office', children, ...props }: Omit<BadgeProps, 'color' | 'variant'> & { color?: string; children: ReactNode }) {
  return (
    <Badge variant="dot" radius="sm" color={color} tt="none" {...props}>
      {children}
    </Badge>
  );
}
