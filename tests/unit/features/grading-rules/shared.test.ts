// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, DEFAULT_TEMPLATE } from '../../../../src-renderer/core/grading';
import { encodeHlc } from '../../../../src-renderer/core/hlc';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { currentConfig, saveConfig, type ConfigKind } from '../../../../src-renderer/data/grading';
import { figureText, sameBody, savedAtOf } from '../../../../src-renderer/features/grading-rules/shared/config-form';
import { DEFAULT_VERSION, isDefaultBody } from '../../../../src-renderer/features/grading-rules/shared/defaults';
import { freshDb, testContext } from '../../data/helpers';

let db: AirgapDb | undefined;
afterEach(() => db?.close());

describe('defaults', () => {
  it('number each default as the storage does', async () => {
    db = await freshDb();
    for (const kind of ['template', 'criteria', 'policy'] as ConfigKind[]) expect(DEFAULT_VERSION[kind], kind).toBe((await currentConfig(db, kind)).version);
  });

  it('a restored template is the default whatever version number it carries; a change is not', async () => {
    db = await freshDb();
    const ctx = testContext();
    const restored = await saveConfig(db, 'template', DEFAULT_TEMPLATE, { note: '' }, ctx);
    expect(restored.body.version).toBe(2);
    expect(isDefaultBody('template', restored.body)).toBe(true);
    const items = DEFAULT_TEMPLATE.items.map((i) => (i.id === 'potential' ? { ...i, guide: '另写' } : i));
    expect(isDefaultBody('template', { version: 1, items })).toBe(false);
    expect(isDefaultBody('criteria', { ...DEFAULT_CRITERIA })).toBe(true);
    expect(isDefaultBody('criteria', { ...DEFAULT_CRITERIA, aaaBenefitWan: 201 })).toBe(false);
  });
});

describe('config helpers', () => {
  it('compare bodies by value, whatever the key order', () => {
    expect(sameBody({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameBody({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameBody([1, 2], [2, 1])).toBe(false);
    expect(sameBody([1], { 0: 1 })).toBe(false);
    expect(sameBody(null, {})).toBe(false);
  });

  it('date a version by the wall time of its rev (versions are never edited)', () => {
    const ms = Date.UTC(2026, 10, 27, 4, 5, 6);
    expect(savedAtOf({ rev: encodeHlc({ wallMs: ms, counter: 3 }) })).toBe('2026-11-27T04:05:06.000Z');
  });

  it('write a figure as the rules read it, or the blank mark', () => {
    expect(figureText(12.5, '？')).toBe('12.5');
    expect(figureText('1,200', '？')).toBe('1200');
    expect(figureText('', '？')).toBe('？');
    expect(figureText('abc', '？')).toBe('？');
  });
});
