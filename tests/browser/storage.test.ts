import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support.ts';

// Storage a reader's browser refuses: blocked (Chromium with cookies blocked throws a
// SecurityError as soon as a script reads `localStorage`) or full (`setItem` throws a
// QuotaExceededError). Pages must load without an uncaught error (support.ts fails the test on
// one), the theme switch must work for the visit, and the lab and tools must run.

/** Runs before any script of the page: reading either storage throws, as in Chromium. */
function blockStorage(): void {
	for (const name of ['localStorage', 'sessionStorage'] as const) {
		Object.defineProperty(window, name, {
			configurable: true,
			get() {
				throw new DOMException(
					`Failed to read the '${name}' property from 'Window': Access is denied for this document.`,
					'SecurityError'
				);
			},
		});
	}
}

/** Runs before any script of the page: reading works, every write throws, as when full. */
function fillStorage(): void {
	Storage.prototype.setItem = function setItem(): void {
		throw new DOMException(
			"Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.",
			'QuotaExceededError'
		);
	};
}

const MODES = [
	{ mode: 'blocked', emulate: blockStorage, error: 'SecurityError' },
	{ mode: 'full', emulate: fillStorage, error: 'QuotaExceededError' },
] as const;

/** Guides with tabs, code, a quiz and an embedded lab; the simulator; a tool; the home pages. */
const PAGES = [
	'/',
	'/guides/checking-status/',
	'/guides/kms-host-setup/',
	'/guides/kms-client-setup/',
	'/simulator/',
	'/tools/method-chooser/',
	'/en/',
	'/en/guides/troubleshooting/',
	'/en/guides/office/',
] as const;

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(MODES)('storage $mode', ({ emulate, error }) => {
	async function open(path: string): Promise<Page> {
		const page = await newPage(browser);
		await page.addInitScript(emulate);
		await page.goto(inject('baseURL') + path, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		return page;
	}

	test(`the emulation throws ${error}`, async () => {
		const page = await open('/about/');
		const thrown = await page.evaluate(() => {
			try {
				localStorage.setItem('kms-lab-probe', '1');
				return 'nothing';
			} catch (e) {
				return e instanceof DOMException ? e.name : String(e);
			}
		});
		expect(thrown).toBe(error);
		await page.context().close();
	});

	test.each(PAGES)('%s loads without an uncaught error', async (path) => {
		const page = await open(path);
		expect(await page.getAttribute('html', 'data-theme')).toMatch(/^(light|dark)$/);
		await page.context().close();
	});

	test('the theme switch works for the visit', async () => {
		const page = await open('/guides/basics/');
		// The header's switch (the mobile menu has a second one, hidden on a wide screen).
		const select = page.locator('starlight-theme-select select').first();
		for (const theme of ['dark', 'light', 'dark'] as const) {
			await select.selectOption(theme);
			await expect
				.poll(() => page.getAttribute('html', 'data-theme'), { timeout: 2_000 })
				.toBe(theme);
		}
		// Both switches show the choice.
		const values = await page
			.locator('starlight-theme-select select')
			.evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
		expect(values).toEqual(values.map(() => 'dark'));
		await page.context().close();
	});

	test('the lab runs a scenario', async () => {
		const page = await open('/en/simulator/?scenario=threshold');
		await page.waitForSelector('[data-lab-ready]', { timeout: 20_000 });
		await page
			.locator('[data-lab="narration"]')
			.getByRole('button', { name: /^(Start|Next)$/ })
			.click();
		await expect.poll(() => page.url()).toMatch(/step=\d/);
		await page.context().close();
	});

	test('the error-code lookup answers', async () => {
		const page = await open('/guides/error-codes/?code=c004f074');
		await expect
			.poll(() => page.locator('.kt-lookup__result .kt-entry__code').first().textContent(), {
				timeout: 10_000,
			})
			.toContain('0xC004F074');
		await page.context().close();
	});
});
