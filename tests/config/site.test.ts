import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE, resolveSite } from '../../src/config/site.ts';

describe('resolveSite (SITE_URL)', () => {
	test('defaults when unset or blank', () => {
		expect(resolveSite(undefined)).toBe(DEFAULT_SITE);
		expect(resolveSite('  ')).toBe(DEFAULT_SITE);
	});

	test('keeps the origin and a base path without trailing slash', () => {
		expect(resolveSite('https://kms.example.org/')).toBe('https://kms.example.org');
		expect(resolveSite('https://example.org/kms-lab/')).toBe('https://example.org/kms-lab');
	});

	test('rejects values that are not http(s) URLs, saying what to fix', () => {
		expect(() => resolveSite('kms.example.org')).toThrow(/SITE_URL must be an absolute URL/);
		expect(() => resolveSite('ftp://kms.example.org')).toThrow(/https:\/\//);
	});
});
