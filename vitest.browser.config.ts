import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the built `dist/`, served on a free local port.
export default defineConfig({
	test: {
		include: ['tests/browser/**/*.test.ts'],
		globalSetup: ['tests/browser/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false,
	},
});
