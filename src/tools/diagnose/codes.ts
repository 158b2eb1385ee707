import { DOCUMENTED_CODES } from '../../data/errorCodeList.ts';
import { ERROR_SENTENCES, EXTRA_CODES } from '../../data/diagnosis.ts';
import type { Line } from './normalize.ts';

/**
 * Every error code in a paste, in any of the forms people paste: `0xC004F074`, `c004f074`,
 * `C004F074` without 0x, full width (already ASCII after normalize), the unsigned decimal
 * `3221549172`, a signed `-1073418124`, or only slmgr's sentence. What is never a code: GUIDs
 * (Activation IDs, CMIDs, masked ones too), Extended PIDs, Installation IDs, product keys, dates,
 * addresses, success and status values below 0x80000000, and a masked number such as "-1234".
 */

export type CodeForm = 'hex' | 'bare' | 'decimal' | 'signed' | 'sentence';

export interface CodeHit {
	/** `0x` and eight upper-case hex digits. */
	readonly code: string;
	readonly form: CodeForm;
	readonly paste: number;
	readonly line: number;
	readonly to: number;
}

/** Codes the project has an entry or a rule for; only these are taken from a bare decimal. */
const KNOWN: ReadonlySet<string> = new Set([
	...DOCUMENTED_CODES,
	...EXTRA_CODES.map((c) => c.code),
	...ERROR_SENTENCES.map((s) => s.code),
]);

export function isKnownCode(code: string): boolean {
	return KNOWN.has(code);
}

export function formatHresult(value: number): string {
	return `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * Runs of identifiers that hold hex digits but are not codes, blanked before looking: GUIDs
 * (also masked with dots, x or *), dashed digit groups (Extended PIDs, product keys, phone
 * numbers), long digit strings (Installation IDs), dates, times, IPv4 and IPv6 addresses.
 */
const NOT_CODES: readonly RegExp[] = [
	/[0-9a-fA-F.xX*]{4,8}(?:-[0-9a-fA-F.xX*]{4,12}){2,4}/g,
	/[0-9A-Za-z]{2,12}(?:-[0-9A-Za-z.]{2,12}){3,}/g,
	/\d{11,}/g,
	/\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/g,
	/\d{1,2}:\d{2}(?::\d{2})?/g,
	/(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{0,4}/g,
];

const HEX = /(?<![0-9A-Za-z])0[xX]([0-9a-fA-F]{1,8})(?![0-9A-Za-z])/g;
const BARE = /(?<![0-9A-Za-z\-.])([0-9a-fA-F]{8})(?![0-9A-Za-z\-.])/g;
const DECIMAL = /(?<![0-9A-Za-z\-.,])(-?\d{10})(?![0-9A-Za-z\-.])/g;

/** Failure HRESULTs have the top bit set; 0x00000000 and the 0x4004… informational values are not errors. */
function isFailure(value: number): boolean {
	return value >= 0x80000000 && value <= 0xffffffff;
}

function blank(text: string): string {
	let out = text;
	for (const re of NOT_CODES) out = out.replace(re, (m) => ' '.repeat(m.length));
	return out;
}

/** The codes in one line, in the order they appear. */
export function codesInLine(text: string): { code: string; form: CodeForm; at: number }[] {
	const found: { code: string; form: CodeForm; at: number }[] = [];
	if (!/\d/.test(text)) return found;
	const hexFree = text.replace(HEX, (whole, digits: string, at: number) => {
		const value = Number.parseInt(digits, 16);
		if (isFailure(value)) found.push({ code: formatHresult(value), form: 'hex', at });
		return ' '.repeat(whole.length);
	});
	// Blanking IDs only matters when a run long enough to be a code is left.
	const rest = /[0-9a-fA-F]{8}|\d{10}/.test(hexFree) ? blank(hexFree) : hexFree;
	for (const m of rest.matchAll(BARE)) {
		const digits = m[1] as string;
		const value = Number.parseInt(digits, 16);
		const code = formatHresult(value);
		// Without 0x only the shapes codes have: C00… (licensing, NTSTATUS) and 800… (Win32, DNS),
		// the latter with a letter in it or known, so a host named "cafe0001" or an eight-digit
		// count is never taken for one.
		if (!isFailure(value)) continue;
		if (
			/^[cC]00/.test(digits) ||
			(/^800/.test(digits) && (/[a-fA-F]/.test(digits) || KNOWN.has(code)))
		)
			found.push({ code, form: 'bare', at: m.index });
	}
	for (const m of rest.matchAll(DECIMAL)) {
		const n = Number(m[1]);
		if (!Number.isSafeInteger(n)) continue;
		const value = n < 0 ? n + 0x100000000 : n;
		const code = formatHresult(value);
		if (n >= -0x80000000 && value <= 0xffffffff && isFailure(value) && KNOWN.has(code))
			found.push({ code, form: n < 0 ? 'signed' : 'decimal', at: m.index });
	}
	found.sort((a, b) => a.at - b.at);
	return found;
}

/** Lower-cased sentences, built once, and the words one of them must contain. */
const SENTENCES = ERROR_SENTENCES.flatMap((s) =>
	s.text.map((t) => ({ code: s.code, text: t.toLowerCase() }))
);
const SENTENCE_HINT = /KMS|DNS|genuine/i;

/** Every code in a paste, with where it stands; a sentence counts only when its line has no code. */
export function findCodes(lines: readonly Line[], paste: number): CodeHit[] {
	const hits: CodeHit[] = [];
	for (const line of lines) {
		const inLine = codesInLine(line.text);
		for (const c of inLine)
			hits.push({ code: c.code, form: c.form, paste, line: line.from, to: line.to });
		if (inLine.length > 0 || line.text.length < 12 || !SENTENCE_HINT.test(line.text)) continue;
		const lower = line.text.toLowerCase();
		for (const s of SENTENCES) {
			if (lower.includes(s.text)) {
				hits.push({ code: s.code, form: 'sentence', paste, line: line.from, to: line.to });
				break;
			}
		}
	}
	return hits;
}
