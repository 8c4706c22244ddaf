import { defineConfig } from 'vitest/config';

/**
 * npm run test:soak: the long forms of tests/unit/robustness (hundreds of crash
 * kills, every fault at every step, tens of thousands of hostile requests).
 * Same code as the short forms, bigger counts; each count has an env override.
 */
export default defineConfig({
  test: {
    include: ['tests/soak/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60 * 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
