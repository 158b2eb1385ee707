/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit and property tests. Browser tests have their own config (vitest.browser.config.ts)
// because they need a built site and run after `astro build`.
export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
		exclude: ['tests/browser/**', 'node_modules/**'],
		// Property tests run thousands of cases; on a loaded 2-core CI machine 5 s is not enough.
		// A hang still fails, at 30 s. Speed itself is measured by scripts (npm run bench), not here.
		testTimeout: 30_000,
	},
});
