import { Code, Table } from '@mantine/core';
import type { CardPreview } from '../../data/exchange';
import { useT } from '../../i18n/react';
import { shortRecipient } from './file-names';

/** A verified key card, as the user checks it: department, organisation, fingerprint (read over the phone), age key. */
export function KeyCardTable({ card }: { card: CardPreview['card'] }) {
  const t = useT();
  return (
    <Table variant="vertical" withTableBorder data-testid="card-preview">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th w={140}>{t('exchange.directory.name')}</Table.Th>
          <Table.Td>{card.department}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('exchange.directory.organisation')}</Table.Th>
          <Table.Td>{card.organisation}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('exchange.directory.fingerprint')}</Table.Th>
          <Table.Td>
            <Code fz="md" fw={700}>
              {card.fingerprint}
            </Code>
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('exchange.directory.recipient')}</Table.Th>
          <Table.Td>
            <Code title={card.ageRecipient}>{shortRecipient(card.ageRecipient)}</Code>
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
