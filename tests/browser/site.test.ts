import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import {
	expectNoAxeViolations,
	launchBrowser,
	newPage,
	sitemapPaths,
	trackProblems,
} from './support.ts';

const paths = sitemapPaths();
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

test('the sitemap lists pages in both locales', () => {
	expect(paths).toContain('/');
	expect(paths).toContain('/en/');
	const ja = paths.filter((p) => !p.startsWith('/en/'));
	const en = paths.filter((p) => p.startsWith('/en/'));
	// Every page exists in both locales.
	expect(en.map((p) => p.slice(3))).toEqual(ja);
});

// One load per page; the theme then follows the emulated colour scheme (Starlight's "auto"),
// and axe runs in each theme.
test.each(paths)(
	'%s: HTTP 200, lang, no errors, no axe violations in light and dark',
	async (path) => {
		const page = await newPage(browser, { colorScheme: 'light' });
		const problems = trackProblems(page);
		const response = await page.goto(inject('baseURL') + path, { waitUntil: 'load' });
		expect(response?.status(), 'HTTP status').toBe(200);
		await page.waitForLoadState('networkidle');
		expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en/') ? 'en' : 'ja');

		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.waitForSelector(`html[data-theme="${colorScheme}"]`, {
				state: 'attached',
				timeout: 5_000,
			});
			await expectNoAxeViolations(page);
		}

		expect(problems.consoleErrors, 'console errors').toEqual([]);
		expect(problems.failedRequests, 'failed requests').toEqual([]);
		expect(problems.externalRequests, 'requests to other hosts').toEqual([]);
		await page.context().close();
	}
);
