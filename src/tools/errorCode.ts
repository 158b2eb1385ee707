import { ERROR_CODES, findError, type ErrorCodeEntry } from '../data/errors.ts';

/** What the reader typed or pasted, understood. */
export type ErrorLookup =
	| { readonly kind: 'empty' }
	/** Nothing in the text looks like an error code. */
	| { readonly kind: 'invalid' }
	/** A well-formed code we have an entry for. */
	| { readonly kind: 'found'; readonly code: string; readonly entry: ErrorCodeEntry }
	/** A well-formed code we do not know: never guess, only point to the nearest known codes. */
	| {
			readonly kind: 'unknown';
			readonly code: string;
			readonly closest: readonly ErrorCodeEntry[];
	  };

/** Longest input we look at; a pasted slmgr dialog is a few hundred characters. */
const MAX_INPUT = 2000;

const HEX_WITH_PREFIX = /0x([0-9a-f]{1,8})(?![0-9a-f])/gi;
const BARE_HEX = /(?<![0-9a-z])([0-9a-f]{8})(?![0-9a-z])/gi;
const SIGNED_DECIMAL = /(?<![0-9a-z.])(-?\d{1,10})(?![0-9.])/gi;

/** Formats a 32-bit value as `0xXXXXXXXX`. */
export function formatCode(value: number): string {
	return `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * Finds every code in a piece of text, in the order they appear, canonical form, no duplicates.
 * Recognizes `0xC004F074`, bare `C004F074` (eight hex digits with at least one letter or a
 * leading 8/C so that dates and counts are not taken for codes), and signed decimals such as
 * `-1073418124` (what some tools print for an HRESULT).
 */
export function extractCodes(input: string): string[] {
	const text = input.slice(0, MAX_INPUT);
	const found: { at: number; code: string }[] = [];
	for (const match of text.matchAll(HEX_WITH_PREFIX)) {
		const digits = match[1] ?? '';
		found.push({ at: match.index, code: formatCode(Number.parseInt(digits, 16)) });
	}
	const withoutPrefixed = text.replace(HEX_WITH_PREFIX, (whole) => ' '.repeat(whole.length));
	for (const match of withoutPrefixed.matchAll(BARE_HEX)) {
		const digits = match[1] ?? '';
		// Eight plain decimal digits (a date, a count) are not an HRESULT unless they start with 8.
		if (/^[0-9]+$/.test(digits) && !digits.startsWith('8')) continue;
		found.push({ at: match.index, code: formatCode(Number.parseInt(digits, 16)) });
	}
	const withoutHex = withoutPrefixed.replace(BARE_HEX, (whole) => ' '.repeat(whole.length));
	for (const match of withoutHex.matchAll(SIGNED_DECIMAL)) {
		const value = Number(match[1]);
		// Only negative 32-bit values are failure HRESULTs; positive small numbers are counts, ports…
		if (!Number.isInteger(value) || value >= 0 || value < -0x80000000) continue;
		found.push({ at: match.index, code: formatCode(value) });
	}
	found.sort((a, b) => a.at - b.at);
	const codes: string[] = [];
	for (const { code } of found) if (!codes.includes(code)) codes.push(code);
	return codes;
}

/** Number of hex digits (from the left) two codes share, then the numeric distance. */
function closeness(a: string, b: string): [number, number] {
	let shared = 0;
	while (shared < a.length && a[shared] === b[shared]) shared++;
	const distance = Math.abs(Number.parseInt(a.slice(2), 16) - Number.parseInt(b.slice(2), 16));
	return [shared, distance];
}

/** The known codes nearest to `code`: longest shared prefix first, then numerically closest. */
export function closestCodes(code: string, count = 3): ErrorCodeEntry[] {
	return [...ERROR_CODES]
		.map((entry) => ({ entry, score: closeness(code, entry.code) }))
		.sort((x, y) => y.score[0] - x.score[0] || x.score[1] - y.score[1])
		.slice(0, count)
		.map((x) => x.entry);
}

/**
 * Understands whatever the reader pasted. When the text holds several codes, the first known one
 * wins (slmgr dialogs often print the code next to other numbers); otherwise the first code.
 * Never throws.
 */
export function lookupError(input: string): ErrorLookup {
	if (typeof input !== 'string' || input.trim() === '') return { kind: 'empty' };
	const codes = extractCodes(input);
	if (codes.length === 0) return { kind: 'invalid' };
	for (const code of codes) {
		const entry = findError(code);
		if (entry !== undefined) return { kind: 'found', code, entry };
	}
	const code = codes[0] as string;
	return { kind: 'unknown', code, closest: closestCodes(code) };
}

export { anchorId } from './anchor.ts';
