import { Anchor, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A link to another page of the app (a hash route, so a plain href works and middle-click does
 * nothing surprising). In the dark scheme the theme's link blue (primary shade 5) is 3.3:1 on the
 * dark background, below WCAG AA; a paler shade of the same blue is used there.
 */
export function Link({ href, children, ...props }: AnchorProps & { href: string; children: ReactNode }) {
  return (
    <Anchor href={href} c="light-dark(var(--mantine-color-anchor), var(--mantine-color-office-3))" {...props}>
      {children}
    </Anchor>
  );
}
