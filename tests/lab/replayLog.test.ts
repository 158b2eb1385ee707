import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAB_LIMITS, LAB_STORAGE } from '../../src/engine/index.ts';
import { formatIssue } from '../../src/i18n/issues/index.ts';
import { decodeReplayLog, encodeReplayLog } from '../../src/lab/replayLog.ts';
import type { RecordedAction } from '../../src/engine/index.ts';

const sample: RecordedAction[] = [
	{ at: 0, action: { type: 'setFirewall', host: 'KMS01', open: false } },
	{ at: 1440, action: { type: 'setClockOffset', target: 'PC001', offset: '5h' } },
	{
		at: 2880,
		action: { type: 'addMachines', prefix: 'PC', count: 3, product: 'win11-enterprise' },
	},
	{ at: 2880, action: { type: 'setDnsPublishing', host: 'KMS01', enabled: false } },
];

describe('replay log encoding', () => {
	it('round-trips a log through URL-safe text', () => {
		const text = encodeReplayLog(sample);
		expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeReplayLog(text)).toEqual({ ok: true, log: sample });
	});

	it('encodes an empty log as an empty string', () => {
		expect(encodeReplayLog([])).toBe('');
		expect(decodeReplayLog('')).toEqual({ ok: true, log: [] });
	});

	it('round-trips non-ASCII text in actions', () => {
		const log: RecordedAction[] = [
			{ at: 5, action: { type: 'deleteActivationObject', name: 'ライセンス認証オブジェクト' } },
		];
		expect(decodeReplayLog(encodeReplayLog(log))).toEqual({ ok: true, log });
	});

	const encodeRaw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

	it.each([
		['not base64', '<script>alert(1)</script>', '"format"'],
		['not JSON', Buffer.from('{oops').toString('base64url'), '"format"'],
		['not an array', encodeRaw({ a: 1 }), '"array"'],
		['an unknown action', encodeRaw([[0, { type: 'eval', code: 'alert(1)' }]]), 'log[0][1].type'],
		[
			'a prototype name as the action',
			encodeRaw([[0, { type: 'constructor', target: 'PC001' }]]),
			'log[0][1].type',
		],
		['a negative time', encodeRaw([[-5, { type: 'restart', target: 'PC001' }]]), 'log[0][0]'],
		[
			'a time past the horizon',
			encodeRaw([[LAB_LIMITS.maxMinutes + 1, { type: 'restart', target: 'PC001' }]]),
			'maxMinutes',
		],
		[
			'times out of order',
			encodeRaw([
				[10, { type: 'restart', target: 'PC001' }],
				[5, { type: 'restart', target: 'PC001' }],
			]),
			'not_in_time_order',
		],
		[
			'too many machines',
			encodeRaw([
				[0, { type: 'addMachines', prefix: 'PC', count: 100000, product: 'win11-enterprise' }],
			]),
			'count',
		],
		[
			'an extra field',
			encodeRaw([[0, { type: 'restart', target: 'PC001', __proto__x: 1 }]]),
			'unknown_field',
		],
		[
			'a __proto__ field',
			encodeRaw([
				[0, JSON.parse('{"type":"restart","target":"PC001","__proto__":{"polluted":1}}')],
			]),
			'unknown_field',
		],
	])('rejects %s with a reason', (_name, text, reason) => {
		const result = decodeReplayLog(text);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(`${result.issue.path} ${result.issue.code} ${JSON.stringify(result.issue)}`).toContain(
				reason
			);
	});

	it('rejects a log longer than the limit without parsing it', () => {
		const result = decodeReplayLog('A'.repeat(LAB_STORAGE.maxEncodedLog + 1));
		expect(result).toMatchObject({
			ok: false,
			issue: { path: 'log', code: 'limit', limit: 'maxActionLogBytes' },
		});
		if (!result.ok)
			expect(formatIssue(result.issue, 'en')).toContain(String(LAB_LIMITS.maxActionLogBytes));
	});

	it('rejects a log whose actions take more bytes than a run may record', () => {
		const big = Array.from({ length: 200 }, (_, i) => [
			i,
			{ type: 'deleteActivationObject', name: 'X'.repeat(250) },
		]);
		expect(decodeReplayLog(encodeRaw(big))).toMatchObject({
			ok: false,
			issue: { code: 'limit', limit: 'maxActionLogBytes' },
		});
	});

	it('rejects more actions than the limit', () => {
		const many = Array.from({ length: LAB_LIMITS.maxActions + 1 }, () => [
			0,
			{ type: 'restart', target: 'PC001' },
		]);
		expect(decodeReplayLog(encodeRaw(many)).ok).toBe(false);
	});

	it('never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				const result = decodeReplayLog(text);
				expect(typeof result.ok).toBe('boolean');
			})
		);
	});

	it('never throws on arbitrary JSON', () => {
		fc.assert(
			fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
				const result = decodeReplayLog(encodeRaw(value));
				expect(typeof result.ok).toBe('boolean');
			})
		);
	});
});
