import { readdirSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolationsInBothThemes, newPage, tabTo, trackProblems } from './support.ts';
import { LOCALES, browserForFile } from './fileSetup.ts';

const browser = browserForFile();

/** Starlight's phone menu: a button that opens the sidebar as a popover. */
const MENU_BUTTON = 'button[popovertarget="starlight__sidebar"]';

const PHONES = [
	{ width: 390, height: 844 },
	{ width: 320, height: 640 },
] as const;

async function noHorizontalScroll(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
}

describe.each(LOCALES)('home page on a phone ($locale)', ({ locale, prefix }) => {
	test.each(PHONES)(
		'$width px: the menu opens by keyboard and holds the language and theme switches',
		async (viewport) => {
			const page = await newPage(browser(), { viewport });
			const problems = trackProblems(page);
			await page.goto(inject('baseURL') + `${prefix}/`, { waitUntil: 'networkidle' });
			const menuButton = page.locator(MENU_BUTTON);
			expect(await menuButton.isVisible(), 'menu button').toBe(true);
			await noHorizontalScroll(page);

			await tabTo(page, MENU_BUTTON);
			await page.keyboard.press('Enter');
			await expect
				.poll(() =>
					page.evaluate(() =>
						document.getElementById('starlight__sidebar')?.matches(':popover-open')
					)
				)
				.toBe(true);
			const menu = page.locator('#starlight__sidebar');
			expect(await menu.isVisible()).toBe(true);
			const language = menu.locator('starlight-lang-select select');
			const theme = menu.locator('starlight-theme-select select');
			await language.scrollIntoViewIfNeeded();
			expect(await language.isVisible(), 'language switch').toBe(true);
			expect(await theme.isVisible(), 'theme switch').toBe(true);
			// The menu's links lead to the sections.
			expect(await menu.locator(`a[href="${prefix}/guides/basics/"]`).count()).toBe(1);

			await theme.selectOption('dark');
			await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe('dark');

			// Switching language leads to the other locale's home page.
			const other = locale === 'ja' ? 'en' : 'ja';
			await Promise.all([
				page.waitForURL(inject('baseURL') + (other === 'en' ? '/en/' : '/')),
				language.selectOption({ label: other === 'en' ? 'English' : '日本語' }),
			]);
			expect(await page.getAttribute('html', 'lang')).toBe(other);
			expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
			await page.context().close();
		}
	);
});

describe.each(LOCALES)('404 ($locale)', ({ locale, prefix }) => {
	test('a missing page answers 404 in the reader’s language, with links onward', async () => {
		const page = await newPage(browser(), { viewport: { width: 390, height: 844 } });
		const problems = trackProblems(page);
		const response = await page.goto(inject('baseURL') + `${prefix}/no-such-page/`, {
			waitUntil: 'networkidle',
		});
		expect(response?.status()).toBe(404);
		expect(await page.getAttribute('html', 'lang')).toBe(locale);
		expect(await page.locator('h1').textContent()).toBe(
			locale === 'ja' ? 'ページが見つかりません' : 'Page not found'
		);
		const content = page.locator('.sl-markdown-content');
		for (const path of ['/', '/guides/', '/tools/', '/guides/error-codes/']) {
			const href = locale === 'ja' ? path : `/en${path}`;
			expect(await content.locator(`a[href="${href}"]`).count(), href).toBe(1);
		}
		// The menu is there on a phone too.
		expect(await page.locator(MENU_BUTTON).isVisible()).toBe(true);
		await expectNoAxeViolationsInBothThemes(page);
		// Only the missing page itself failed.
		expect(problems.consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
		await page.context().close();
	});
});

describe.each(LOCALES)('section index pages ($locale)', ({ locale, prefix }) => {
	test.each(['guides', 'tools'] as const)(
		'/%s/ lists every page of the section with its description',
		async (section) => {
			const folder = locale === 'ja' ? `content/docs/${section}` : `content/docs/en/${section}`;
			const pages = readdirSync(folder)
				.filter((file) => file.endsWith('.mdx') && file !== 'index.mdx')
				.map((file) => `${prefix}/${section}/${file.replace(/\.mdx$/, '')}/`);
			const page = await newPage(browser(), { viewport: { width: 390, height: 844 } });
			const problems = trackProblems(page);
			const response = await page.goto(inject('baseURL') + `${prefix}/${section}/`, {
				waitUntil: 'networkidle',
			});
			expect(response?.status()).toBe(200);
			expect(await page.getAttribute('html', 'lang')).toBe(locale);
			const items = page.locator('.section-index li');
			const hrefs = await items
				.locator('a')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			expect([...hrefs].sort()).toEqual([...pages].sort());
			for (const description of await items.locator('p').allTextContents()) {
				expect(description.trim().length).toBeGreaterThanOrEqual(20);
			}
			// Every listed page exists.
			for (const href of hrefs) {
				const check = await page.request.get(inject('baseURL') + href);
				expect(check.status(), href ?? '').toBe(200);
			}
			await noHorizontalScroll(page);
			await expectNoAxeViolationsInBothThemes(page);
			expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
			await page.context().close();
		}
	);
});

describe.each(LOCALES)('method comparison table ($locale)', ({ prefix }) => {
	// Phones, a small window with the sidebar open (narrow content column), a wide window.
	test.each([
		{ ...PHONES[0], stacked: true },
		{ ...PHONES[1], stacked: true },
		{ width: 800, height: 900, stacked: true },
		{ width: 1280, height: 900, stacked: false },
	])('$width px: every method’s cell is on screen, none scrolled away', async (viewport) => {
		const page = await newPage(browser(), {
			viewport: { width: viewport.width, height: viewport.height },
		});
		await page.goto(inject('baseURL') + `${prefix}/guides/choosing-a-method/`, {
			waitUntil: 'networkidle',
		});
		const rows = page.locator('.method-table tbody tr');
		expect(await rows.count()).toBe(8);
		for (const method of ['KMS', 'MAK', 'ADBA']) {
			const cells = page.locator(`.method-table td[data-label="${method}"]`);
			expect(await cells.count(), method).toBe(8);
			for (const box of await cells.evaluateAll((tds) =>
				tds.map((td) => {
					const rect = td.getBoundingClientRect();
					const scroller = td.closest('table');
					return {
						left: rect.left,
						right: rect.right,
						width: rect.width,
						clipped: scroller !== null && scroller.scrollWidth > scroller.clientWidth,
					};
				})
			)) {
				expect(box.width, method).toBeGreaterThan(0);
				expect(box.left, method).toBeGreaterThanOrEqual(0);
				expect(box.right, method).toBeLessThanOrEqual(viewport.width);
				expect(box.clipped, `${method}: the table scrolls sideways`).toBe(false);
			}
			// Stacked, each cell says which method it is about; as a table, its column header does.
			const label = await cells.first().evaluate((td) => getComputedStyle(td, '::before').content);
			if (viewport.stacked) expect(label).toContain(method);
			else expect(label).toBe('none');
		}
		// The column headers are still there for assistive technology.
		expect(await page.locator('.method-table th[scope="col"]').count()).toBe(4);
		await noHorizontalScroll(page);
		await expectNoAxeViolationsInBothThemes(page);
		await page.context().close();
	});
});
