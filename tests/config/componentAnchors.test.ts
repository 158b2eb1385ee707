import { describe, expect, test } from 'vitest';
import { isComponentAnchor } from '../../src/config/componentAnchors.ts';
import { ERROR_CODES } from '../../src/data/errors.ts';
import { SLMGR_OPTIONS, slmgrAnchor } from '../../src/data/slmgrOptions.ts';

describe('isComponentAnchor (links the validator cannot see)', () => {
	test('accepts every error-code anchor in both locales', () => {
		for (const { code } of ERROR_CODES) {
			expect(isComponentAnchor(`/guides/error-codes/#${code.toLowerCase()}`), code).toBe(true);
			expect(isComponentAnchor(`/en/guides/error-codes/#${code.toLowerCase()}`), code).toBe(true);
		}
	});

	test('accepts every slmgr option anchor', () => {
		for (const { option } of SLMGR_OPTIONS)
			expect(isComponentAnchor(`/guides/slmgr-reference/#${slmgrAnchor(option)}`), option).toBe(
				true
			);
		expect(slmgrAnchor('/ad-activation-get-IID')).toBe('ad-activation-get-iid');
	});

	test('rejects codes and options that do not exist, other pages and malformed links', () => {
		for (const link of [
			'/guides/error-codes/#0xdeadbeef',
			'/guides/error-codes/#0xC004F074',
			'/guides/slmgr-reference/#del-obj',
			'/guides/lifecycle/#0xc004f074',
			'/guides/error-codes/',
			'/guides/error-codes/#%E0%A4%A',
			'https://example.com/guides/error-codes/#0xc004f074',
			'/fr/guides/error-codes/#0xc004f074',
		]) {
			expect(isComponentAnchor(link), link).toBe(false);
		}
	});
});
