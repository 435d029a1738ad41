import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'test/**/*.test.ts', 'io/**/*.test.ts', 'cli/**/*.test.ts', 'ui/**/*.test.ts', 'addin/**/*.test.ts', 'apps-script/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
