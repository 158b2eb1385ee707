import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gotoLab, launchBrowser, newPage } from './support.ts';
import { PRESET_ORDER } from '../../src/lab/presets.ts';

/**
 * Steps own their state and the reader's work is never lost: a step rebuilt after wandering equals
 * a fresh one; a link or a preset opened over a saved lab keeps it one click away; a save the
 * browser refuses is said; without JS the page still lists every scenario.
 */
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const LOCALES = [
	{ prefix: '', plus180: '+180 日', bringBack: '元に戻す', saveFailed: '保存できませんでした' },
	{
		prefix: '/en',
		plus180: '+180 days',
		bringBack: 'Bring it back',
		saveFailed: 'could not be saved',
	},
] as const;

/** +180 days from the scenario's start, waiting until the run in slices has finished. */
async function plus180Days(page: Page, label: string): Promise<void> {
	await page.locator('.lab-time').getByRole('button', { name: label, exact: true }).click();
	await page.waitForSelector(`[data-lab-now="${180 * 1440}"]`, { timeout: 30_000 });
}

async function state(page: Page) {
	return page.evaluate(() => ({
		now: document.querySelector('[data-lab-now]')?.getAttribute('data-lab-now'),
		licensed: document.querySelector('[data-lab-licensed]')?.getAttribute('data-lab-licensed'),
		counts: [...document.querySelectorAll('[data-lab-count]')].map((e) =>
			e.getAttribute('data-lab-count')
		),
		summary: document.querySelector('.lab-summary')?.textContent,
		step: document.querySelector('[data-lab="narration"]')?.getAttribute('data-step'),
		text: document.querySelector('[data-lab-step-text]')?.textContent,
		scenario: document.querySelector('[data-lab-ready]')?.getAttribute('data-lab-scenario'),
	}));
}

describe.each(LOCALES)('lab work ($prefix)', ({ prefix, plus180, bringBack, saveFailed }) => {
	test('+180 days, Start, then step 3 equals a fresh step 3', async () => {
		const fresh = await newPage(browser);
		await gotoLab(fresh, `${prefix}/simulator/?scenario=threshold&step=3`);
		const expected = await state(fresh);
		await fresh.context().close();

		const page = await newPage(browser);
		await gotoLab(page, `${prefix}/simulator/?scenario=threshold`);
		await page.locator('.lab-time').getByRole('button', { name: plus180, exact: true }).click();
		await page.waitForSelector('[data-lab="narration"][data-state="off-script"]');
		// Off script the step's text is not shown as if it still held.
		expect(await page.locator('[data-lab-step-text]').count()).toBe(0);
		for (let k = 1; k <= 3; k++) {
			await page.locator('[data-lab-next]').click();
			await page.waitForSelector(`[data-lab="narration"][data-step="${k}"]`);
		}
		expect(await page.getAttribute('[data-lab="narration"]', 'data-state')).toBe('on-script');
		expect(await state(page)).toEqual(expected);
		await page.context().close();
	});

	test('Back to step k after wandering restores the step', async () => {
		const page = await newPage(browser);
		await gotoLab(page, `${prefix}/simulator/?scenario=laptop-away&step=1`);
		const expected = await state(page);
		await page.locator('.lab-time').getByRole('button', { name: plus180, exact: true }).click();
		await page.waitForSelector('[data-lab="narration"][data-state="off-script"]');
		await page.locator('[data-lab-back-to-step]').click();
		await page.waitForSelector('[data-lab="narration"][data-state="on-script"]');
		expect(await state(page)).toEqual(expected);
		await page.context().close();
	});

	test('a link opened over a saved lab leaves the saved lab one click away', async () => {
		const page = await newPage(browser);
		await gotoLab(page, `${prefix}/simulator/?scenario=firewall`);
		await plus180Days(page, plus180);
		await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('t=259200');
		const mine = await state(page);
		// Someone's link, opened in the same browser.
		await gotoLab(page, `${prefix}/simulator/?scenario=threshold&step=2`);
		expect((await state(page)).scenario).toBe('threshold');
		const notice = page.locator('[data-lab-notice]').filter({ hasText: bringBack });
		await notice.getByRole('button', { name: bringBack }).click();
		await page.waitForSelector('[data-lab-ready][data-lab-scenario="firewall"]');
		expect(await state(page)).toEqual(mine);
		// The link's lab had no work of its own, so nothing else was kept: no second notice.
		expect(await page.getByRole('button', { name: bringBack }).count()).toBe(0);
		await page.context().close();
	});

	test('picking another preset keeps the lab on screen one click away', async () => {
		const page = await newPage(browser);
		await gotoLab(page, `${prefix}/simulator/?scenario=firewall`);
		await plus180Days(page, plus180);
		const mine = await state(page);
		await page.selectOption('[data-lab-picker]', 'renewal');
		await page.waitForSelector('[data-lab-ready][data-lab-scenario="renewal"]');
		await page.getByRole('button', { name: bringBack }).click();
		await page.waitForSelector('[data-lab-ready][data-lab-scenario="firewall"]');
		expect(await state(page)).toEqual(mine);
		await page.context().close();
	});

	test('a save the browser refuses is shown', async () => {
		const page = await newPage(browser);
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('full', 'QuotaExceededError');
			};
		});
		await gotoLab(page, `${prefix}/simulator/?scenario=threshold`);
		await page.locator('[data-lab-next]').click();
		const notice = page.locator('[data-lab-notice]').filter({ hasText: saveFailed });
		await notice.waitFor({ timeout: 5000 });
		expect(await notice.count()).toBe(1);
		await page.context().close();
	});

	test('without JavaScript the page lists every scenario with its steps and its network', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${inject('baseURL')}${prefix}/simulator/`, { waitUntil: 'load' });
		const stories = page.locator('.lab-noscript .lab-static');
		expect(await stories.count()).toBe(PRESET_ORDER.length);
		for (let i = 0; i < PRESET_ORDER.length; i++) {
			const story = stories.nth(i);
			expect(await story.locator('svg.lab-diagram').count()).toBe(1);
			expect(await story.locator('.lab-step-list li').count()).toBeGreaterThan(0);
			expect(await story.locator('.lab-step-list').textContent()).not.toMatch(/[{}]/);
			expect(await story.isVisible()).toBe(true);
		}
		// The interactive stage, which needs JS, is not shown.
		expect(await page.locator('astro-island').first().isVisible()).toBe(false);
		await context.close();
	});
});
