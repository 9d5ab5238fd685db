// ESLint rule `kontaktspor/import-direction`: a file in one layer may import only from the folders that layer allows.
// Relative imports are resolved against the importing file, so the rule holds however deep a folder grows;
// bare specifiers (npm packages, node: built-ins) are checked against the layer's package list when it has one.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** `src/app/x.ts` is inside `src/app`; `src/application.ts` is not. */
function isInside(relativePath, folder) {
  return relativePath === folder || relativePath.startsWith(`${folder}/`);
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/** @type {import('eslint').Rule.RuleModule} */
export const importDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports flowing the intended way between layers (see eslint.config.js).' },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          allow: { type: 'array', items: { type: 'string' } },
          allowTypeOnly: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
        },
        required: ['layer', 'allow'],
        additionalProperties: false,
      },
    ],
    messages: {
      folder: '{{layer}} may not import {{target}}: it may import only from {{allowed}}.',
      package: '{{layer}} may not import the package {{target}}: it may import only {{allowed}}.',
    },
  },
  create(context) {
    const { layer, allow, allowTypeOnly = [], packages } = context.options[0];
    const fromDir = path.dirname(path.resolve(context.cwd, context.filename));

    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (specifier.startsWith('.')) {
        const target = path.relative(root, path.resolve(fromDir, specifier)).split(path.sep).join('/');
        if (allow.some((folder) => isInside(target, folder))) return;
        if (isTypeOnly(node) && allowTypeOnly.some((folder) => isInside(target, folder))) return;
        const allowed = [...allow, ...allowTypeOnly.map((folder) => `${folder} (import type only)`)].join(', ');
        context.report({ node: source, messageId: 'folder', data: { layer, target, allowed } });
        return;
      }
      if (!packages) return;
      if (packages.some((name) => specifier === name || specifier.startsWith(`${name}/`))) return;
      const allowed = packages.length > 0 ? packages.join(', ') : 'no package';
      context.report({ node: source, messageId: 'package', data: { layer, target: specifier, allowed } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
