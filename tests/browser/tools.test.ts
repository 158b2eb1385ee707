import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
	expectNoAxeViolationsInBothThemes,
	launchBrowser,
	newPage,
	tabTo,
	trackProblems,
} from './support.ts';
import { getQuiz } from '../../src/data/quiz/index.ts';

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

async function open(
	path: string
): Promise<{ page: Page; problems: ReturnType<typeof trackProblems> }> {
	const page = await newPage(browser);
	const problems = trackProblems(page);
	// Say which resource a console error is about (support.ts keeps only the message text).
	page.on('console', (message) => {
		if (message.type() === 'error') problems.failedRequests.push(`at ${message.location().url}`);
	});
	await page.goto(inject('baseURL') + path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	return { page, problems };
}

async function hydrated(page: Page, selector: string): Promise<void> {
	await page.waitForFunction((sel) => {
		const island = document.querySelector(sel)?.closest('astro-island');
		return island !== null && island !== undefined && !island.hasAttribute('ssr');
	}, selector);
}

describe.each(LOCALES)('error-code lookup ($locale)', ({ locale, prefix }) => {
	test('reads ?code= on load, finds every pasted form, keeps the query in the URL', async () => {
		const { page, problems } = await open(`${prefix}/guides/error-codes/?code=c004f074`);
		await hydrated(page, '#kt-lookup-input');
		const result = page.locator('.kt-lookup__result');
		await expect
			.poll(() => result.locator('.kt-entry__code').first().textContent())
			.toContain('0xC004F074');
		expect(await page.inputValue('#kt-lookup-input')).toBe('c004f074');

		// Keyboard only: Tab to the field, type, read the result.
		await page.goto(inject('baseURL') + `${prefix}/guides/error-codes/`, {
			waitUntil: 'networkidle',
		});
		await hydrated(page, '#kt-lookup-input');
		await tabTo(page, '#kt-lookup-input');
		for (const [input, code] of [
			['-1073418124', '0xC004F074'],
			['0x8007232b', '0x8007232B'],
			[
				'Error: 0xC004F06C The Software Licensing Service reported that the product could not be activated.',
				'0xC004F06C',
			],
		] as const) {
			await page.keyboard.press('ControlOrMeta+a');
			await page.keyboard.type(input);
			await expect
				.poll(() => result.locator('.kt-entry__code').first().textContent())
				.toContain(code);
		}
		expect(new URL(page.url()).searchParams.get('code')).toContain('0xC004F06C');

		// Unknown code: says so, offers the closest known ones, which link to anchors on the page.
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('0xC004F075');
		await page.keyboard.press('Enter');
		const message = result.locator('.kt-message');
		await expect.poll(() => message.textContent()).toContain('0xC004F075');
		const closest = message.locator('a').first();
		expect(await closest.getAttribute('href')).toBe('#0xc004f074');
		expect(await page.locator('[id="0xc004f074"]').count()).toBe(1);

		// Hostile query: shown as text, never as HTML.
		await page.goto(
			inject('baseURL') +
				`${prefix}/guides/error-codes/?code=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
			{ waitUntil: 'networkidle' }
		);
		await hydrated(page, '#kt-lookup-input');
		expect(await page.locator('.kt-lookup img').count()).toBe(0);
		await expect.poll(() => result.locator('.kt-message').textContent()).toBeTruthy();

		await expectNoAxeViolationsInBothThemes(page);
		expect(
			problems.consoleErrors,
			[...problems.consoleErrors, ...problems.failedRequests].join('\n')
		).toEqual([]);
		expect(problems.externalRequests).toEqual([]);
		await page.context().close();
	});

	test('every code has its anchor on the reference page', async () => {
		const { page } = await open(`${prefix}/guides/error-codes/`);
		const ids = await page.$$eval('article.kt-entry .kt-entry__code[id]', (nodes) =>
			nodes.map((n) => n.id)
		);
		const { ERROR_CODES } = await import('../../src/data/errors.ts');
		expect(ids).toEqual(ERROR_CODES.map((e) => e.code.toLowerCase()));
		// The lab scene link of 0xC004F074 opens the firewall preset.
		expect(
			await page
				.locator('article.kt-entry:has([id="0xc004f074"]) .kt-entry__lab a')
				.getAttribute('href')
		).toBe(`${prefix}/simulator/?scenario=firewall`);
		await page.context().close();
	});

	test('compact lookup on the home page links to the full entry', async () => {
		const { page, problems } = await open(`${prefix}/`);
		await hydrated(page, '#kt-lookup-home-input');
		await tabTo(page, '#kt-lookup-home-input');
		await page.keyboard.type('0xC004F038');
		const link = page.locator('.kt-lookup__result a', {
			hasText: locale === 'ja' ? '詳しく見る' : 'Full entry',
		});
		await expect
			.poll(() => link.getAttribute('href'))
			.toBe(`${prefix}/guides/error-codes/#0xc004f038`);
		await expectNoAxeViolationsInBothThemes(page);
		expect(
			problems.consoleErrors,
			[...problems.consoleErrors, ...problems.failedRequests].join('\n')
		).toEqual([]);
		await page.context().close();
	});
});

describe.each(LOCALES)('troubleshooting wizard ($locale)', ({ prefix }) => {
	test('keyboard walk to a fix, linkable steps, Back works', async () => {
		const { page, problems } = await open(`${prefix}/tools/troubleshooting-wizard/`);
		await hydrated(page, '.kt-wizard');
		await page.waitForSelector('.kt-choice');
		// start → "no code" → client-dlv
		await tabTo(page, '.kt-choice');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('client-dlv');
		// Focus moved to the new step's heading; Tab reaches its first choice.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('kt-step-client-dlv');
		await tabTo(page, '.kt-choice');
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('host-dlv');
		await expectNoAxeViolationsInBothThemes(page);

		// Browser Back returns to the previous step.
		await page.goBack();
		await expect.poll(() => page.locator('.kt-wizard h2').textContent()).toBeTruthy();
		expect(new URL(page.url()).searchParams.get('step')).toBe('client-dlv');
		expect(await page.locator('#kt-step-client-dlv').count()).toBe(1);

		// A direct link to a step opens it; the Back button goes to its parent.
		await page.goto(inject('baseURL') + `${prefix}/tools/troubleshooting-wizard/?step=port-test`, {
			waitUntil: 'networkidle',
		});
		await hydrated(page, '.kt-wizard');
		await page.waitForSelector('#kt-step-port-test');
		await page.locator('.kt-wizard__controls button').first().click();
		await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('manual-ip');
		expect(
			problems.consoleErrors,
			[...problems.consoleErrors, ...problems.failedRequests].join('\n')
		).toEqual([]);
		await page.context().close();
	});

	test('without JavaScript the whole tree is nested <details>', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(inject('baseURL') + `${prefix}/tools/troubleshooting-wizard/`);
		expect(await page.locator('.kt-wizard--static details').count()).toBeGreaterThan(20);
		expect(await page.locator('#step-fix-firewall').count()).toBe(1);
		await context.close();
	});
});

describe.each(LOCALES)('method chooser ($locale)', ({ locale, prefix }) => {
	test('keyboard answers change the recommendation', async () => {
		const { page, problems } = await open(`${prefix}/tools/method-chooser/`);
		await hydrated(page, '.kt-chooser');
		await page.waitForSelector('.kt-verdict');
		const verdict = page.locator('.kt-verdict');
		expect(await verdict.textContent()).toContain(
			locale === 'ja' ? 'Active Directory' : 'Active Directory'
		);
		// Domain: move from "all" to "none" with the arrow keys.
		await tabTo(page, 'input[name="kt-domain"]');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect(await page.locator('input[name="kt-domain"][value="none"]').isChecked()).toBe(true);
		await expect.poll(() => verdict.textContent()).toBe('KMS');
		// Clients 10 + servers 6: servers on KMS, clients on MAK.
		await tabTo(page, 'input[name="clients"]');
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('10');
		await page.keyboard.press('Tab');
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('6');
		await expect.poll(() => verdict.textContent()).toBe(locale === 'ja' ? '組み合わせ' : 'A mix');
		expect(await page.locator('.kt-parts > li').count()).toBe(2);
		await expectNoAxeViolationsInBothThemes(page);
		expect(
			problems.consoleErrors,
			[...problems.consoleErrors, ...problems.failedRequests].join('\n')
		).toEqual([]);
		await page.context().close();
	});
});

describe.each(LOCALES)('method chooser in the address ($locale)', ({ locale, prefix }) => {
	test('reads the answers from the query, refuses −5 with a message, keeps them on reload', async () => {
		const { page, problems } = await open(
			`${prefix}/tools/method-chooser/?domain=none&clients=10&servers=2`
		);
		await hydrated(page, '.kt-chooser');
		const verdict = page.locator('.kt-verdict');
		// 10 clients + 2 servers: clients on MAK would not count, so 2 servers never reach 5.
		await expect.poll(() => verdict.textContent()).toBe('MAK');
		expect(await page.inputValue('input[name="clients"]')).toBe('10');
		expect(await page.locator('input[name="kt-domain"][value="none"]').isChecked()).toBe(true);

		await tabTo(page, 'input[name="clients"]');
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('-5');
		const clients = page.locator('input[name="clients"]');
		await expect.poll(() => clients.getAttribute('aria-invalid')).toBe('true');
		const error = page.locator('#kt-clients-error');
		expect(await error.textContent()).toBe(
			locale === 'ja'
				? '台数にマイナスは使えません。0 以上を入力してください。'
				: 'A count cannot be negative. Enter 0 or more.'
		);
		expect(await clients.getAttribute('aria-describedby')).toContain('kt-clients-error');
		expect(await verdict.textContent()).not.toMatch(/^(MAK|KMS)$/);
		expect(new URL(page.url()).searchParams.get('clients')).toBe('-5');
		await expectNoAxeViolationsInBothThemes(page);

		await page.reload({ waitUntil: 'networkidle' });
		await hydrated(page, '.kt-chooser');
		await expect.poll(() => page.inputValue('input[name="clients"]')).toBe('-5');
		expect(await page.locator('#kt-clients-error').isVisible()).toBe(true);

		await page.fill('input[name="clients"]', '30');
		await expect.poll(() => verdict.textContent()).toBe('KMS');
		expect(new URL(page.url()).searchParams.get('clients')).toBe('30');
		expect(
			problems.consoleErrors,
			[...problems.consoleErrors, ...problems.failedRequests].join('\n')
		).toEqual([]);
		await page.context().close();
	});
});

describe.each(LOCALES)('GVLK picker ($locale)', ({ locale, prefix }) => {
	test('choose an edition by keyboard, get its key, commands and host keys', async () => {
		const { page, problems } = await open(`${prefix}/tools/gvlk-picker/?product=ws2025-standard`);
		await hydrated(page, '#kt-gvlk-product');
		await expect
			.poll(() => page.locator('.kt-gvlk__key').textContent())
			.toBe('TVRH6-WHNXV-R9WG3-9XRFY-MY832');
		await tabTo(page, '#kt-gvlk-product');
		await page.keyboard.press('Home');
		await expect
			.poll(() => page.locator('.kt-gvlk__key').textContent())
			.toBe('W269N-WFGWX-YVC9B-4J6C9-T83GX');
		expect(await page.locator('.kt-gvlk__result').textContent()).toContain(
			'slmgr /ipk W269N-WFGWX-YVC9B-4J6C9-T83GX'
		);
		expect(await page.locator('.kt-gvlk__result').textContent()).toContain('slmgr /ato');
		expect(await page.locator('.kt-gvlk__hosts li').count()).toBe(2);
		expect(new URL(page.url()).searchParams.get('product')).toBe('win11-pro');
		// The copy button is a real button reachable by keyboard.
		await tabTo(page, '.kt-gvlk__result button');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
			locale === 'ja' ? 'コピー' : 'Copy'
		);
		await expectNoAxeViolationsInBothThemes(page);
		expect(
			problems.consoleErrors,
			[...problems.consoleErrors, ...problems.failedRequests].join('\n')
		).toEqual([]);
		await page.context().close();
	});
});

