import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ERROR_CODES } from '../../src/data/errors.ts';
import { codesInLine } from '../../src/tools/diagnose/codes.ts';
import { diagnose } from '../../src/tools/diagnose/index.ts';
import {
	anchorId,
	closestCodes,
	extractCodes,
	formatCode,
	isWholeOutput,
	lookupError,
	type ErrorLookup,
} from '../../src/tools/errorCode.ts';
import { sampleText } from './diagnose/helpers.ts';

function codesOf(result: ErrorLookup): string[] {
	return result.kind === 'codes' ? result.codes.map((c) => c.code) : [];
}

function foundCode(input: string): string | undefined {
	const result = lookupError(input);
	const first = result.kind === 'codes' ? result.codes[0] : undefined;
	return first?.entry?.code;
}

describe('lookupError: the forms people paste', () => {
	it.each([
		['0xC004F074', '0xC004F074'],
		['0xc004f074', '0xC004F074'],
		['C004F074', '0xC004F074'],
		['c004f074', '0xC004F074'],
		['０ｘＣ００４Ｆ０７４', '0xC004F074'],
		['Ｃ００４Ｆ０７４', '0xC004F074'],
		['3221549172', '0xC004F074'],
		['-1073418124', '0xC004F074'],
		['0x8007232b', '0x8007232B'],
		['  0XC004F06C\n', '0xC004F06C'],
	])('%s → %s', (input, code) => {
		expect(foundCode(input)).toBe(code);
	});

	it('uses the diagnose core to find codes: the same reading, not a copy', () => {
		for (const text of [
			'0xC004F074',
			'Error: 0x8007232B',
			'CMID 2ffcfc30-6a6a-49ec-92b8-f6150c7df211',
		])
			expect(extractCodes(text)).toEqual(codesInLine(text).map((c) => c.code));
	});

	it('finds the code inside a pasted slmgr sentence', () => {
		const sentence =
			'Error: 0xC004F074 The Software Licensing Service reported that the computer could not be activated. No Key Management Service (KMS) could be contacted. Please see the Application Event Log for additional information.';
		expect(foundCode(sentence)).toBe('0xC004F074');
		expect(foundCode('エラー: 0x8007232B DNS 名が存在しません。')).toBe('0x8007232B');
	});

	it('never takes an Activation ID, a CMID, a GUID, a PID or a masked number for a code', () => {
		for (const text of [
			'Activation ID: c004f074-0000-4000-8000-000000000000',
			'Client Machine ID (CMID): 2ffcfc30-6a6a-49ec-92b8-f6150c7df211',
			'{C004F074-5C2A-4A3B-B1E8-0123456789AB}',
			'Extended PID: 55041-00140-015-871562-03-1033-7078.0000-0992009',
			'Installation ID: 0012345678901234567890123456789012345678901234567',
			'Error: -1234',
			'KMS count -1234',
		])
			expect(lookupError(text).kind, text).toBe('invalid');
	});

	it('puts a real code ahead of an ID that starts like one, and reports every code', () => {
		const text =
			'Activation ID: c004f074-0000-4000-8000-000000000000 failed with 0x8007232B, then 0xC004F074';
		expect(codesOf(lookupError(text))).toEqual(['0x8007232B', '0xC004F074']);
	});

	it('reports every code of a text, known ones first', () => {
		const result = lookupError('Error 0x8000FFFE then 0xC004F038 and 0xC004F074');
		expect(codesOf(result)).toEqual(['0xC004F038', '0xC004F074', '0x8000FFFE']);
	});

	it('does not take dates, ports, counts or success values for codes', () => {
		expect(extractCodes('2024/09/29 17:52 port 1688 count 25 20240929 0x0 0x5')).toEqual([]);
	});

	it('says "empty" for blank input and "invalid" for text without a code', () => {
		expect(lookupError('   ').kind).toBe('empty');
		expect(lookupError('my computer will not activate')).toEqual({
			kind: 'invalid',
			output: false,
		});
	});

	it('offers the closest known codes only for one unknown code typed alone', () => {
		const result = lookupError('0xC004F075');
		expect(result.kind).toBe('codes');
		if (result.kind !== 'codes') return;
		expect(result.codes[0]?.code).toBe('0xC004F075');
		expect(result.codes[0]?.entry).toBeUndefined();
		expect(result.closest.length).toBe(3);
		expect(result.closest[0]?.code).toBe('0xC004F074');
		for (const entry of result.closest) expect(entry.code.startsWith('0xC004F0')).toBe(true);
		// The same code inside a sentence or an output: no suggestions of unrelated failures.
		for (const text of ['The tool said 0xC004F075 yesterday', 'line one\nError: 0xC004F075']) {
			const other = lookupError(text);
			expect(other.kind === 'codes' && other.closest.length).toBe(0);
		}
	});

	it('reads a healthy /dli as a whole output with no code, suggesting nothing', () => {
		const result = lookupError(sampleText('ff793426-dli-client.txt'));
		expect(result).toEqual({ kind: 'invalid', output: true });
	});

	it('points a bare 0xC004F074 to event 12288, and takes the cause from 12288 when the paste has it', () => {
		const ato = lookupError(
			'Error: 0xC004F074 No Key Management Service (KMS) could be contacted.'
		);
		expect(ato.kind === 'codes' && ato.see12288).toBe(true);
		const text = `${sampleText('ms-f074-ato-error.txt')}\n${sampleText('ms-f074-event12288-client.txt')}`;
		expect(isWholeOutput(text)).toBe(true);
		const alone = lookupError(text);
		expect(codesOf(alone)).toContain('0xC004F06C');
		const read = lookupError(text, diagnose([text]));
		expect(read.kind).toBe('codes');
		if (read.kind !== 'codes') return;
		expect(read.output).toBe(true);
		expect(read.codes[0]?.code).toBe('0xC004F06C');
		expect(read.codes.find((c) => c.code === '0xC004F074')?.explainedBy).toBe('0xC004F06C');
		expect(read.see12288).toBe(false);
		expect(read.closest).toEqual([]);
	});

	it('never throws on garbage input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 3000 }), (input) => {
				const result = lookupError(input);
				expect(['empty', 'invalid', 'codes']).toContain(result.kind);
			}),
			{ numRuns: 300 }
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
			const value = Number.parseInt(hex, 16);
			const fullWidth = entry.code.replace(/[0-9A-Za-z]/g, (c) =>
				String.fromCharCode(c.charCodeAt(0) + 0xfee0)
			);
			expect(foundCode(entry.code)).toBe(entry.code);
			expect(foundCode(hex.toLowerCase())).toBe(entry.code);
			expect(foundCode(fullWidth)).toBe(entry.code);
			expect(foundCode(String(value))).toBe(entry.code);
			expect(foundCode(String(value | 0))).toBe(entry.code);
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
