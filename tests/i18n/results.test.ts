import { describe, expect, it } from 'vitest';
import type { EngineError } from '../../src/engine/index.ts';
import { describeEngineError, resultWords } from '../../src/i18n/results/index.ts';

/** Every engine error has a sentence in both languages, and hostile values come out escaped. */

const SAMPLES: EngineError[] = [
	{ code: 'invalid_action', issues: [{ path: 'action.type', code: 'missing' }] },
	{ code: 'unknown_target', name: 'PC999', expected: 'machine' },
	{ code: 'unknown_target', name: 'corp', expected: 'zone' },
	{ code: 'name_taken', name: 'PC001' },
	{ code: 'out_of_range', field: 'interval', value: 5, min: 15, max: 43200 },
	{ code: 'bad_offset', value: 'soon' },
	{ code: 'bad_key', reason: 'format' },
	{ code: 'bad_key', reason: 'wrong_edition', keyKind: 'gvlk', product: 'win11-pro' },
	{ code: 'bad_key', reason: 'wrong_edition', keyKind: 'retail' },
	{ code: 'bad_key', reason: 'host_os', group: 'ws2016' },
	{ code: 'no_forest' },
	{ code: 'no_srv_record', zone: 'corp.contoso.com' },
	{ code: 'object_name_too_long', max: 40 },
	{ code: 'gvlk_by_phone' },
	{ code: 'limit', limit: 'maxActions', max: 300, value: 301 },
	{ code: 'limit', limit: 'maxEvents', max: 1_000_000, value: 1_000_001 },
	{ code: 'limit', limit: 'maxMinutes', max: 1096 * 1440, value: 2e6 },
	{ code: 'internal', action: 'activate', detail: 'boom' },
];

describe('result wording', () => {
	it('has a sentence for every sample in both languages, with no placeholder left', () => {
		for (const e of SAMPLES) {
			for (const lang of ['ja', 'en'] as const) {
				const text = describeEngineError(e, lang);
				expect(text.length, `${e.code} ${lang}`).toBeGreaterThan(5);
				expect(text, `${e.code} ${lang}`).not.toMatch(/\{\w+\}/);
				if (lang === 'ja') expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
			}
		}
	});

	it('names the limit and the value', () => {
		expect(
			describeEngineError({ code: 'limit', limit: 'maxActions', max: 300, value: 301 }, 'en')
		).toBe('A run records at most 300 actions; reset to start again (this would make 301).');
		expect(
			describeEngineError(
				{ code: 'limit', limit: 'maxMinutes', max: 1096 * 1440, value: 2e6 },
				'ja'
			)
		).toContain('1,096 日');
		expect(
			describeEngineError(
				{ code: 'bad_key', reason: 'wrong_edition', keyKind: 'gvlk', product: 'win11-pro' },
				'en'
			)
		).toBe('This GVLK is for another edition, not Windows 11 Pro.');
	});

	it('escapes control characters in values from input', () => {
		const text = describeEngineError(
			{ code: 'unknown_target', name: '\u001b[31mPC\u009b', expected: 'machine' },
			'en'
		);
		expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
		expect(text).toContain('\\u001b');
	});

	it('both languages have the same keys', () => {
		const shape = (w: object): unknown =>
			JSON.parse(JSON.stringify(w, (k, v) => (typeof v === 'string' && k !== '' ? '' : v)));
		expect(shape(resultWords('ja'))).toEqual(shape(resultWords('en')));
	});
});
