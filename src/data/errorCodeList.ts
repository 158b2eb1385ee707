/**
 * The codes the error reference documents (`errorMeanings.ts`), in its order, without their words:
 * what the paste diagnosis needs to tell a documented code from an unknown one. Kept apart so the
 * diagnosis island does not load every meaning in both languages (its page passes the meanings of
 * its own language). tests/data/errorCodeList.test.ts keeps this list equal to the meanings'.
 */
export const DOCUMENTED_CODES: readonly string[] = [
	'0xC004F074',
	'0xC004F038',
	'0xC004F039',
	'0xC004F041',
	'0xC004F042',
	'0xC004F06C',
	'0xC004F035',
	'0xC004F050',
	'0xC004F051',
	'0xC004F009',
	'0xC004FC07',
	'0xC004F00F',
	'0xC004F014',
	'0xC004F015',
	'0xC004F025',
	'0xC004F02C',
	'0xC004F064',
	'0xC004F065',
	'0xC004F200',
	'0xC004F066',
	'0xC004F068',
	'0xC004F069',
	'0xC004F06B',
	'0xC004F081',
	'0xC004F082',
	'0xC004F083',
	'0xC004C001',
	'0xC004C003',
	'0xC004C008',
	'0xC004C020',
	'0xC004C021',
	'0xC004B100',
	'0xC004E003',
	'0xC004E015',
	'0xC004E016',
	'0xC004D307',
	'0x8007232A',
	'0x80072338',
	'0x8007232B',
	'0x8007251D',
	'0x80092328',
	'0x8007007B',
	'0x800706BA',
	'0x80070005',
	'0x80004005',
	'0x8004FE21',
	'0x80070490',
	'0x80072EE7',
];

const DOCUMENTED: ReadonlySet<string> = new Set(DOCUMENTED_CODES);

/** True when the error reference has an entry for `code` (`0xC004F074`, `c004f074`, any letter case). */
export function isDocumentedCode(code: string): boolean {
	const hex = code.trim().replace(/^0x/i, '').toUpperCase();
	return /^[0-9A-F]{8}$/.test(hex) && DOCUMENTED.has(`0x${hex}`);
}
