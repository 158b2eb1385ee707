import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/data/errors.ts';
import {
	PAGE_SEARCH_TERMS,
	errorCodeSearchForms,
	searchTermsFor,
} from '../../src/data/searchTerms.ts';
import { extractCodes, formatCode } from '../../src/tools/errorCode.ts';

describe('errorCodeSearchForms', () => {
	it('gives the forms an administrator types for 0xC004F074', () => {
		expect(errorCodeSearchForms('0xC004F074')).toEqual([
			'C004F074',
			'3221549172',
			'-1073418124',
			'０ｘＣ００４Ｆ０７４',
			'Ｃ００４Ｆ０７４',
			'３２２１５４９１７２',
		]);
	});

	it('gives forms that read back as the same code, for every code of the reference', () => {
		for (const { code } of ERROR_CODES) {
			const [bare, unsigned, signed, wide, wideBare, wideUnsigned] = errorCodeSearchForms(code);
			expect(extractCodes(bare!)).toEqual([code]);
			expect(formatCode(Number(unsigned))).toBe(code);
			expect(Number(unsigned)).toBeGreaterThanOrEqual(0x80000000);
			expect(extractCodes(signed!)).toEqual([code]);
			// Full width folds back to the half-width forms (NFKC).
			expect([wide, wideBare, wideUnsigned].map((f) => f!.normalize('NFKC'))).toEqual([
				code,
				bare,
				unsigned,
			]);
		}
	});
});

describe('PAGE_SEARCH_TERMS', () => {
	it('names pages that exist in both locales, each once', () => {
		const pages = PAGE_SEARCH_TERMS.map((t) => t.page);
		expect(new Set(pages).size).toBe(pages.length);
		for (const page of pages) {
			expect(existsSync(`content/docs/${page}.mdx`), page).toBe(true);
			expect(existsSync(`content/docs/en/${page}.mdx`), `en/${page}`).toBe(true);
		}
	});

	it('has Japanese terms in Japanese and English terms in English', () => {
		for (const { page, ja, en } of PAGE_SEARCH_TERMS) {
			expect(ja.length, page).toBeGreaterThan(0);
			expect(en.length, page).toBeGreaterThan(0);
			for (const term of ja) expect(term, page).toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
			for (const term of en) expect(term, page).not.toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
		}
	});

	it('indexes both languages on both locales of a page, and nothing on others', () => {
		expect(searchTermsFor('guides/mak')).toEqual(searchTermsFor('en/guides/mak'));
		expect(searchTermsFor('en/guides/mak')).toContain('オフライン');
		expect(searchTermsFor('guides/mak')).toContain('offline activation');
		expect(searchTermsFor('guides/glossary')).toEqual([]);
	});
});
