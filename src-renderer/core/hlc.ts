/**
 * Hybrid logical clock (Kulkarni et al., 2014): a timestamp that follows wall time, never goes
 * backwards on one installation, and moves past every timestamp it has seen from another one.
 * Every record's `rev` is one of these, so "newer" means the same thing in every department.
 *
 * Encoded as a fixed-width string so that string order is time order (index-friendly):
 *   `0001970000000000-0000`  = 16 hex digits of milliseconds since 1970, '-', 4 hex digits of counter.
 */
export interface HlcTimestamp {
  readonly wallMs: number;
  readonly counter: number;
}

export const HLC_MAX_COUNTER = 0xffff;
/** A remote clock further ahead of ours than this is refused: a wrong PC clock must not poison every rev. */
export const HLC_DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000;
/**
 * How far a received rev may pull this clock ahead of this PC's time. A file whose revs are up to
 * HLC_DEFAULT_MAX_DRIFT_MS ahead is accepted as data, but following it would stamp every later local
 * write of every record with the sender's wrong time (and once ahead, a clock never comes back).
 * Five minutes covers ordinary differences between PC clocks, as the complaint intake's tolerance
 * does; beyond it the clock stays, and a write on top of a version ahead of it still sorts after
 * that version through `nowAfter` (records.ts), which is the only order merging needs.
 */
export const HLC_MAX_RECEIVE_LEAD_MS = 5 * 60 * 1000;

export class HlcError extends Error {
  constructor(
    readonly code: 'drift' | 'counter-overflow' | 'malformed',
    message: string,
  ) {
    super(message);
    this.name = 'HlcError';
  }
}

const REV_PATTERN = /^[0-9a-f]{16}-[0-9a-f]{4}$/;

export function encodeHlc(ts: HlcTimestamp): string {
  return `${ts.wallMs.toString(16).padStart(16, '0')}-${ts.counter.toString(16).padStart(4, '0')}`;
}

export function decodeHlc(rev: string): HlcTimestamp {
  if (!REV_PATTERN.test(rev)) throw new HlcError('malformed', `not an HLC timestamp: ${rev.slice(0, 40)}`);
  return { wallMs: parseInt(rev.slice(0, 16), 16), counter: parseInt(rev.slice(17), 16) };
}

export function isHlc(rev: unknown): rev is string {
  return typeof rev === 'string' && REV_PATTERN.test(rev);
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The HLC of one installation. Not thread-safe by design: the renderer is single-threaded. */
export class HybridLogicalClock {
  private last: HlcTimestamp;

  constructor(
    private readonly physicalNow: () => number = Date.now,
    start?: string,
    private readonly maxDriftMs = HLC_DEFAULT_MAX_DRIFT_MS,
  ) {
    this.last = start ? decodeHlc(start) : { wallMs: 0, counter: 0 };
  }

  /** Timestamp for a local event (a write). */
  now(): string {
    const physical = this.physicalNow();
    if (physical > this.last.wallMs) {
      this.last = { wallMs: physical, counter: 0 };
    } else {
      this.last = { wallMs: this.last.wallMs, counter: this.bump(this.last.counter) };
    }
    return encodeHlc(this.last);
  }

  /**
   * Timestamp for a local write that replaces the version `replacedRev`: after it, whatever this
   * clock says. A version received from a PC whose clock runs ahead (within the drift limit) may be
   * ahead of this clock, which does not follow it that far (HLC_MAX_RECEIVE_LEAD_MS); an edit made
   * on top of it must still win over it everywhere, or it would be taken for an older version.
   * The clock itself is not moved past its lead: only this one write's rev follows the version.
   */
  nowAfter(replacedRev: string): string {
    const own = this.now();
    if (compareHlc(own, replacedRev) > 0) return own;
    const replaced = decodeHlc(replacedRev);
    return encodeHlc(
      replaced.counter < HLC_MAX_COUNTER ? { wallMs: replaced.wallMs, counter: replaced.counter + 1 } : { wallMs: replaced.wallMs + 1, counter: 0 },
    );
  }

  /**
   * Advance past a timestamp received from another installation (an imported record) — but never
   * further than HLC_MAX_RECEIVE_LEAD_MS ahead of this PC's time: a rev further ahead (within the
   * drift limit) is accepted as data, and the clock goes only as far as the lead allows.
   */
  receive(remoteRev: string): string {
    const decoded = decodeHlc(remoteRev);
    const physical = this.physicalNow();
    if (decoded.wallMs - physical > this.maxDriftMs) {
      throw new HlcError('drift', `remote clock is ${decoded.wallMs - physical} ms ahead of ours`);
    }
    const lead = physical + HLC_MAX_RECEIVE_LEAD_MS;
    const remote = decoded.wallMs > lead ? { wallMs: lead, counter: 0 } : decoded;
    const wallMs = Math.max(this.last.wallMs, remote.wallMs, physical);
    let counter: number;
    if (wallMs === this.last.wallMs && wallMs === remote.wallMs) counter = this.bump(Math.max(this.last.counter, remote.counter));
    else if (wallMs === this.last.wallMs) counter = this.bump(this.last.counter);
    else if (wallMs === remote.wallMs) counter = this.bump(remote.counter);
    else counter = 0;
    this.last = { wallMs, counter };
    return encodeHlc(this.last);
  }

  /** The last timestamp issued or received (for persistence and tests). */
  peek(): string {
    return encodeHlc(this.last);
  }

  private bump(counter: number): number {
    if (counter >= HLC_MAX_COUNTER) throw new HlcError('counter-overflow', 'HLC counter overflow');
    return counter + 1;
  }
}
