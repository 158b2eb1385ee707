import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
	expectNoAxeViolationsInBothThemes,
	launchBrowser,
	newPage,
	trackProblems,
} from './support.ts';

// The guides' small figures (src/components/figures/): each fits 480 px at 1280×800, reads
// without JavaScript, changes its picture when its one control moves (by keyboard), links into
// the lab with its scenario, and passes axe in both themes.

const FIGURES = [
	{ kind: 'count', guide: 'how-kms-works', scenario: 'threshold', key: 'ArrowRight' },
	{ kind: 'dns', guide: 'how-kms-works', scenario: 'dns-missing', key: 'Space' },
	{ kind: 'validity', guide: 'lifecycle', scenario: 'laptop-away', key: 'Home' },
	{ kind: 'states', guide: 'lifecycle', scenario: 'laptop-away', key: 'Home' },
] as const;
const LOCALES = [
	{ locale: 'ja', prefix: '' },
	{ locale: 'en', prefix: '/en' },
] as const;
const DESKTOP = { width: 1280, height: 800 };

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const url = (prefix: string, guide: string) => `${inject('baseURL')}${prefix}/guides/${guide}/`;

async function hydrated(figure: Locator): Promise<void> {
	await figure.scrollIntoViewIfNeeded();
	await figure.locator('astro-island:not([ssr])').waitFor({ state: 'attached', timeout: 20_000 });
}

async function picture(figure: Locator): Promise<string> {
	return `${await figure.locator('svg').innerHTML()}|${await figure.locator('.kms-fig-readout').textContent()}`;
}

describe.each(LOCALES)('figures in $locale', ({ prefix }) => {
	describe.each(FIGURES)('$kind figure', ({ kind, guide, scenario, key }) => {
		test('without JavaScript it is there, drawn, captioned and at most 480 px tall', async () => {
			const context = await browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
			const page = await context.newPage();
			await page.goto(url(prefix, guide), { waitUntil: 'load' });
			const figure = page.locator(`figure[data-figure="${kind}"]`);
			expect(await figure.count()).toBe(1);
			await figure.scrollIntoViewIfNeeded();
			expect(await figure.isVisible()).toBe(true);
			const box = await figure.boundingBox();
			expect(box?.height ?? Infinity).toBeLessThanOrEqual(480);
			expect((await figure.locator('svg > title').textContent())?.length ?? 0).toBeGreaterThan(5);
			expect((await figure.locator('svg > desc').textContent())?.length ?? 0).toBeGreaterThan(5);
			expect((await figure.locator('figcaption').textContent())?.length ?? 0).toBeGreaterThan(20);
			expect(await figure.locator('[data-primary-control]').count()).toBe(1);
			const href = await figure.locator('a[data-lab-link]').getAttribute('href');
			expect(href).toMatch(new RegExp(`^${prefix}/simulator/\\?scenario=${scenario}#t=\\d+$`));
			await context.close();
		});

		test('its one control, by keyboard, changes the picture and the lab link follows', async () => {
			const page = await newPage(browser, { viewport: DESKTOP });
			const problems = trackProblems(page);
			await page.goto(url(prefix, guide), { waitUntil: 'load' });
			const figure = page.locator(`figure[data-figure="${kind}"]`);
			await hydrated(figure);
			const control = figure.locator('[data-primary-control]');
			const target = kind === 'dns' ? figure.locator('.kms-fig-switch') : control;
			expect((await target.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
			const before = await picture(figure);
			const hrefBefore = await figure.locator('a[data-lab-link]').getAttribute('href');
			await control.focus();
			await page.keyboard.press(key);
			await expect.poll(() => picture(figure)).not.toBe(before);
			const hrefAfter = await figure.locator('a[data-lab-link]').getAttribute('href');
			expect(hrefAfter).not.toBe(hrefBefore);
			expect(hrefAfter).toContain(`simulator/?scenario=${scenario}#t=`);
			expect((await figure.boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(480);
			expect(problems.consoleErrors).toEqual([]);
			await page.context().close();
		});
	});

	test('the count figure: one more client reaches the threshold and every client activates', async () => {
		const page = await newPage(browser, { viewport: DESKTOP });
		await page.goto(url(prefix, 'how-kms-works'), { waitUntil: 'load' });
		const figure = page.locator('figure[data-figure="count"]');
		await hydrated(figure);
		const body = figure.locator('.kms-fig-body');
		expect(await body.getAttribute('data-count')).toBe('24');
		expect(await body.getAttribute('data-licensed')).toBe('0');
		await figure.locator('[data-primary-control]').focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => body.getAttribute('data-count')).toBe('25');
		expect(await body.getAttribute('data-licensed')).toBe('25');
		await page.context().close();
	});

	test('the DNS figure: without the record the client fails with 0x8007232B', async () => {
		const page = await newPage(browser, { viewport: DESKTOP });
		await page.goto(url(prefix, 'how-kms-works'), { waitUntil: 'load' });
		const figure = page.locator('figure[data-figure="dns"]');
		await hydrated(figure);
		await figure.locator('[data-primary-control]').focus();
		await page.keyboard.press('Space');
		const body = figure.locator('.kms-fig-body');
		await expect.poll(() => body.getAttribute('data-result')).toBe('0x8007232B');
		expect(await figure.locator('.kms-fig-readout').textContent()).toContain('0x8007232B');
		await page.context().close();
	});

	describe.each(['how-kms-works', 'lifecycle'])('%s', (guide) => {
		test('axe passes in both themes with the figures hydrated', async () => {
			const page = await newPage(browser, { viewport: DESKTOP });
			await page.goto(url(prefix, guide), { waitUntil: 'load' });
			for (const figure of await page.locator('figure[data-figure]').all()) await hydrated(figure);
			await expectNoAxeViolationsInBothThemes(page);
			await page.context().close();
		});

		test('at 320 px the figures fit the width', async () => {
			const page: Page = await newPage(browser, { viewport: { width: 320, height: 640 } });
			await page.goto(url(prefix, guide), { waitUntil: 'load' });
			for (const figure of await page.locator('figure[data-figure]').all()) {
				await hydrated(figure);
				const box = await figure.boundingBox();
				expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 320).toBe(true);
			}
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.context().close();
		});
	});
});
