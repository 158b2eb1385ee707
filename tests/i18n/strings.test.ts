import { describe, expect, test } from 'vitest';
import { ja, jaGuides } from '../../src/i18n/ja.ts';
import { en, enGuides } from '../../src/i18n/en.ts';
import { formatDate, localePath, t, toLocale } from '../../src/i18n/index.ts';

describe('UI strings', () => {
	test('both locales define exactly the same keys', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
		expect(Object.keys(enGuides).sort()).toEqual(Object.keys(jaGuides).sort());
	});

	test('no string is empty in either locale', () => {
		for (const [key, value] of [ja, en, jaGuides, enGuides].flatMap((strings) =>
			Object.entries(strings)
		)) {
			expect(value.trim(), key).not.toBe('');
		}
	});

	test('the accessor returns the locale’s string', () => {
		expect(t('ja', 'common.sources')).toBe('出典');
		expect(t('en', 'common.sources')).toBe('Sources');
	});

	test('locale helpers', () => {
		expect(toLocale('en')).toBe('en');
		expect(toLocale('en-US')).toBe('en');
		expect(toLocale('ja')).toBe('ja');
		expect(toLocale(undefined)).toBe('ja');
		expect(localePath('ja', '/guides/basics/')).toBe('/guides/basics/');
		expect(localePath('en', 'guides/basics/')).toBe('/en/guides/basics/');
	});

	test('dates are formatted per locale without shifting the day', () => {
		expect(formatDate('ja', '2026-11-28')).toBe('2026年11月28日');
		expect(formatDate('en', '2026-11-28')).toBe('28 November 2026');
	});
});
