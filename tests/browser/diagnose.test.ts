import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
	expectNoAxeViolationsInBothThemes,
	launchBrowser,
	newPage,
	tabTo,
	trackProblems,
	type PageOptions,
} from './support.ts';

/** The paste diagnosis page in a real browser: paste real output, read the result, open the lab. */

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

async function open(
	path: string,
	options: PageOptions = {}
): Promise<{ page: Page; problems: ReturnType<typeof trackProblems> }> {
	const page = await newPage(browser, options);
	const problems = trackProblems(page);
	page.on('console', (message) => {
		if (message.type() === 'error') problems.failedRequests.push(`at ${message.location().url}`);
	});
	await page.goto(inject('baseURL') + path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.waitForSelector('[data-dx-ready]');
	return { page, problems };
}

const noProblems = (problems: ReturnType<typeof trackProblems>): void => {
	expect(
		problems.consoleErrors,
		[...problems.consoleErrors, ...problems.failedRequests].join('\n')
	).toEqual([]);
	expect(problems.failedRequests).toEqual([]);
	expect(problems.externalRequests).toEqual([]);
};

describe.each(LOCALES)('paste diagnosis ($locale)', ({ locale, prefix }) => {
	test('keyboard: paste event 12288, read the annotated text and the diagnosis, nothing sent; open it in the lab', async () => {
		const { page, problems } = await open(`${prefix}/tools/diagnose/`);
		await tabTo(page, 'textarea');
		await page.keyboard.insertText(sample('ms-f074-event12288-client.txt'));
		await tabTo(page, '.kt-dx__actions .kt-button:not(.kt-button--secondary)');
		const requests: { url: string; method: string; body: string | null }[] = [];
		page.on('request', (r) =>
			requests.push({ url: r.url(), method: r.method(), body: r.postData() })
		);
		await page.keyboard.press('Enter');
		await page.waitForSelector('.kt-dx__result');
		// Focus moves to the result, so a keyboard or screen reader user lands on it.
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kt-dx-result');
		// Diagnosing sent nothing anywhere: at most the site's own parser chunk is fetched on first use.
		const origin = new URL(inject('baseURL')).origin;
		for (const r of requests) {
			expect(new URL(r.url).origin, r.url).toBe(origin);
			expect(new URL(r.url).pathname, r.url).toMatch(/^\/_astro\/[\w.-]+\.js$/);
			expect(new URL(r.url).search, r.url).toBe('');
			expect(r.method, r.url).toBe('GET');
			expect(r.body, r.url).toBeNull();
		}

		// 1. The annotated paste: the event marked and explained in place, the header lines plain.
		const known = page.locator('.kt-dx__seg--known');
		expect(await known.count()).toBe(1);
		const knownText = await known.innerText();
		expect(knownText).toContain('Event ID: 12288');
		expect(knownText).toContain(
			locale === 'ja'
				? 'クライアントが KMS ホストにライセンス認証要求を送信しました'
				: 'the client sent an activation request to a KMS host'
		);
		expect(knownText).toContain(
			locale === 'ja'
				? 'この製品に必要なしきい値 (N-Policy)'
				: 'threshold this product needs (N-Policy)'
		);
		expect(await page.locator('.kt-dx__seg--plain').first().innerText()).toContain(
			'Log Name: Application'
		);

		// 2. The situation: the last result and what it means, the threshold.
		const machine = await page.locator('.kt-dx__machine').innerText();
		expect(machine).toContain('0xC004F06C');
		expect(machine).toContain(locale === 'ja' ? 'イベントの N-Policy' : 'N-Policy in the event');

		// 3. The diagnosis: clock skew first, its evidence links to the line, commands, guide and error entry.
		const cause = page.locator('.kt-dx__cause').first();
		expect(await cause.getAttribute('data-dx-cause')).toBe('clock_skew');
		expect(await cause.locator('h3').innerText()).toContain(
			locale === 'ja' ? '4 時間を超えてずれています' : 'differ by more than 4 hours'
		);
		expect(await cause.locator('.kt-cmd__text').allInnerTexts()).toEqual([
			'w32tm /query /status /verbose',
			'w32tm /resync',
		]);
		expect(await cause.locator(`a[href="${prefix}/guides/error-codes/#0xc004f06c"]`).count()).toBe(
			1
		);
		const guide = await cause.locator('.kt-dx__links a').first().getAttribute('href');
		expect(decodeURIComponent(guide ?? '')).toBe(
			locale === 'ja'
				? '/guides/troubleshooting/#手順-8-時刻のずれを確認する'
				: '/en/guides/troubleshooting/#step-8-check-the-clocks'
		);
		await cause.locator('.kt-dx__evidence a').first().click();
		expect(new URL(page.url()).hash).toBe('#kt-dx-p1-l5');

		await expectNoAxeViolationsInBothThemes(page);
		noProblems(problems);

		// 4. Open this in the lab: the simulator opens on the clock-skew preset.
		const lab = cause.locator('a[data-dx-lab]');
		expect(await lab.getAttribute('href')).toBe(`${prefix}/simulator/?scenario=clock-skew`);
		await lab.focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('[data-lab-ready]', { timeout: 20_000 });
		expect(new URL(page.url()).pathname).toBe(`${prefix}/simulator/`);
		expect(await page.getAttribute('[data-lab-ready]', 'data-lab-scenario')).toBe('clock-skew');
		noProblems(problems);
		await page.context().close();
	});

	test('garbage gets the honest "not recognised": what was found and what to paste', async () => {
		const { page, problems } = await open(`${prefix}/tools/diagnose/`);
		await page
			.locator('textarea')
			.fill('hello help desk\nmy PC says something about activation\n12345');
		await page.locator('.kt-dx__actions .kt-button').first().click();
		await page.waitForSelector('.kt-dx__result');
		expect(await page.getAttribute('.kt-dx__result', 'data-dx-status')).toBe('not_recognised');
		expect(await page.locator('.kt-dx__status').innerText()).toContain(
			locale === 'ja' ? '判断できません' : 'Not recognised'
		);
		expect(await page.locator('.kt-dx__found').innerText()).toContain(
			locale === 'ja' ? '認識できた内容はありません' : 'Nothing recognised'
		);
		const missing = page.locator('[data-dx-missing="client_dlv"]');
		expect(await missing.innerText()).toContain(
			locale === 'ja' ? 'クライアントの slmgr /dlv' : 'slmgr /dlv from the client'
		);
		expect(await missing.locator('.kt-cmd__text').innerText()).toBe('slmgr /dlv');
		expect(await page.locator('.kt-dx__seg--known').count()).toBe(0);
		expect(await page.locator('.kt-dx__seg--plain').innerText()).toContain('hello help desk');
		expect(await page.locator('.kt-dx__cause').count()).toBe(0);
		await expectNoAxeViolationsInBothThemes(page);
		noProblems(problems);
		await page.context().close();
	});

	test('several pastes: add, remove, and read a host and a client together; 320 px wide, 44 px targets', async () => {
		const { page, problems } = await open(`${prefix}/tools/diagnose/`, {
			viewport: { width: 320, height: 800 },
		});
		const add = page.locator('.kt-dx__actions .kt-button--secondary').first();
		await page.locator('textarea').nth(0).fill(sample('ms-f038-message.txt'));
		await add.click();
		await add.click();
		expect(await page.locator('textarea').count()).toBe(3);
		// The new area has focus; remove the second one again.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.id))
			.toBe(await page.locator('textarea').nth(2).getAttribute('id'));
		await page.locator('.kt-dx__field').nth(1).getByRole('button').click();
		expect(await page.locator('textarea').count()).toBe(2);
		await page.locator('textarea').nth(1).fill(sample('ff793426-dli-host.txt'));
		await page.locator('textarea').nth(1).press('Control+Enter');
		await page.waitForSelector('.kt-dx__result');
		const first = page.locator('.kt-dx__cause').first();
		expect(await first.getAttribute('data-dx-cause')).toBe('count_below_threshold');
		expect(await page.locator('.kt-dx__machine').count()).toBeGreaterThanOrEqual(1);
		expect(await page.locator('.kt-dx__paste').count()).toBe(2);
		const count = page.locator('.kt-dx__seg--known', { hasText: 'Current count: 2' });
		expect(await count.innerText()).toContain(
			locale === 'ja' ? '過去 30 日間' : 'in the last 30 days'
		);

		// Nothing wider than the screen, and every control and link of the tool at least 44 px high.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		const small = await page.$$eval(
			'.kt-dx button, .kt-dx__links a, .kt-dx__evidence a, .kt-dx textarea',
			(nodes) =>
				nodes.flatMap((n) => {
					const box = n.getBoundingClientRect();
					return box.height < 44 || box.width < 44
						? [`${n.tagName} ${n.textContent?.slice(0, 30)} ${box.width}x${box.height}`]
						: [];
				})
		);
		expect(small).toEqual([]);
		await expectNoAxeViolationsInBothThemes(page);
		noProblems(problems);
		await page.context().close();
	});

	test('without JavaScript the page still says what to paste and what the tool does', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(inject('baseURL') + `${prefix}/tools/diagnose/`);
		expect(await page.locator('.kt-dx__nojs').innerText()).toContain('JavaScript');
		const main = await page.locator('main').innerText();
		expect(main).toContain('slmgr /dlv');
		expect(main).toContain('Test-NetConnection');
		expect(main).toContain(
			locale === 'ja'
				? 'ブラウザーの外には送信されません'
				: 'Nothing you type or paste leaves this browser'
		);
		expect(await page.locator('textarea').count()).toBe(0);
		await context.close();
	});
});

describe.each([
	{ prefix: '', queries: ['貼り付け', '診断', 'slmgr の出力'] },
	{ prefix: '/en', queries: ['diagnose', 'paste slmgr output'] },
])('search finds the page ($prefix/)', ({ prefix, queries }) => {
	test.each(queries)('「%s」', async (query) => {
		const page = await newPage(browser);
		try {
			await page.goto(`${inject('baseURL')}${prefix}/`);
			const button = page.locator('button[data-open-modal]:not([disabled])');
			await button.waitFor();
			const input = page.locator('#starlight__search input');
			await input.waitFor({ state: 'attached' });
			await button.click();
			await input.waitFor({ state: 'visible' });
			await input.pressSequentially(query, { delay: 15 });
			await expect
				.poll(async () => (await page.locator('.pagefind-ui__message').textContent()) ?? '', {
					timeout: 15_000,
				})
				.toContain(query);
			const paths = () =>
				page
					.locator(
						'.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link'
					)
					.evaluateAll((links) =>
						links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
					);
			await expect
				.poll(async () => (await paths()).slice(0, 3), { timeout: 15_000 })
				.toContain(`${prefix}/tools/diagnose/`);
		} finally {
			await page.context().close();
		}
	});
});
