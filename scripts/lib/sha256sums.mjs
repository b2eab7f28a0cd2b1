// SHA256SUMS in the format `sha256sum -c` reads: "<64 hex>  <file name>" per line, sorted by name.
// Windows users compare with `certutil -hashfile <file> SHA256` (docs/INSTALL.md).
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** @param {string} file @returns {Promise<string>} lower-case hex SHA-256 of the file */
export function sha256File(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * Writes `dir/SHA256SUMS` over `files` (paths relative to dir, forward slashes) and returns its text.
 * @param {string} dir
 * @param {string[]} files
 */
export async function writeSha256Sums(dir, files) {
  const names = [...files].map((f) => f.split(sep).join('/')).sort();
  const lines = [];
  for (const name of names) lines.push(`${await sha256File(join(dir, name))}  ${name}`);
  const text = lines.join('\n') + '\n';
  writeFileSync(join(dir, 'SHA256SUMS'), text);
  return text;
}

/** Every file under dir (relative paths, forward slashes), SHA256SUMS itself excluded. */
export function filesUnder(dir, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, base));
    else if (entry.isFile() && relative(base, full) !== 'SHA256SUMS') out.push(relative(base, full).split(sep).join('/'));
  }
  return out.sort();
}

/**
 * Installers electron-builder leaves at the top of its output folder: all of them, so two partial runs
 * (`-- --linux`, then `-- --win`) still end with one SHA256SUMS covering everything that is there.
 */
export function installersIn(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(exe|msi|deb|rpm|AppImage|zip|7z|tar\.gz|tar\.xz)$/.test(e.name))
    .map((e) => e.name)
    .sort();
}
