/**
 * Why an import is refused after the file itself decrypted and verified (ArchiveError covers the
 * file): the UI shows each code in the user's language, with `details` (the first problems).
 */
export type ImportRefusal =
  | 'not-an-exchange-file' // a backup or another scope this import does not take
  | 'invalid-records' // records the zod schemas refuse
  | 'missing-customer' // records of a customer neither here nor in the file
  | 'clock-drift' // revs too far in the future (the exporting PC's clock is wrong)
  | 'own-file' // this installation's own export: nothing to take from it
  | 'preview-expired' // the preview's staged records are gone (a newer preview, maybe in another window, cleared them)
  // Issue 14, points 3, 4, 5, 14 (docs/exchange.md "Origin, lineage and clock checks" and after):
  | 'forged-own-origin' // a version (or lineage) claims this installation made what it never made
  | 'classification-above-manifest' // records classified above the manifest's highest classification
  | 'signer-source-mismatch' // the signing key's directory entry is another installation than the manifest's source
  | 'other-target'; // the file is addressed to another department and the user did not confirm

export class ImportRefusedError extends Error {
  constructor(
    readonly code: ImportRefusal,
    readonly details: string[] = [],
    /** Values for the message's placeholders (names, marks), in the user's language already. */
    readonly params: Record<string, string> = {},
  ) {
    super(`${code}${details.length ? `: ${details.join('; ')}` : ''}`);
    this.name = 'ImportRefusedError';
  }
}
