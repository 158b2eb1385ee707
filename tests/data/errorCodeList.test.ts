import { describe, expect, test } from 'vitest';
import { DOCUMENTED_CODES, isDocumentedCode } from '../../src/data/errorCodeList.ts';
import { ERROR_MEANINGS, findErrorMeaning } from '../../src/data/errorMeanings.ts';

describe('the documented codes without their words', () => {
	test("are exactly the error reference's codes, in its order", () => {
		expect(DOCUMENTED_CODES).toEqual(ERROR_MEANINGS.map((m) => m.code));
	});

	test('tell a documented code as findErrorMeaning does, in any letter case and with or without 0x', () => {
		for (const code of [
			'0xC004F074',
			'c004f074',
			'0x8007232b',
			' 0xC004F038 ',
			'0xC004F075',
			'0x00000000',
			'constructor',
			'',
			'0xC004F07',
		]) {
			expect(isDocumentedCode(code), code).toBe(findErrorMeaning(code) !== undefined);
		}
	});
});
