// What goes into the installer's app.asar, checked on a machine without the Electron binary.
// packApp() runs electron-builder itself (the `dir` target, the project's electron-builder.yml) against a
// stand-in Electron folder, so the asar is built from exactly the file list the installers use;
// inspectAsar() then says what must not be there. scripts/check-package.mjs runs both after the build.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Largest app.asar we ship. Measured 2026-12-07: 4.7 MB (12 files; the minified renderer is most of it). The ceiling
 * leaves room to grow and still catches a package that drags in node_modules (≈ 49 MB before beforeBuild).
 */
export const MAX_ASAR_BYTES = 12 * 1024 * 1024;

/** Every file the package may hold; anything else is a finding. */
const ALLOWED = [
  /^package\.json$/,
  /^out\/main\/[\w.-]+\.(js|mjs|cjs)$/,
  /^out\/preload\/[\w.-]+\.(js|cjs)$/,
  /^out\/renderer\/index\.html$/,
  /^out\/renderer\/favicon\.svg$/,
  /^out\/renderer\/assets\/[\w.-]+\.(js|css|woff2?|svg|png|wasm)$/,
  // pdf.js's Chinese character maps and image decoders, with their licences (electron.vite.config.ts, pdfjsAssets).
  /^out\/renderer\/pdfjs\/(cmaps\/([\w-]+\.bcmap|LICENSE)|wasm\/(\w+\.wasm|LICENSE_[A-Z_]+))$/,
];

const REQUIRED = ['package.json', 'out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html'];

