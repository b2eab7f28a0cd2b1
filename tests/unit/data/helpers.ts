import { HybridLogicalClock } from '../../../src-renderer/core/hlc';
import { newId } from '../../../src-renderer/core/ids';
import { openDatabase, type AirgapDb } from '../../../src-renderer/data/db';
import type { SchemaVersion } from '../../../src-renderer/data/schema';
import type { WriteContext } from '../../../src-renderer/data/write-context';

let counter = 0;

/** A fresh database of its own per test (fake-indexeddb), so tests never share state. */
export async function freshDb(versions?: readonly SchemaVersion[]): Promise<AirgapDb> {
  counter += 1;
  return openDatabase(`test-${counter}-${newId()}`, versions);
}

/** A write context with a controllable clock and time. */
export function testContext(operator = '张伟', startMs = Date.UTC(2026, 10, 26, 8, 0, 0)): WriteContext & { tick: (ms?: number) => void } {
  let now = startMs;
  return {
    clock: new HybridLogicalClock(() => now),
    origin: newId(),
    operator,
    now: () => new Date(now),
    tick: (ms = 1000) => {
      now += ms;
    },
  };
}
