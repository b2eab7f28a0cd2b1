/**
 * The recovery key: this installation's age identity as an age-keygen file. Scheduled backups are
 * locked for the installation's own age key, which lives INSIDE the database; if the PC or the
 * database is lost, the backups can only be opened with this file — exported once from 系统设置 and
 * kept like a passphrase (approved media, the safe). The CLI reads the same file (`--identity`).
 */
const IDENTITY = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

export function recoveryKeyText(identity: string, recipient: string, installationId: string, createdAt: Date): string {
  return [`# created: ${createdAt.toISOString()}`, `# public key: ${recipient}`, `# installation: ${installationId}`, identity, ''].join('\n');
}

/** The identities of an age identity file (comments and blank lines skipped); null when it is not one. */
export function parseIdentityFile(text: string): string[] | null {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return lines.length > 0 && lines.length <= 100 && lines.every((line) => IDENTITY.test(line)) ? lines : null;
}
