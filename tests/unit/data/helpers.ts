import { expect } from 'vitest';
import { HybridLogicalClock } from '../../../src-renderer/core/hlc';
import { newId } from '../../../src-renderer/core/ids';
import { ValidationError } from '../../../src-renderer/core/validation';
import { openDatabase, type AirgapDb } from '../../../src-renderer/data/db';
import type { SchemaVersion } from '../../../src-renderer/data/schema';
import type { WriteContext } from '../../../src-renderer/data/write-context';
import { testActor } from '../../shared/actors';

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
    actor: testActor(operator),
    now: () => new Date(now),
    tick: (ms = 1000) => {
      now += ms;
    },
  };
}

/** The field errors a refused write rejects with; fails the test when the write succeeds or throws anything else. */
export async function refusal(write: Promise<unknown>): Promise<Record<string, string>> {
  const error = await write.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}