/** Named reasons for what is found most often, so the message says why, not only "unexpected". */
const FORBIDDEN = [
  [/\.map$/, 'source map'],
  [/(^|\/)(tests?|__tests__|e2e|fixtures)\/|\.(test|spec)\.[cm]?[jt]sx?$/, 'test file'],
  [/(^|\/)bench(\/|$)|\.bench\./, 'bench data'],
  [/(^|\/)\.env(\.|$)/, '.env file'],
  [/(^|\/)node_modules\//, 'dependency in node_modules (the bundles need none)'],
  [/(^|\/)docs?\/|\.md$/i, 'documentation'],
  [/\.(ts|tsx|mts|cts)$/, 'TypeScript source'],
];

/** Bare imports the main and preload bundles may make: Electron and Node's own modules. */
const RUNTIME_MODULE = /^(electron|node:[\w/]+)$/;

/**
 * @param {string} path path inside the asar, without the leading slash
 * @returns {string | null} why the file must not be shipped, or null when it may
 */
export function problemOf(path) {
  for (const [pattern, reason] of FORBIDDEN) if (pattern.test(path)) return reason;
  return ALLOWED.some((pattern) => pattern.test(path)) ? null : 'not part of the built app';
}

/**
 * @param {string} asarPath
 * @param {{ maxBytes?: number }} [options]
 * @returns {{ files: string[], bytes: number, problems: string[] }}
 */
export function inspectAsar(asarPath, options = {}) {
  const asar = require('@electron/asar');
  const maxBytes = options.maxBytes ?? MAX_ASAR_BYTES;
  const entries = asar.listPackage(asarPath, { isPack: false }).map((p) => p.replace(/\\/g, '/').replace(/^\//, ''));
  const files = entries.filter((p) => {
    const stat = asar.statFile(asarPath, p, false);
    return !('files' in stat) && !('link' in stat);
  });
  const problems = [];
  for (const file of files) {
    const why = problemOf(file);
    if (why) problems.push(`${file}: ${why}`);
  }
  for (const file of REQUIRED) if (!files.includes(file)) problems.push(`${file}: missing`);
  const bytes = readFileSync(asarPath).byteLength;
  if (bytes > maxBytes) problems.push(`app.asar is ${bytes} bytes, over the ceiling of ${maxBytes}`);
  for (const file of files.filter((f) => /^out\/(main|preload)\/.*\.[cm]?js$/.test(f))) {
    const code = asar.extractFile(asarPath, file).toString('utf8');
    for (const spec of importsOf(code)) {
      if (!RUNTIME_MODULE.test(spec) && !spec.startsWith('.')) problems.push(`${file}: imports "${spec}", which the package does not contain`);
    }
    if (/\/\/# sourceMappingURL=/.test(code)) problems.push(`${file}: points at a source map`);
  }
  const manifest = files.includes('package.json') ? JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8')) : null;
  if (manifest && manifest.main !== 'out/main/main.js') problems.push(`package.json: main is ${manifest.main}, not out/main/main.js`);
  return { files, bytes, problems };
}

/**
 * What may sit beside app.asar in the packaged `resources` folder: nothing but the AppArmor profile electron-builder
 * adds for Linux packages. An `app-update.yml` would mean an update channel (electron-builder writes one only when
 * `publish` names a provider); an `app.asar.unpacked` or extra resources would be files outside the checked asar.
 * @param {string[]} names entries of the resources folder
 * @returns {string[]}
 */
export function resourcesProblems(names) {
  const problems = [];
  for (const name of names) {
    if (name === 'app.asar' || name === 'apparmor-profile') continue;
    problems.push(name === 'app-update.yml' ? 'resources/app-update.yml: an update channel (publish must stay null)' : `resources/${name}: outside app.asar`);
  }
  if (!names.includes('app.asar')) problems.push('resources/app.asar: missing');
  return problems;
}

/** Module specifiers of static imports, dynamic imports and require calls (enough for bundler output). */
export function importsOf(code) {
  const found = new Set();
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*import\s*["']([^"']+)["']/gm,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/**
 * The fuses every packaged binary must have (the security policy; electron-builder.yml `electronFuses` sets
 * them). Indexes and states as @electron/fuses stores them: one character '0' or '1' per fuse.
 */
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};
/** FuseV1Options of @electron/fuses: the position of each fuse in the wire. */
const FUSE_INDEX = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  loadBrowserProcessSpecificV8Snapshot: 6,
  grantFileProtocolExtraPrivileges: 7,
};
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults (every fuse as shipped), so an unflipped stand-in fails the check like a real one. */
const DEFAULT_WIRE = '10110001';

/**
 * @param {string} executable packaged Electron binary (or .app)
 * @returns {Promise<string[]>} each fuse that differs from REQUIRED_FUSES
 */
export async function fuseProblems(executable) {
  const { getCurrentFuseWire } = require('@electron/fuses');
  const wire = await getCurrentFuseWire(executable);
  const problems = [];
  for (const [name, wanted] of Object.entries(REQUIRED_FUSES)) {
    const state = wire[FUSE_INDEX[name]];
    const on = state === 49 ? true : state === 48 ? false : null;
    if (on !== wanted) problems.push(`fuse ${name} is ${on === null ? `unknown (${state})` : on ? 'on' : 'off'}, must be ${wanted ? 'on' : 'off'}`);
  }
  return problems;
}

/**
 * A folder that looks enough like an unpacked Linux Electron for electron-builder's `dir` target, with a fuse
 * wire in Electron's defaults, so electron-builder flips the configured fuses in it as in the real binary.
 */
function standInElectron(dir) {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  for (const locale of ['zh-CN', 'en-US']) writeFileSync(join(dir, 'locales', `${locale}.pak`), ''); // an empty folder is not copied
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE)]);
  const script = Buffer.from('#!/bin/sh\necho "stand-in Electron: the real binary is not on this machine" >&2\nexit 1\n# ');
  writeFileSync(join(dir, 'electron'), Buffer.concat([script, wire, Buffer.from('\n')]));
  chmodSync(join(dir, 'electron'), 0o755);
  return dir;
}

/**
 * The desktop entry and the shared-mime-info XML the deb carries, computed by electron-builder's own Linux
 * helper from the same options its deb target merges (`linux`, then `deb`): what UOS / Kylin menus and
 * file managers will read, without fpm (which electron-builder downloads and this machine cannot).
 * @returns {Promise<{ desktopEntry: string, mimeXml: string | null }>}
 */
async function linuxDesktopFiles(packager) {
  const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper');
  const helper = new LinuxTargetHelper(packager);
  const debOptions = { ...packager.platformSpecificBuildOptions, ...(packager.config.deb ?? {}) };
  const mimeFile = await helper.mimeTypeFiles;
  return { desktopEntry: await helper.computeDesktopEntry(debOptions), mimeXml: mimeFile ? readFileSync(mimeFile, 'utf8') : null };
}

