import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '.bench/**', 'node_modules/**', 'coverage/**', '**/*.generated.*', '__tests__/fixtures/**', 'bench/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Gates are pure: config + facts -> result. No I/O, no GitHub client, no process access.
    files: ['src/gates/**/*.ts'],
    // The registry is the one table that pairs each gate's logic with its source (loaded lazily);
    // it runs neither.
    ignores: ['src/gates/registry.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'child_process', 'http', 'https', '@octokit/*', '../github/*', '../sources/*', '../action/*'] },
      ],
      'no-restricted-globals': ['error', 'fetch', 'process'],
    },
  },
);
