import { describe, expect, it } from 'vitest';
import { dayOf, fill, formatSimDate, formatSpan } from '../../src/lab/format.ts';

describe('lab formatting', () => {
	it('formats simulated dates per locale, in UTC', () => {
		expect(formatSimDate('ja', '2026-01-05T09:00:00Z', 0)).toBe('2026年1月5日 09:00');
		expect(formatSimDate('en', '2026-01-05T09:00:00Z', 1440 * 31 + 30)).toBe('5 Feb 2026, 09:30');
		expect(formatSimDate('en', '2026-01-05T09:00:00Z', 0, false)).toBe('5 Jan 2026');
		expect(formatSimDate('en', 'not a date', 0)).toBe('');
	});

	it('counts days from the start as day 0', () => {
		expect(dayOf(0)).toBe(0);
		expect(dayOf(1439)).toBe(0);
		expect(dayOf(1440)).toBe(1);
	});

	it('writes durations compactly', () => {
		expect(formatSpan('ja', 0)).toBe('0 分');
		expect(formatSpan('en', 90)).toBe('1 h 30 min');
		expect(formatSpan('ja', 3 * 1440 + 120)).toBe('3 日 2 時間');
		expect(formatSpan('en', 180 * 1440 + 5)).toBe('180 d');
		expect(formatSpan('en', -300)).toBe('−5 h');
	});

	it('fills placeholders as plain text and leaves unknown ones', () => {
		expect(fill('{a} and {b}', { a: '<b>', b: 2 })).toBe('<b> and 2');
		expect(fill('{missing}', {})).toBe('{missing}');
	});
});
