import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, trackProblems } from './support.ts';

/**
 * The home page's error lookup in a real browser: IDs are not codes, full-width codes are, and a
 * whole pasted output is carried to the diagnose page without leaving the browser (sessionStorage,
 * or the #paste= fragment when storage is blocked).
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const LOCALES = [
	{ locale: 'ja', prefix: '' },
	{ locale: 'en', prefix: '/en' },
] as const;

const sample = (file: string): string =>
	readFileSync(new URL(`../tools/diagnose/samples/${file}`, import.meta.url), 'utf8');
const OUTPUT = `${sample('ms-f074-ato-error.txt')}\n${sample('ms-f074-event12288-client.txt')}`;
const INPUT = '#kt-lookup-home-input';

async function openHome(
	prefix: string,
	blockStorage = false
): Promise<{ page: Page; problems: ReturnType<typeof trackProblems> }> {
	const page = await newPage(browser);
	if (blockStorage)
		await page.addInitScript(() => {
			Object.defineProperty(window, 'sessionStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
	const problems = trackProblems(page);
	await page.goto(`${inject('baseURL')}${prefix}/`, { waitUntil: 'load' });
	// The server-rendered list of codes goes once the island runs.
	await page.waitForSelector('.kt-lookup__index', { state: 'detached' });
	return { page, problems };
}

/** Pastes `text` into the lookup the way a browser does, line breaks included. */
async function paste(page: Page, text: string): Promise<void> {
	await page.focus(INPUT);
	await page.evaluate(
		({ selector, text }) => {
			const data = new DataTransfer();
			data.setData('text/plain', text);
			const input = document.querySelector(selector) as HTMLInputElement;
			input.dispatchEvent(
				new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
			);
		},
		{ selector: INPUT, text }
	);
}

describe.each(LOCALES)('error lookup on the home page ($locale)', ({ locale, prefix }) => {
	test('a CMID is no code, a full-width code is; a pasted output goes to the diagnose tool in sessionStorage', async () => {
		const { page, problems } = await openHome(prefix);
		await page.fill(INPUT, 'CMID 2ffcfc30-6a6a-49ec-92b8-f6150c7df211');
		await expect.poll(() => page.locator('.kt-lookup__result .kt-message').count()).toBe(1);
		expect(await page.locator('.kt-lookup__result .kt-entry').count()).toBe(0);
		expect(await page.locator('.kt-lookup__result').innerText()).not.toMatch(/0x2FFCFC30/i);

		await page.fill(INPUT, '０ｘＣ００４Ｆ０７４');
		await expect
			.poll(() => page.locator('.kt-lookup__result .kt-entry__code').first().innerText())
			.toBe('0xC004F074');

		await page.fill(INPUT, '');
		await paste(page, OUTPUT);
		const output = page.locator('.kt-lookup__output');
		await output.waitFor();
		// The diagnose core, loaded on demand, orders the codes: event 12288's 0xC004F06C first.
		await expect
			.poll(() => page.locator('.kt-lookup__result .kt-entry__code').first().innerText())
			.toBe('0xC004F06C');
		expect(await page.locator('.kt-lookup__result').innerText()).toContain('0xC004F074');

		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await Promise.all([page.waitForURL(/\/tools\/diagnose\/$/), output.locator('button').click()]);
		await page.waitForSelector('[data-dx-ready]');
		expect(await page.locator('textarea').first().inputValue()).toBe(OUTPUT);
		await page.waitForSelector('.kt-dx__result');
		expect(await page.locator('.kt-dx__hint').innerText()).toContain(
			locale === 'ja' ? '引き継いだ' : 'from the error lookup'
		);
		// Taken once: storage is empty again, and only this site was asked for anything.
		expect(await page.evaluate(() => sessionStorage.getItem('kms-lab:diagnose-paste'))).toBeNull();
		const origin = new URL(inject('baseURL')).origin;
		for (const url of requests) expect(new URL(url).origin).toBe(origin);
		expect(problems.externalRequests).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('with storage blocked the paste travels in the #paste= fragment, and a paste too long for it says so', async () => {
		const { page, problems } = await openHome(prefix, true);
		await paste(page, OUTPUT);
		const output = page.locator('.kt-lookup__output');
		await output.waitFor();
		await Promise.all([page.waitForURL(/#paste=/), output.locator('button').click()]);
		await page.waitForSelector('[data-dx-ready]');
		expect(await page.locator('textarea').first().inputValue()).toBe(OUTPUT);
		// The fragment is taken out of the address once read.
		await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('');
		expect(problems.externalRequests).toEqual([]);

		const { page: home } = await openHome(prefix, true);
		await paste(home, `${OUTPUT}\n`.repeat(40));
		await home.locator('.kt-lookup__output button').click();
		const alert = home.locator('.kt-lookup__handoff-error');
		await alert.waitFor();
		expect(await alert.innerText()).toContain('8000');
		expect(home.url()).toBe(`${inject('baseURL')}${prefix}/`);
	});
});
