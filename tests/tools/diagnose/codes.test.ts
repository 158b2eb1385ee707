import { describe, expect, it } from 'vitest';
import { codesInLine } from '../../../src/tools/diagnose/codes.ts';
import { diagnose } from '../../../src/tools/diagnose/index.ts';

/** Every code in a text, in every form people paste; never an ID, a PID or a masked number. */

const codes = (text: string): string[] => codesInLine(text).map((c) => c.code);

describe('codes in a line', () => {
	it.each([
		['0xC004F074', '0xC004F074'],
		['c004f074', '0xC004F074'],
		['C004F074', '0xC004F074'],
		['0XC004F06C', '0xC004F06C'],
		['8007232b', '0x8007232B'],
		// 0xC004F074 as an unsigned decimal is 3221549172 (0xC0000000 = 3221225472, plus 0x4F074 = 323700).
		['3221549172', '0xC004F074'],
		['-1073418124', '0xC004F074'],
		['Notification Reason: 0xC004F009 (grace time expired).', '0xC004F009'],
	])('%s → %s', (text, code) => {
		expect(codes(text)).toEqual([code]);
	});

	it('reads full-width digits once normalized', () => {
		expect(diagnose(['０ｘＣ００４Ｆ０７４']).primaryCode).toBe('0xC004F074');
		expect(diagnose(['ｃ００４ｆ０７４']).primaryCode).toBe('0xC004F074');
	});

	it.each([
		['Activation ID: c29wb22c-c8vj-3264-9f3f-0d29c1a9e0c1'],
		['Client Machine ID (CMID): c004f074-2fd5-440b-be67-a09996d27a38'],
		['.......-b604-4b8c-9a48-99d4348fcf37'],
		['6f345b60-8a5c-427c-....-836a982589dc'],
		['Extended PID: 06401-00206-491-411285-03-1031-9600.0000-0802017'],
		['Installation ID: 020650770493837252929082195773527024195725809211989214'],
		['Partial Product Key: C004F'],
		['slmgr /ipk 33PXH-7Y6KF-2VJC9-XBBR8-HVTHH'],
		['-1234'],
		['count -1234 left'],
		['0x00000000, 0x00000000, 1, 0, 10, 120, 10080, 2012/12/04 07:06'],
		['KMS machine name from DNS: cafe0001:1688'],
		['Trusted time: 10/26/2016 9:58:33 AM'],
		['KMS machine IP address: fe80::c004:f074'],
		['1234567890'],
		// 3221548916 is 0xC004EF74, which no source defines: a decimal is taken only for a known code.
		['3221548916'],
	])('%s holds no code', (text) => {
		expect(codes(text)).toEqual([]);
	});

	it('"-1234" is not 0xFFFFFB2E', () => {
		expect(codes('-1234')).not.toContain('0xFFFFFB2E');
		expect(diagnose(['the masked serial is -1234']).codes).toEqual([]);
	});

	it('reports every code of a text, in order', () => {
		expect(codes('Error: 0xC004F074 then 0x8007232B and c004f06c')).toEqual([
			'0xC004F074',
			'0x8007232B',
			'0xC004F06C',
		]);
	});
});

describe('codes of a diagnosis', () => {
	const ato =
		'Error: 0xC004F074 The Software Licensing Service reported that the product could not be activated. No Key Management Service (KMS) could be contacted.';
	const event =
		'The client has sent an activation request to the key management service machine.\nInfo:\n0xC004F06C, 0x00000000, kms01.contoso.com:1688, 36f27b39-2fd5-440b-be67-a09996d27a38, 2010/09/29 17:52, 0, 2, 41760, 68531fb9-5511-4989-97be-d11a0f55633f, 25';

	it("/ato 0xC004F074 points to event 12288's first field as the real cause", () => {
		const d = diagnose([ato, event]);
		expect(d.primaryCode).toBe('0xC004F06C');
		expect(d.codes.map((c) => c.code)).toEqual(['0xC004F06C', '0xC004F074']);
		expect(d.codes[1]?.explainedBy).toBe('0xC004F06C');
		expect(d.causes[0]?.id).toBe('clock_skew');
		expect(d.causes[0]?.params.reported).toBe('0xC004F074');
	});

	it('/ato 0xC004F074 alone asks for event 12288', () => {
		const d = diagnose([ato]);
		expect(d.primaryCode).toBe('0xC004F074');
		expect(d.missing).toContain('event_12288');
	});

	it('an unknown code is reported as unknown, never guessed', () => {
		const d = diagnose(['Error: 0xC004FFFF']);
		expect(d.codes[0]).toMatchObject({ code: '0xC004FFFF', known: false, primary: true });
		expect(d.causes.map((c) => c.id)).toEqual(['unknown_code']);
		expect(d.causes[0]?.errorEntry).toBeNull();
	});

	it('a known code with no rule points to its error reference entry', () => {
		const d = diagnose([
			'Error: 0xC004F050 The Software Licensing Service reported that the product key is invalid',
		]);
		expect(d.causes[0]).toMatchObject({ id: 'see_error_entry', errorEntry: '0xC004F050' });
	});
});
