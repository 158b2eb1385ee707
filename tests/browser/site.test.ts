import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newPage, sitemapPaths, trackProblems } from './support.ts';

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

describe.each(['light', 'dark'] as const)('every page in the %s theme', (colorScheme) => {
	test.each(paths)('%s', async (path) => {
		const page = await newPage(browser, { colorScheme });
		const problems = trackProblems(page);
		const response = await page.goto(inject('baseURL') + path, { waitUntil: 'load' });
		expect(response?.status(), 'HTTP status').toBe(200);
		await page.waitForLoadState('networkidle');

		const lang = await page.getAttribute('html', 'lang');
		expect(lang).toBe(path.startsWith('/en/') ? 'en' : 'ja');
		const theme = await page.getAttribute('html', 'data-theme');
		expect(theme).toBe(colorScheme);

		await expectNoAxeViolations(page);
		expect(problems.consoleErrors, 'console errors').toEqual([]);
		expect(problems.failedRequests, 'failed requests').toEqual([]);
		expect(problems.externalRequests, 'requests to other hosts').toEqual([]);
		await page.context().close();
	});
});
