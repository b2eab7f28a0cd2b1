// A local ESLint rule: a feature is imported by other features (and by app/) only through its folder,
// i.e. its index.ts, never into its insides. `no-restricted-imports` matches the import text alone; whether
// '../merge/MergeModal' crosses into another feature depends on where the importing file is, so this
// rule resolves each relative import against the file and compares the two features.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const FEATURES = fileURLToPath(new URL('../../src-renderer/features', import.meta.url));

/** The feature folder a path lies in, and the rest of the path inside it; null outside features/. */
function featurePart(path) {
  const inside = relative(FEATURES, path);
  if (inside === '' || inside.startsWith('..')) return null;
  const [feature, ...rest] = inside.split(sep);
  return { feature, rest: rest.join('/') };
}

const noDeepFeatureImport = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another feature only through its index.ts, never from its insides.' },
    schema: [],
    messages: {
      deep: "'{{source}}' reaches into features/{{feature}}/{{rest}}: import it from features/{{feature}} (its index.ts), exporting it there if another feature needs it.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = featurePart(file);
    const check = (node) => {
      const source = node.source;
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = featurePart(resolve(dirname(file), source.value));
      if (!target || target.feature === from?.feature) return;
      if (target.rest === '' || /^index(\.tsx?)?$/.test(target.rest)) return;
      context.report({ node: source, messageId: 'deep', data: { source: source.value, feature: target.feature, rest: target.rest } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'no-deep-feature-import': noDeepFeatureImport } };
