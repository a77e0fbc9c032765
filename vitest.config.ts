import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The build-error tests start Astro; give them room on a 2-core machine.
    testTimeout: 60_000,
  },
});
