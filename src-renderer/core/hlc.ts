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

  /** Advance past a timestamp received from another installation (an imported record). */
  receive(remoteRev: string): string {
    const remote = decodeHlc(remoteRev);
    const physical = this.physicalNow();
    if (remote.wallMs - physical > this.maxDriftMs) {
      throw new HlcError('drift', `remote clock is ${remote.wallMs - physical} ms ahead of ours`);
    }
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
