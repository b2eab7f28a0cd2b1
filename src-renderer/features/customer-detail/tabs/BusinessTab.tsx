import { Stack } from '@mantine/core';
import { BenefitsSection } from './BenefitsSection';
import { SettlementsSection } from './SettlementsSection';

/** 经营数据: the yearly figures grading reads, and the receivables payment stability is derived from. */
export function BusinessTab({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  return (
    <Stack gap="xl">
      <BenefitsSection customerId={customerId} readOnly={readOnly} />
      <SettlementsSection customerId={customerId} readOnly={readOnly} />
    </Stack>
  );
}
