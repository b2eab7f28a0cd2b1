import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, decodeHlc, encodeHlc, HLC_MAX_RECEIVE_LEAD_MS, HlcError, HybridLogicalClock } from '../../../src-renderer/core/hlc';

describe('hybrid logical clock', () => {
  it('encodes so that string order is time order', () => {
    expect(encodeHlc({ wallMs: 1, counter: 2 })).toBe('0000000000000001-0002');
    expect(decodeHlc(encodeHlc({ wallMs: 1_764_000_000_000, counter: 65535 }))).toEqual({ wallMs: 1_764_000_000_000, counter: 65535 });
    expect(() => decodeHlc('2026-11-26')).toThrow(HlcError);
  });

  it('never goes backwards when the wall clock does', () => {
    let wall = 1000;
    const clock = new HybridLogicalClock(() => wall);
    const a = clock.now();
    wall = 500; // the PC clock was set back
    const b = clock.now();
    expect(compareHlc(b, a)).toBe(1);
    expect(decodeHlc(b)).toEqual({ wallMs: 1000, counter: 1 });
  });

  it('starts past a persisted timestamp', () => {
    const clock = new HybridLogicalClock(() => 10, encodeHlc({ wallMs: 50, counter: 3 }));
    expect(clock.now()).toBe(encodeHlc({ wallMs: 50, counter: 4 }));
  });

  it('moves past a received timestamp', () => {
    const clock = new HybridLogicalClock(() => 100);
    const received = clock.receive(encodeHlc({ wallMs: 200, counter: 7 }));
    expect(received).toBe(encodeHlc({ wallMs: 200, counter: 8 }));
    expect(compareHlc(clock.now(), received)).toBe(1);
  });

  it('refuses a remote clock beyond the drift limit', () => {
    const clock = new HybridLogicalClock(() => 0, undefined, 1000);
    expect(() => clock.receive(encodeHlc({ wallMs: 1001, counter: 0 }))).toThrow(/ahead/);
    expect(() => clock.receive(encodeHlc({ wallMs: 1000, counter: 0 }))).not.toThrow();
  });

  it('property: every issued timestamp is greater than everything issued before, and than every rev received within the lead', () => {
    const event = fc.oneof(
      fc.record({ kind: fc.constant('local' as const), wall: fc.integer({ min: 0, max: 1e6 }) }),
      fc.record({
        kind: fc.constant('remote' as const),
        wall: fc.integer({ min: 0, max: 1e6 }),
        remoteWall: fc.integer({ min: 0, max: 1e6 }),
        counter: fc.integer({ min: 0, max: 1000 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        let wall = 0;
        const clock = new HybridLogicalClock(() => wall, undefined, Number.MAX_SAFE_INTEGER);
        let highest = encodeHlc({ wallMs: 0, counter: 0 });
        for (const e of events) {
          wall = e.wall;
          let issued: string;
          if (e.kind === 'local') issued = clock.now();
          else {
            const remote = encodeHlc({ wallMs: e.remoteWall, counter: e.counter });
            issued = clock.receive(remote);
            // Issue 14.3: the clock follows a received rev only up to HLC_MAX_RECEIVE_LEAD_MS ahead of physical time.
            if (e.remoteWall <= e.wall + HLC_MAX_RECEIVE_LEAD_MS) expect(compareHlc(issued, remote)).toBe(1);
            else expect(decodeHlc(issued).wallMs).toBeLessThanOrEqual(Math.max(decodeHlc(highest).wallMs, e.wall + HLC_MAX_RECEIVE_LEAD_MS));
          }
          expect(compareHlc(issued, highest)).toBe(1);
          highest = issued;
        }
      }),
    );
  });
});

describe('the clock and received revs far ahead (issue 14.3)', () => {
  it('receive never moves the clock further than HLC_MAX_RECEIVE_LEAD_MS ahead of physical time', () => {
    const physical = 1_000_000_000;
    const clock = new HybridLogicalClock(() => physical);
    clock.receive(encodeHlc({ wallMs: physical + 3600_000, counter: 5 }));
    expect(decodeHlc(clock.peek()).wallMs).toBeLessThanOrEqual(physical + HLC_MAX_RECEIVE_LEAD_MS);
    // Within the lead, the clock follows as a hybrid logical clock does.
    const near = new HybridLogicalClock(() => physical);
    near.receive(encodeHlc({ wallMs: physical + 1000, counter: 5 }));
    expect(near.peek()).toBe(encodeHlc({ wallMs: physical + 1000, counter: 6 }));
  });

  it('nowAfter stamps a write after the version it replaces without moving the clock there', () => {
    const physical = 1_000_000_000;
    const clock = new HybridLogicalClock(() => physical);
    const ahead = encodeHlc({ wallMs: physical + 3600_000, counter: 7 });
    const rev = clock.nowAfter(ahead);
    expect(rev > ahead).toBe(true);
    expect(clock.nowAfter(rev) > rev).toBe(true);
    expect(decodeHlc(clock.now()).wallMs).toBe(physical);
    // A replaced version behind the clock: an ordinary tick.
    expect(clock.nowAfter(encodeHlc({ wallMs: 1, counter: 0 }))).toBe(encodeHlc({ wallMs: physical, counter: 3 }));
    expect(clock.nowAfter(encodeHlc({ wallMs: physical + 5, counter: 0xffff }))).toBe(encodeHlc({ wallMs: physical + 6, counter: 0 }));
  });
});
