import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, openSearch } from './support.ts';

// Search is Pagefind, indexed from the built dist/ (one index per language; the UI loads the
// index of the page's <html lang>). These tests use the dialog the way a reader does and check
// that a query lands on the page that answers it. Japanese has no spaces between words, so a
// term like 「しきい値」 only matches if Pagefind's segmentation and our headings line up.

/** How far down the list the right page may appear and still count as "landed". */
const TOP = 3;

interface SearchCase {
	query: string;
	expected: string;
	/** How the reader opens the dialog: the header button or the Ctrl+K shortcut. */
	open: 'click' | 'shortcut';
}

const JA: readonly SearchCase[] = [
	{ query: 'しきい値', expected: '/guides/how-kms-works/', open: 'click' },
	{ query: '0xC004F074', expected: '/guides/error-codes/', open: 'shortcut' },
	{ query: 'カウント', expected: '/guides/faq/', open: 'click' },
	{ query: '誤解', expected: '/guides/faq/', open: 'click' },
	{ query: 'ospp', expected: '/guides/office/', open: 'shortcut' },
	{ query: 'ao-list', expected: '/guides/slmgr-reference/', open: 'click' },
	{ query: '用語集', expected: '/guides/glossary/', open: 'click' },
	// English terms and everyday phrasings (src/data/searchTerms.ts).
	{ query: 'KMS host', expected: '/guides/kms-host-setup/', open: 'click' },
	{ query: 'offline activation', expected: '/guides/mak/', open: 'click' },
	{ query: 'minimum count', expected: '/guides/how-kms-works/', open: 'click' },
	{ query: 'オフライン', expected: '/guides/mak/', open: 'click' },
	{ query: '200 日', expected: '/guides/lifecycle/', open: 'click' },
];

const EN: readonly SearchCase[] = [
	{ query: 'threshold', expected: '/en/guides/how-kms-works/', open: 'click' },
	{ query: '0xC004F074', expected: '/en/guides/error-codes/', open: 'shortcut' },
	{ query: 'misconceptions', expected: '/en/guides/faq/', open: 'click' },
	{ query: 'ospp', expected: '/en/guides/office/', open: 'click' },
	{ query: 'del-ao', expected: '/en/guides/slmgr-reference/', open: 'shortcut' },
	{ query: 'glossary', expected: '/en/guides/glossary/', open: 'click' },
	// Japanese terms and everyday phrasings (src/data/searchTerms.ts).
	{ query: 'ライセンス認証', expected: '/en/guides/basics/', open: 'click' },
	{ query: 'KMS ホスト', expected: '/en/guides/kms-host-setup/', open: 'click' },
	{ query: 'オフライン', expected: '/en/guides/mak/', open: 'click' },
	{ query: '200 日', expected: '/en/guides/lifecycle/', open: 'click' },
	{ query: 'offline activation', expected: '/en/guides/mak/', open: 'click' },
	{ query: 'minimum count', expected: '/en/guides/how-kms-works/', open: 'click' },
];

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens a page, opens the search dialog and types the query; returns the page with results showing. */
async function search(prefix: string, { query, open }: SearchCase): Promise<Page> {
	const page = await newPage(browser);
	const response = await page.goto(`${inject('baseURL')}${prefix}/`);
	expect(response?.status()).toBe(200);
	const input = await openSearch(page, open);
	await input.pressSequentially(query, { delay: 15 });
	// The status line names the query once Pagefind has answered the whole of it, not a prefix.
	await expect
		.poll(async () => (await page.locator('.pagefind-ui__message').textContent()) ?? '', {
			timeout: 15_000,
		})
		.toContain(query);
	return page;
}

/** Paths of the page-level results (not the sub-results under each page), best first. */
async function resultPaths(page: Page): Promise<string[]> {
	return page
		.locator(
			'.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link'
		)
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.each([
	{ locale: 'ja', prefix: '', cases: JA },
	{ locale: 'en', prefix: '/en', cases: EN },
])('search ($locale)', ({ prefix, cases }) => {
	test.each(cases)('「$query」 lands on $expected', async (searchCase) => {
		const page = await search(prefix, searchCase);
		try {
			await expect
				.poll(async () => (await resultPaths(page)).slice(0, TOP), { timeout: 15_000 })
				.toContain(searchCase.expected);
			// Each language has its own index: a Japanese reader gets Japanese pages, and so on.
			const paths = await resultPaths(page);
			for (const path of paths) {
				if (prefix === '') expect(path.startsWith('/en/')).toBe(false);
				else expect(path.startsWith('/en/')).toBe(true);
			}
		} finally {
			await page.context().close();
		}
	});
});

/** Nested (sub-result) links of the first page result, as paths with their anchor, best first. */
async function firstResultSubLinks(page: Page): Promise<string[]> {
	return page
		.locator('.pagefind-ui__result')
		.first()
		.locator('.pagefind-ui__result-nested .pagefind-ui__result-link')
		.evaluateAll((links) =>
			links.map((a) => {
				const url = new URL((a as HTMLAnchorElement).href);
				return decodeURIComponent(url.pathname + url.hash);
			})
		);
}

// However an administrator types an error code, the first result is the error reference and its
// hit is the code's own entry (#0xc004f074), not the top of the list. 0xC004F074 is 3221549172
// unsigned (-1073418124 signed).
const CODE_FORMS = ['0xC004F074', '0xc004f074', 'C004F074', '０ｘＣ００４Ｆ０７４', '3221549172'];

describe.each([
	{ locale: 'ja', prefix: '', section: '/guides/error-codes/#すべてのコード' },
	{ locale: 'en', prefix: '/en', section: '/en/guides/error-codes/#all-codes' },
])('error codes in any form ($locale)', ({ prefix, section }) => {
	test.each(CODE_FORMS)('「%s」 lands on the entry of 0xC004F074', async (query) => {
		const page = await search(prefix, { query, expected: '', open: 'click' });
		try {
			const entry = `${prefix}/guides/error-codes/#0xc004f074`;
			await expect
				.poll(async () => (await resultPaths(page))[0], { timeout: 15_000 })
				.toBe(`${prefix}/guides/error-codes/`);
			await expect.poll(() => firstResultSubLinks(page), { timeout: 15_000 }).toContain(entry);
			const links = await firstResultSubLinks(page);
			expect(links).not.toContain(section);
			// Forms the page does not print are found only through the entry's own search forms.
			if (!/^0x/i.test(query)) expect(links[0]).toBe(entry);
		} finally {
			await page.context().close();
		}
	});
});

test('a query with no match says so instead of showing unrelated pages', async () => {
	const page = await search('/en', { query: 'zzqxjv', expected: '', open: 'click' });
	try {
		expect(await resultPaths(page)).toEqual([]);
	} finally {
		await page.context().close();
	}
});
