import type { Table } from 'dexie';
import type { Lineage } from '../../core/exchange/lineage';
import type { ExchangeKind } from '../../core/exchange/kinds';
import type { AirgapDb } from '../db';

/** The stored lineage of a record (core/exchange/lineage.ts), keyed by the record's id. */
export interface LineageRow {
  id: string;
  kind: ExchangeKind;
  seen: Lineage;
}

export function lineageTable(db: AirgapDb): Table<LineageRow, string> {
  return db.table('lineages');
}