describe.each(LOCALES)('self-check ($locale)', ({ locale, prefix }) => {
	test('answer by keyboard, progress survives a reload, corrupt storage is ignored', async () => {
		const { page, problems } = await open(`${prefix}/guides/lifecycle/`);
		const quiz = page.locator('.kt-quiz');
		await quiz.scrollIntoViewIfNeeded();
		await page.waitForSelector('.kt-quiz fieldset');
		await tabTo(page, '.kt-quiz input[type="radio"]');
		// Pick the right answer by keyboard: Space selects the first choice, each arrow the next.
		await page.keyboard.press('Space');
		const rightAnswer = getQuiz(locale, 'lifecycle')[0]?.answer ?? 0;
		for (let i = 0; i < rightAnswer; i += 1) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		const feedback = quiz.locator('.kt-quiz__feedback').first();
		await expect
			.poll(() => feedback.textContent())
			.toContain(locale === 'ja' ? '正解です' : 'Correct');
		await expectNoAxeViolationsInBothThemes(page);

		await page.reload({ waitUntil: 'networkidle' });
		await page.locator('.kt-quiz').scrollIntoViewIfNeeded();
		await page.waitForSelector('.kt-quiz fieldset');
		await expect
			.poll(() => page.locator('.kt-quiz__feedback').first().textContent())
			.toContain(locale === 'ja' ? '正解です' : 'Correct');

		await page.evaluate(() =>
			localStorage.setItem('kms-lab:self-check:v1', '{"version":1,"quizzes":{"lifecycle":"garbage"')
		);
		await page.reload({ waitUntil: 'networkidle' });
		await page.locator('.kt-quiz').scrollIntoViewIfNeeded();
		await page.waitForSelector('.kt-quiz fieldset');
		expect(await page.locator('.kt-result').count()).toBe(0);
		expect(
			problems.consoleErrors,
			[...problems.consoleErrors, ...problems.failedRequests].join('\n')
		).toEqual([]);
		await page.context().close();
	});

	test('without JavaScript the answers are in <details>', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(inject('baseURL') + `${prefix}/guides/troubleshooting/`);
		expect(await page.locator('.kt-quiz details').count()).toBeGreaterThanOrEqual(5);
		await context.close();
	});
});
