import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ERROR_CODES } from '../../src/data/errors.ts';
import {
	anchorId,
	closestCodes,
	extractCodes,
	formatCode,
	lookupError,
} from '../../src/tools/errorCode.ts';

function foundCode(input: string): string | undefined {
	const result = lookupError(input);
	return result.kind === 'found' ? result.entry.code : undefined;
}

describe('lookupError: the forms people paste', () => {
	it.each([
		['0xC004F074', '0xC004F074'],
		['C004F074', '0xC004F074'],
		['c004f074', '0xC004F074'],
		['0x8007232b', '0x8007232B'],
		['-1073418124', '0xC004F074'],
		['  0XC004F06C\n', '0xC004F06C'],
	])('%s → %s', (input, code) => {
		expect(foundCode(input)).toBe(code);
	});

	it('finds the code inside a pasted slmgr sentence', () => {
		const sentence =
			'Error: 0xC004F074 The Software Licensing Service reported that the computer could not be activated. No Key Management Service (KMS) could be contacted. Please see the Application Event Log for additional information.';
		expect(foundCode(sentence)).toBe('0xC004F074');
		expect(foundCode('エラー: 0x8007232B DNS 名が存在しません。')).toBe('0x8007232B');
	});

	it('prefers a known code over an unknown one in the same text', () => {
		expect(foundCode('Error 0x12345678 then 0xC004F038')).toBe('0xC004F038');
	});

	it('does not take dates, ports or counts for codes', () => {
		expect(extractCodes('2024/09/29 17:52 port 1688 count 25 20240929')).toEqual([]);
	});

	it('pads short hex forms', () => {
		expect(extractCodes('0x5')).toEqual(['0x00000005']);
	});

	it('says "empty" for blank input and "invalid" for text without a code', () => {
		expect(lookupError('   ').kind).toBe('empty');
		expect(lookupError('my computer will not activate').kind).toBe('invalid');
	});

	it('says "unknown" for a well-formed code it does not know, with the closest known codes', () => {
		const result = lookupError('0xC004F075');
		expect(result.kind).toBe('unknown');
		if (result.kind !== 'unknown') return;
		expect(result.code).toBe('0xC004F075');
		expect(result.closest.length).toBe(3);
		expect(result.closest[0]?.code).toBe('0xC004F074');
		for (const entry of result.closest) expect(entry.code.startsWith('0xC004F0')).toBe(true);
	});

	it('never throws on garbage input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 3000 }), (input) => {
				const result = lookupError(input);
				expect(['empty', 'invalid', 'found', 'unknown']).toContain(result.kind);
			}),
			{ numRuns: 500 }
		);
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
				lookupError(input);
			})
		);
	});

	it('round-trips every known code through every form', () => {
		for (const entry of ERROR_CODES) {
			const hex = entry.code.slice(2);
			const signed = Number.parseInt(hex, 16) | 0;
			expect(foundCode(entry.code)).toBe(entry.code);
			expect(foundCode(hex.toLowerCase())).toBe(entry.code);
			expect(foundCode(String(signed))).toBe(entry.code);
			expect(foundCode(`Error: ${entry.code}. See the event log.`)).toBe(entry.code);
		}
	});

	it('returns the code itself first when asked for codes close to a known code', () => {
		expect(closestCodes('0x8007232B', 1)[0]?.code).toBe('0x8007232B');
	});

	it('formats any 32-bit value as 0x + 8 upper-case digits', () => {
		fc.assert(
			fc.property(fc.integer({ min: -0x80000000, max: 0xffffffff }), (n) =>
				/^0x[0-9A-F]{8}$/.test(formatCode(n))
			)
		);
	});

	it('makes lower-case anchors', () => {
		expect(anchorId('0xC004F074')).toBe('0xc004f074');
	});
});
