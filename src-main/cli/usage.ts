/** `npm run archive -- help`. docs/cli.md says the same at length. */
export const USAGE = `Airgap CRM archive tool — checks and makes archive files at the media gateway.

usage: npm run archive -- <command> [options]

  keygen  --out DIR
          write age-identity.txt, age-recipient.txt, signing-key.txt, signing-public.txt
  sample  --customers N --out DATASET.json [--seed S]
          write a synthetic dataset (N customers, 5N contacts, 50N interactions, 5N complaints)
  pack    DATASET.json (--recipient age1… [--recipient age1…] | --passphrase-file F)
          --sign-key signing-key.txt --out FILE.age [--armor]
  inspect FILE.age (--identity F | --passphrase-file F) [--signer signing-public.txt] [--json]
          show the manifest, counts, signer fingerprint and whether the file verifies
  verify  FILE.age (--identity F | --passphrase-file F) [--signer signing-public.txt]
          exit 0 only if the file decrypts, parses, and its hash and signature hold;
          "verified" only with --signer (without it: "intact", signer not checked)
  unpack  FILE.age (--identity F | --passphrase-file F) --out FILE.ndjson
          write the verified plaintext lines (manifest … trailer); nothing if it does not verify

A passphrase file's first line is the passphrase. Outputs never overwrite existing files.
Exit status: 0 success, 1 failure (one line on stderr: "error: …").
`;
