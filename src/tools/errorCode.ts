import { ERROR_CODES, findError, type ErrorCodeEntry } from '../data/errors.ts';
import { codesInLine, formatHresult } from './diagnose/codes.ts';
import { cleanText } from './diagnose/normalize.ts';
import type { Diagnosis } from './diagnose/index.ts';

/**
 * The error lookup: the codes in what the reader typed or pasted, read with the paste diagnosis's
 * own code finder (src/tools/diagnose/codes.ts), so an Activation ID, a CMID, a PID or a masked
 * "-1234" is never taken for a code here either. A whole output (several lines) is better read by
 * the diagnose tool; the lookup says so and, given that tool's diagnosis, orders codes as it does.
 */

/** One code found in the text. */
export interface FoundCode {
	readonly code: string;
	/** The reference entry, when the site has one. */
	readonly entry: ErrorCodeEntry | undefined;
	/** The code behind it: for 0xC004F074, event 12288's first field, when the paste holds it. */
	readonly explainedBy: string | null;
}

/** What the reader typed or pasted, understood. */
export type ErrorLookup =
	| { readonly kind: 'empty' }
	/** Nothing in the text is an error code (a healthy output, a sentence); `output` says it is a whole output. */
	| { readonly kind: 'invalid'; readonly output: boolean }
	/**
	 * Codes found, the primary one first. `closest` is filled only when the text is nothing but one
	 * code the site does not know: it never suggests failures for a pasted output.
	 */
	| {
			readonly kind: 'codes';
			readonly codes: readonly FoundCode[];
			readonly output: boolean;
			readonly closest: readonly ErrorCodeEntry[];
			/** True when 0xC004F074 is among the codes and no event 12288 in the text says what lies behind it. */
			readonly see12288: boolean;
	  };

/** Longest text the lookup reads itself; a longer paste belongs in the diagnose tool. */
export const MAX_INPUT = 4000;
/** The code that only says "no KMS host answered"; the host's real answer is event 12288's first field. */
const NO_KMS_CONTACTED = '0xC004F074';

/** Formats a 32-bit value as `0xXXXXXXXX`. */
export const formatCode: (value: number) => string = formatHresult;

/** Non-empty lines: two or more make a pasted output rather than a code or a sentence. */
export function isWholeOutput(input: string): boolean {
	if (typeof input !== 'string') return false;
	let lines = 0;
	for (const line of input.split(/\r\n|\r|\n/, 200))
		if (line.trim() !== '' && ++lines >= 2) return true;
	return false;
}

/**
 * Every code in a piece of text, in the order they appear, canonical form, no duplicates: `0x…`,
 * bare `C004F074`, full width, the unsigned or signed decimal of a known code.
 */
export function extractCodes(input: string): string[] {
	const codes: string[] = [];
	if (typeof input !== 'string') return codes;
	for (const line of input.slice(0, MAX_INPUT).split(/\r\n|\r|\n/)) {
		for (const { code } of codesInLine(cleanText(line)))
			if (!codes.includes(code)) codes.push(code);
	}
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

/** True when the text, trimmed, is the one code and nothing else (what a reader types). */
function isCodeAlone(input: string): boolean {
	const text = cleanText(input.trim()).trim();
	return text.length <= 16 && !/\s/.test(text) && codesInLine(text).length === 1;
}

/**
 * Understands whatever the reader typed or pasted. Without a diagnosis the first known code leads
 * (dialogs print codes next to other numbers); with the diagnose tool's diagnosis of the same text
 * its order holds, so an `/ato` 0xC004F074 yields to the code event 12288 recorded. Never throws.
 */
export function lookupError(input: string, diagnosis?: Pick<Diagnosis, 'codes'>): ErrorLookup {
	if (typeof input !== 'string' || input.trim() === '') return { kind: 'empty' };
	const output = isWholeOutput(input);
	const found: FoundCode[] =
		diagnosis !== undefined
			? diagnosis.codes.map((c) => ({
					code: c.code,
					entry: findError(c.code),
					explainedBy: c.explainedBy,
				}))
			: extractCodes(input).map((code) => ({ code, entry: findError(code), explainedBy: null }));
	if (found.length === 0) return { kind: 'invalid', output };
	const codes =
		diagnosis !== undefined
			? found
			: [
					...found.filter((c) => c.entry !== undefined),
					...found.filter((c) => c.entry === undefined),
				];
	const first = codes[0] as FoundCode;
	const closest =
		!output && first.entry === undefined && codes.length === 1 && isCodeAlone(input)
			? closestCodes(first.code)
			: [];
	const see12288 = codes.some((c) => c.code === NO_KMS_CONTACTED && c.explainedBy === null);
	return { kind: 'codes', codes, output, closest, see12288 };
}

export { anchorId } from './anchor.ts';
