/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit and property tests. Browser tests have their own config (vitest.browser.config.ts)
// because they need a built site and run after `astro build`.
export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
		exclude: ['tests/browser/**', 'node_modules/**'],
	},
});
