import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Just enough source-map reading to answer "which source line produced this bundled line?".
 * Bundling drops `//` comments, so an `// eng-disable` justification can only be found on the source
 * line; a full source-map library is not a dependency of this project, and this is 40 lines.
 */

interface RawSourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  mappings: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    if (digit < 0) throw new Error(`bad VLQ character ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export interface OriginalLine {
  source: string;
  line: number;
  text: string;
}

/** The source line behind generated `line` (1-based) and `column` (0-based), or null when unmapped. */
export function originalLine(mapFile: string, line: number, column: number): OriginalLine | null {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap;
  const lines = map.mappings.split(';');
  let sourceIndex = 0;
  let sourceLine = 0;
  let found: { source: number; line: number } | null = null;
  for (let i = 0; i < line && i < lines.length; i++) {
    let generatedColumn = 0;
    for (const segment of (lines[i] ?? '').split(',')) {
      if (segment === '') continue;
      const fields = decodeVlq(segment);
      generatedColumn += fields[0] ?? 0;
      if (fields.length < 4) continue;
      sourceIndex += fields[1] ?? 0;
      sourceLine += fields[2] ?? 0;
      // Last mapped segment at or before the column; the first one on the line if none is.
      if (i === line - 1 && (generatedColumn <= column || found === null)) {
        found = { source: sourceIndex, line: sourceLine };
      }
    }
  }
  if (!found) return null;
  const source = resolve(dirname(mapFile), map.sources[found.source] ?? '');
  const content = map.sourcesContent?.[found.source] ?? readFileSync(source, 'utf8');
  return { source, line: found.line + 1, text: content.split('\n')[found.line] ?? '' };
}
