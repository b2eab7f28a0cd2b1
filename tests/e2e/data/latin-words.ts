/**
 * Latin-letter words on a zh-CN screen (issue 17.6: no English in zh-CN). screenshots.spec.ts reads each
 * zh-CN screen's visible text and fails on any run of two or more Latin letters that is not allowed here.
 * Kept short on purpose: every entry says why a Chinese user meets it. No imports (the unit test and the
 * e2e tests both load this file).
 */

/** Whole tokens (a run of letters, digits and . _ : / @ + -) that are codes and numbers, not words. */
const ALLOWED_TOKENS: readonly RegExp[] = [
  // The installation id and other record ids (UUID v4/v7), shown so departments can tell installations apart.
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  // Hashes and fingerprints written in hex (audit chain, backup checksum), 8 hex digits or more.
  /^[0-9a-f]{8,}$/i,
  // An age public key (bech32, "age1" + 58 characters): the exchange key another department imports.
  /^age1[02-9ac-hj-np-z]{58}$/,
  // The signing algorithm's name beside the key fingerprint (签名公钥指纹 (Ed25519)).
  /^Ed25519$/,
  // Codes of the department and of complaints: capitals and digits, at least one digit (KF3, TS-KF3-2026-0001).
  /^(?=[A-Z0-9-]*\d)[A-Z0-9]+(-[A-Z0-9]+)*$/,
  // The date format's notation, as the national standard writes it (GB/T 7408): date fields' hint and message.
  /^YYYY-MM-DD$/,
  // The address the browser build keeps its data under (数据位置 when run without the desktop shell).
  /^https?:\/\/[\w.:-]+\/?$/,
];

/** Words allowed inside any token (case-insensitive). */
const ALLOWED_WORDS: readonly string[] = [
  'Airgap', // the product's name (Airgap CRM)
  'CRM', // the product's name
  'AAA', // customer grades AAA/AA/A/B (single letters are not words: never reported)
  'AA',
  'Excel', // the spreadsheet programs a user imports from, by their product names
  'WPS',
  'PDF', // file formats a user picks and sees as file types
  'CSV',
  'XLSX',
  'XLS',
  'age', // the file-encryption format of the exchange files and its key type (加密交换公钥 (age))
  'English', // the language switch names each language in itself (简体中文 / English)
  'KB', // units of file size (an attachment's size)
  'MB', // units of file size
  'GB',
];

const TOKEN = /[A-Za-z0-9][A-Za-z0-9._:/@+-]*/g;
const WORD = /[A-Za-z]{2,}/g;
const allowedWords = new Set(ALLOWED_WORDS.map((word) => word.toLowerCase()));

export interface LatinWord {
  word: string;
  /** The text around it (for the failure message). */
  context: string;
}

/**
 * The Latin-letter words in `text` that are not allowed above, each once, with where it first appears.
 * `data`: what the test itself typed in Latin letters (login names): the user's data, not the screen's words.
 */
export function latinWords(text: string, data: readonly string[] = []): LatinWord[] {
  const typed = new Set(data.map((word) => word.toLowerCase()));
  const found = new Map<string, LatinWord>();
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0].replace(/[.:/@+-]+$/, '');
    if (ALLOWED_TOKENS.some((pattern) => pattern.test(token))) continue;
    for (const word of token.match(WORD) ?? []) {
      if (allowedWords.has(word.toLowerCase()) || typed.has(word.toLowerCase()) || found.has(word)) continue;
      const at = match.index;
      const context = text
        .slice(Math.max(0, at - 20), at + token.length + 20)
        .replace(/\s+/g, ' ')
        .trim();
      found.set(word, { word, context });
    }
  }
  return [...found.values()];
}
