import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newPage, trackProblems } from './support.ts';

// Guides 6–10 (client setup, MAK, ADBA, checking status, troubleshooting) as a phone reader
// gets them: they load without errors or outside requests, nothing is wider than the screen,
// axe finds nothing, and no placeholder for a future lab scene leaks into the text.

const SLUGS = ['kms-client-setup', 'mak', 'adba', 'checking-status', 'troubleshooting'] as const;
const PATHS = SLUGS.flatMap((slug) => [`/guides/${slug}/`, `/en/guides/${slug}/`]);
const PHONE = { width: 390, height: 844 };

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(PATHS)('%s on a phone', (path) => {
	test('loads cleanly, fits the screen and passes axe', async () => {
		const page = await newPage(browser, { viewport: PHONE });
		const problems = trackProblems(page);
		const response = await page.goto(`${inject('baseURL')}${path}`, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);

		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);

		const text = (await page.locator('main').textContent()) ?? '';
		expect(text).not.toMatch(/LAB-SCENE|TODO|{\/\*/);
		// Every guide ends with its sources, linking Microsoft Learn in the reader's language.
		const learnLinks = await page
			.locator('main a[href^="https://learn.microsoft.com/"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(learnLinks.length).toBeGreaterThan(0);
		const japanese = !path.startsWith('/en/');
		for (const href of learnLinks)
			expect(href.startsWith('https://learn.microsoft.com/ja-jp/'), href).toBe(japanese);

		await expectNoAxeViolations(page);
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.failedRequests).toEqual([]);
		expect(problems.externalRequests).toEqual([]);
	});
});
