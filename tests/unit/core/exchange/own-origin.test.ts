import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../../src-renderer/core/hlc';
import { classificationAbove, ClassificationTally } from '../../../../src-renderer/core/exchange/classification-check';
import { ownLineageForged, ownVersionForged } from '../../../../src-renderer/core/exchange/own-origin';

const ME = '0195a3b0-0000-7000-8000-000000000001';
const THEM = '0195a3b0-0000-7000-8000-000000000002';
const rev = (ms: number) => encodeHlc({ wallMs: ms, counter: 0 });

describe('versions claiming this installation as origin (issue 14.3)', () => {
  it('holds its own versions up to the highest own rev the local version has seen', () => {
    const local = { origin: ME, rev: rev(20) };
    expect(ownVersionForged(ME, { origin: ME, rev: rev(20) }, local, undefined)).toBe(false);
    expect(ownVersionForged(ME, { origin: ME, rev: rev(10) }, local, undefined)).toBe(false);
    expect(ownVersionForged(ME, { origin: ME, rev: rev(21) }, local, undefined)).toBe(true);
    // Nothing of the record here: no version of it was made here.
    expect(ownVersionForged(ME, { origin: ME, rev: rev(1) }, undefined, undefined)).toBe(true);
    // Another installation's versions are not this rule's business.
    expect(ownVersionForged(ME, { origin: THEM, rev: rev(99) }, undefined, undefined)).toBe(false);
  });

  it('counts the own versions a foreign local version was made on (its stored lineage)', () => {
    const local = { origin: THEM, rev: rev(30) };
    expect(ownVersionForged(ME, { origin: ME, rev: rev(20) }, local, { [ME]: rev(20) })).toBe(false);
    expect(ownVersionForged(ME, { origin: ME, rev: rev(25) }, local, { [ME]: rev(20) })).toBe(true);
  });

  it('refuses a lineage that claims an own version beyond what is held', () => {
    const local = { origin: ME, rev: rev(20) };
    expect(ownLineageForged(ME, { [ME]: rev(20), [THEM]: rev(50) }, local, undefined)).toBe(false);
    expect(ownLineageForged(ME, { [ME]: rev(21) }, local, undefined)).toBe(true);
    expect(ownLineageForged(ME, { [ME]: rev(1) }, undefined, undefined)).toBe(true);
    expect(ownLineageForged(ME, { [THEM]: rev(1) }, undefined, undefined)).toBe(false);
    expect(ownLineageForged(ME, undefined, undefined, undefined)).toBe(false);
  });
});

describe('classification found against declared (issue 14.4)', () => {
  it('is above only when the records hold more than the manifest declares', () => {
    const tally = new ClassificationTally();
    for (const classification of ['internal', undefined, 'confidential', 'secret']) tally.add({ classification });
    expect(tally.highest).toBe('confidential');
    expect(tally.above('internal')).toBe('confidential');
    expect(tally.above('confidential')).toBeNull();
    expect(tally.above(null)).toBe('confidential');
    expect(classificationAbove(null, null)).toBeNull();
    expect(classificationAbove('secret', 'internal')).toBeNull();
  });
});
