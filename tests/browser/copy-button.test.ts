import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newPage, trackProblems } from './support.ts';

// The copy buttons of the GVLK table (CopyButton.astro) in a real browser: the button appears
// only where the Clipboard API exists, copies exactly the key shown next to it, announces the
// result in its polite live region, and the page stays free of axe violations on a phone.

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const PHONE = { width: 390, height: 844 };

async function openGuide(path: string, init?: () => void): Promise<Page> {
	const page = await newPage(browser, { viewport: PHONE });
	await page
		.context()
		.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseURL') });
	if (init !== undefined) await page.addInitScript(init);
	const response = await page.goto(`${inject('baseURL')}${path}`);
	expect(response?.status()).toBe(200);
	return page;
}

describe.each([
	{ path: '/guides/kms-client-setup/', copied: 'コピーしました', label: 'コピー' },
	{ path: '/en/guides/kms-client-setup/', copied: 'Copied', label: 'Copy' },
])('GVLK copy buttons on $path', ({ path, copied, label }) => {
	test('copy the key of their own row and announce it', async () => {
		const page = await openGuide(path);
		const problems = trackProblems(page);
		const row = page.locator('.gvlk-table tbody tr').nth(2);
		const key = (await row.locator('code').textContent())?.trim();
		expect(key).toMatch(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/);
		const button = row.getByRole('button');
		await expect.poll(() => button.isVisible()).toBe(true);
		expect((await button.textContent())?.trim().startsWith(label)).toBe(true);
		await button.click();
		const status = row.getByRole('status');
		await expect.poll(() => status.textContent()).toBe(copied);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
		// The message goes away again, so a later press is announced afresh.
		await expect.poll(() => status.textContent(), { timeout: 5000 }).toBe('');
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.externalRequests).toEqual([]);
	});

	test('say so when the clipboard refuses, without throwing', async () => {
		const page = await openGuide(path, () => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
			});
		});
		const problems = trackProblems(page);
		const row = page.locator('.gvlk-table tbody tr').first();
		await row.getByRole('button').click();
		await expect.poll(() => row.getByRole('status').textContent()).not.toBe('');
		expect(await row.getByRole('status').textContent()).not.toBe(copied);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('the page passes axe on a phone', async () => {
		const page = await openGuide(path);
		await expectNoAxeViolations(page);
	});
});
