import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support.ts';

/** The two locales and their path prefixes, for `describe.each`. */
export const LOCALES = [
	{ locale: 'ja', prefix: '' },
	{ locale: 'en', prefix: '/en' },
] as const;

/**
 * One browser for the whole test file, launched before its first test and closed after the last.
 * Call at the top level of the file; the returned function gives the browser inside tests.
 * (Kept out of support.ts, which scripts also import and which must not load vitest.)
 */
export function browserForFile(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (browser === undefined) throw new Error('The browser is launched in beforeAll.');
		return browser;
	};
}