/**
 * What the deb's desktop entry must say (issue 19.4): its name and comment in Chinese, in the Office menu, and
 * the exchange-archive MIME type with `%U` in Exec so a double-clicked `.age` reaches src-main/opened-files.ts;
 * the MIME XML must map `*.age` to that type.
 * @param {string} entry the `.desktop` file's text
 * @param {string | null} mimeXml
 * @returns {string[]}
 */
export function desktopEntryProblems(entry, mimeXml) {
  const keys = new Map();
  for (const line of entry.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) keys.set(line.slice(0, at), line.slice(at + 1));
  }
  const problems = [];
  const han = /\p{Script=Han}/u;
  for (const key of ['Name[zh_CN]', 'Comment[zh_CN]']) {
    if (!han.test(keys.get(key) ?? '')) problems.push(`desktop entry: ${key} is not in Chinese (${keys.get(key) ?? 'missing'})`);
  }
  if (!/(^|;)Office;/.test(keys.get('Categories') ?? '')) problems.push(`desktop entry: Categories is ${keys.get('Categories') ?? 'missing'}, not Office`);
  if (!/ %[UF]$/.test(keys.get('Exec') ?? '')) problems.push(`desktop entry: Exec does not pass the opened files (${keys.get('Exec') ?? 'missing'})`);
  if (!(keys.get('MimeType') ?? '').split(';').includes(ARCHIVE_MIME_TYPE)) problems.push(`desktop entry: MimeType lacks ${ARCHIVE_MIME_TYPE}`);
  const mapped = mimeXml !== null && new RegExp(`<mime-type type="${ARCHIVE_MIME_TYPE}">\\s*<glob pattern="\\*\\.age"/>`).test(mimeXml);
  if (!mapped) problems.push(`mime XML: *.age is not mapped to ${ARCHIVE_MIME_TYPE}`);
  return problems;
}

/** The MIME type of exchange archives (electron-builder.yml fileAssociations). */
export const ARCHIVE_MIME_TYPE = 'application/x-airgap-crm-archive';

/**
 * Packs `projectDir` with electron-builder exactly as the installers do (the `dir` target), output into a temp
 * folder, fuses flipped as configured. Without `electronDist`: a stand-in Linux x64 Electron (a script carrying a
 * fuse wire), so it runs anywhere. With `electronDist` (a real unpacked Electron, node_modules/electron/dist):
 * for this platform (tests/electron/fuses.spec.ts reads the real binary's fuses back).
 * @param {string} projectDir
 * @param {{ electronDist?: string }} [options]
 * @returns {Promise<{ asarPath: string, executable: string, desktopEntry?: string, mimeXml?: string | null, cleanup: () => void }>}
 */
export async function packApp(projectDir, options = {}) {
  const root = resolve(projectDir);
  const yaml = require('js-yaml');
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'airgap-pack-'));
  const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;
  const { build, Platform, Arch } = require('electron-builder');
  const real = options.electronDist !== undefined;
  let packed = null;
  await build({
    projectDir: root,
    targets: real ? Platform.current().createTarget(['dir']) : Platform.LINUX.createTarget(['dir'], Arch.x64),
    publish: 'never',
    // Only what differs from electron-builder.yml, which electron-builder reads from projectDir itself: passing the
    // whole file again would list every fileAssociations entry twice (its merge concatenates object arrays).
    config: {
      electronVersion,
      electronDist: real ? resolve(options.electronDist) : standInElectron(join(work, 'electron')),
      // Hook paths resolve against the working directory; the check may run from elsewhere.
      beforeBuild: config.beforeBuild ? join(root, config.beforeBuild) : config.beforeBuild,
      afterPack: async (context) => {
        const { appOutDir, packager } = context;
        const name = packager.appInfo.productFilename;
        const platform = packager.platform.nodeName;
        packed =
          platform === 'darwin'
            ? { executable: join(appOutDir, `${name}.app`), asarPath: join(appOutDir, `${name}.app`, 'Contents', 'Resources', 'app.asar') }
            : {
                executable: join(appOutDir, platform === 'win32' ? `${name}.exe` : packager.executableName),
                asarPath: join(appOutDir, 'resources', 'app.asar'),
                ...(platform === 'linux' ? await linuxDesktopFiles(packager) : {}),
              };
      },
      directories: { output: join(work, 'dist') },
    },
  });
  if (!packed) throw new Error('electron-builder packed nothing');
  return { ...packed, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}
