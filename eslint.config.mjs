// Lint: the core/CLI boundary is enforced here, not by good intentions.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const noVscode = { name: 'vscode', message: 'core and cli never import vscode: go through a port in src/core/ports.ts.' };
const noVscodeShell = { group: ['**/vscode/**', '../vscode/*', '../../vscode/*'], message: 'core and cli never import the VS Code shell.' };
// Core runs without Node (VS Code for the Web): `fs`, `path`, `crypto`... only in src/node adapters.
const noNode = {
  paths: builtinModules.filter(m => !m.startsWith('_')).map(name => ({ name, message: 'src/core runs without Node: reach it through a port in src/core/ports.ts (Node adapters live in src/node).' })),
  patterns: [{ group: ['node:*'], message: 'src/core runs without Node: reach it through a port in src/core/ports.ts (Node adapters live in src/node).' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'scripts/**/*.js', 'media/**', '.tmp*/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noVscode], patterns: [noVscodeShell] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noVscode, ...noNode.paths], patterns: [noVscodeShell, ...noNode.patterns] }],
      'no-restricted-globals': ['error', ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate'].map(name => ({ name, message: 'src/core runs without Node: take it as a parameter or through a port.' }))],
    },
  },
);
