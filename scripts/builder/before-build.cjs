// electron-builder `beforeBuild` hook. Returning false tells electron-builder that node_modules are handled
// outside it: it then neither rebuilds native modules nor copies the production `dependencies` into app.asar.
// Nothing at run time needs them: electron-vite bundles the main process (zod included) and the renderer,
// so the package holds out/main, out/preload, out/renderer and package.json only (scripts/check-package.mjs
// asserts it). Without this hook the asar carried ≈ 12,000 files of node_modules (≈ 49 MB).
module.exports = async function beforeBuild() {
  return false;
};
