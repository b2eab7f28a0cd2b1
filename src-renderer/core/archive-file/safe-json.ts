/**
 * JSON from a file someone else made. `JSON.parse` itself never touches prototypes (it defines own
 * properties), but a parsed `{"__proto__": …}` turns dangerous as soon as a consumer merges or
 * spreads it; so keys that can reach a prototype are refused at any depth, `constructor` and
 * `prototype` included (stricter than secure-json-parse, which only refuses `constructor.prototype`).
 * Nesting is limited too, before parsing (`exceedsDepth`): recursive consumers (zod, structured clone)
 * must not overflow the stack, and a bracket bomb must not be built in memory.
 */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 64;

/**
 * Whether `key` may become a key of a stored record. Ids a user's template defines are keys of the
 * records made with it (a survey's scores by dimension id, an assessment's entries by item id); an
 * id such as `constructor` would make every backup and export refuse to write (writer and reader
 * apply the same rule), so the schemas of those ids refuse it instead.
 */
export const isCarriableKey = (key: string): boolean => !HOSTILE_KEYS.has(key);

// A line that contains none of these cannot have a hostile key: key names appear literally, or
// spelled with \u escapes. Only such lines are walked, so the common case costs one regex test.
const MAYBE_HOSTILE = /__proto__|constructor|prototype|\\u/;

/** Fewer than MAX_DEPTH brackets cannot nest MAX_DEPTH deep (native indexOf: cheap). */
function mayBeTooDeep(text: string): boolean {
  let n = 0;
  for (const bracket of ['{', '[']) {
    for (let i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1)) if (++n > MAX_DEPTH) return true;
  }
  return false;
}

/**
 * The exact nesting depth of JSON text, found in one linear pass over its characters and without
 * parsing it: brackets inside strings do not count. Checked BEFORE `JSON.parse`, because parsing
 * a line of millions of brackets builds millions of arrays first (a 64 KB gzip of 7 M brackets
 * cost 841 MB and 8–12 s before the depth was even looked at). Stops at the first level past
 * `limit`. Malformed text may count wrongly here; the parse that follows refuses it anyway.
 */
export function exceedsDepth(text: string, limit: number = MAX_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

export type JsonProblem = { reason: 'hostile'; key: string } | { reason: 'too-deep' };

/** The first problem found in a parsed value, or null. Iterative: depth cannot overflow the stack. */
export function findJsonProblem(value: unknown): JsonProblem | null {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > MAX_DEPTH) return { reason: 'too-deep' };
    if (Array.isArray(current)) {
      for (const item of current) if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(current)) {
      if (HOSTILE_KEYS.has(key)) return { reason: 'hostile', key };
      const item = (current as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
    }
  }
  return null;
}

export type SafeParseResult = { ok: true; value: unknown } | ({ ok: false } & (JsonProblem | { reason: 'syntax' }));

/** Parses one line of JSON text; never throws. */
export function parseJsonSafely(text: string): SafeParseResult {
  if (mayBeTooDeep(text) && exceedsDepth(text)) return { ok: false, reason: 'too-deep' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  const problem = needsWalk(text) ? findJsonProblem(value) : null;
  return problem ? { ok: false, ...problem } : { ok: true, value };
}

function needsWalk(text: string): boolean {
  return MAYBE_HOSTILE.test(text) || mayBeTooDeep(text);
}

/** The writer's check of a line it made: the same rule, so it never writes what a reader refuses. */
export function lineProblem(text: string): JsonProblem | null {
  if (mayBeTooDeep(text) && exceedsDepth(text)) return { reason: 'too-deep' };
  return needsWalk(text) ? findJsonProblem(JSON.parse(text)) : null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
