import { Box } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { splitSentence } from './sentence';

/**
 * A rule sentence of the catalog with its `{gaps}` filled by `fill` (a number input, or a figure
 * as text): the editor reads as the rule does ("年综合效益 ≥ [200] 万元 或 合作 ≥ [2] 年…").
 */
export function SentenceWithInputs({ template, fill }: { template: string; fill: (slot: string) => ReactNode }) {
  return (
    <Box fz="sm" lh={2.4}>
      {splitSentence(template).map((part, i) => (
        <Fragment key={i}>
          {'text' in part ? (
            part.text
          ) : (
            <Box component="span" mx={4} display="inline-block" style={{ verticalAlign: 'middle' }}>
              {fill(part.slot)}
            </Box>
          )}
        </Fragment>
      ))}
    </Box>
  );
}
