import { Mark } from '@mantine/core';
import type { MatchRange } from '../../../core/search';
import { splitByRanges } from './highlight';

/** Text with the matched characters marked (<mark>, so screen readers and tests can see them too). */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {splitByRanges(text, ranges).map((part, i) =>
        part.marked ? (
          <Mark key={i} color="yellow">
            {part.text}
          </Mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
