/**
 * Pasted text as a list of clean lines, each remembering where it came from. Real pastes arrive
 * with \r\n or lone \r, full-width characters, prompts, the Windows Script Host dialog's frame,
 * web-page markup and lines that a console or an e-mail wrapped; the parsers after this step see
 * none of that. Every step is one pass over the text, so the work grows with its length.
 */

/** One logical line: its text and the original line numbers (1-based, inclusive) it covers. */
export interface Line {
	readonly text: string;
	readonly from: number;
	readonly to: number;
	/** A prompt line (`C:\…>cmd`, `PS …> cmd`): the command typed, for telling outputs apart. */
	readonly command?: string;
}

export interface NormalizedPaste {
	readonly lines: readonly Line[];
	/** Characters in the paste as given. */
	readonly chars: number;
	/** True when the paste was longer than MAX_PASTE_CHARS and only its start was read. */
	readonly truncated: boolean;
}

/** Longest paste read; a full `slmgr /dlv all` is about 30 kB. */
export const MAX_PASTE_CHARS = 65_536;
/** Longest line looked at; no Windows output line comes near it. */
export const MAX_LINE_CHARS = 2_000;
/** Console widths whose wrap cuts a word in two (cmd.exe's old and new defaults). */
const CONSOLE_WIDTHS: ReadonlySet<number> = new Set([80, 120]);

/** Characters that only hide or style text: zero-width marks, soft hyphen, BOM, bidi controls. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** C0/C1 controls except tab; a pasted escape sequence must not reach a parser or a terminal. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const HTML_BREAK = /<br\s*\/?>|<\/?p(?:\s[^<>]{0,200})?>/gi;
const ENTITIES: ReadonlyMap<string, string> = new Map([
	['&nbsp;', ' '],
	['&lt;', '<'],
	['&gt;', '>'],
	['&amp;', '&'],
	['&quot;', '"'],
	['&#39;', "'"],
	['&#146;', "'"],
]);

/** cmd.exe, PowerShell and Windows Terminal prompts, with the command after them. */
const PROMPT =
	/^\s*(?:PS\s+)?(?:[A-Za-z]:\\[^<>|\r\n]{0,260}?|\[[A-Za-z]:\\[^\]]{0,260}\]\$)\s?>\s?(.*)$/;
/** Lines of chrome: the cscript banner, the dialog's frame and button, Markdown fences. */
const CHROME: readonly RegExp[] = [
	/^microsoft \(r\) windows script host/i,
	/^copyright \(c\) microsoft corporation/i,
	/^版权所有|^著作権/,
	/^-{5,}$/,
	/^windows script host$/i,
	/^(?:ok|ｏｋ)$/i,
	/^`{3}/,
	/^\|(?:\s*-+\s*\|)+$/,
];

/** Terminal columns a character takes: East Asian wide and full-width forms take two. */
function columns(text: string): number {
	let n = 0;
	for (const c of text) {
		const cp = c.codePointAt(0) ?? 0;
		n +=
			(cp >= 0x1100 && cp <= 0x115f) ||
			(cp >= 0x2e80 && cp <= 0xa4cf) ||
			(cp >= 0xac00 && cp <= 0xd7a3) ||
			(cp >= 0xf900 && cp <= 0xfaff) ||
			(cp >= 0xfe30 && cp <= 0xfe4f) ||
			(cp >= 0xff00 && cp <= 0xff60) ||
			(cp >= 0xffe0 && cp <= 0xffe6)
				? 2
				: 1;
	}
	return n;
}

/** Full-width letters, digits and punctuation to ASCII, ideographic space to a space (NFKC), and markup out. */
export function cleanText(raw: string): string {
	// Most lines are plain ASCII: they skip the Unicode steps.
	let text = /[^\x20-\x7e]/.test(raw)
		? raw.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROLS, ' ').replace(/\t/g, ' ')
		: raw;
	if (text.includes('&'))
		text = text.replace(/&(?:nbsp|lt|gt|amp|quot|#39|#146);/g, (e) => ENTITIES.get(e) ?? e);
	// Markdown emphasis and inline code around pasted output ("**Error: 0x8007232B** …").
	if (text.includes('*') || text.includes('`'))
		text = text.replace(/\*\*(?=[^\s*])([^*]{1,400}?)\*\*/g, '$1').replace(/`/g, '');
	return text.trimEnd();
}

/** True for a line that only frames or decorates output. */
function isChrome(text: string): boolean {
	const t = text.trim();
	if (t.length > 60) return false;
	return CHROME.some((re) => re.test(t));
}

/** Splits raw text into physical lines at all three line ends. */
function physicalLines(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}

/**
 * Decides whether physical line `next` continues `prev` (a wrap). Console wraps cut exactly at the
 * window width, mid-word; e-mail wraps break at a space before about 80 columns, so the tail
 * starts in lower case. A line that starts a record of its own is never glued on.
 */
export type StartsRecord = (text: string) => boolean;

function continues(
	prevRaw: string,
	prevClean: string,
	nextClean: string,
	startsRecord: StartsRecord
): 'tight' | 'space' | false {
	// Cheap tests first: most lines are far from any wrap width.
	const prev = prevRaw.trimEnd();
	if (prev.length < 30 || nextClean.trim() === '' || prevClean.trim() === '') return false;
	const width = columns(prev);
	const wide = width !== prev.length;
	const how =
		CONSOLE_WIDTHS.has(width) || (wide && CONSOLE_WIDTHS.has(width + 1))
			? 'tight'
			: width >= 60 && width < 80 && /^\s*[a-z(]/.test(nextClean) && !prevClean.endsWith(':')
				? 'space'
				: false;
	if (how === false) return false;
	const next = nextClean.trimStart();
	return startsRecord(next) || PROMPT.test(nextClean) ? false : how;
}

interface Prev {
	readonly raw: string;
	readonly clean: string;
	readonly line: Line;
}

/**
 * Clean logical lines of one paste. `startsRecord` says which lines open a field or an event
 * (the parsers' labels), so a wrap is never joined onto a new field.
 */
export function normalizePaste(input: string, startsRecord: StartsRecord): NormalizedPaste {
	const given = typeof input === 'string' ? input : '';
	const truncated = given.length > MAX_PASTE_CHARS;
	const raw = physicalLines(truncated ? given.slice(0, MAX_PASTE_CHARS) : given);
	const out: Line[] = [];
	let last: Prev | undefined;
	for (let i = 0; i < raw.length; i++) {
		const n = i + 1;
		const physical = (raw[i] as string).slice(0, MAX_LINE_CHARS);
		// A web page's table cell keeps its lines apart with <br/>: each piece is a line of its own.
		const pieces = /<\s*(?:br|p|\/p)\b/i.test(physical.normalize('NFKC'))
			? physical.normalize('NFKC').split(HTML_BREAK)
			: [physical];
		for (const rawLine of pieces) last = step(rawLine, n, last);
	}
	return { lines: out, chars: given.length, truncated };

	function step(rawLine: string, n: number, last: Prev | undefined): Prev | undefined {
		const clean = cleanText(rawLine);
		const prompt = clean.includes('>') ? PROMPT.exec(clean) : null;
		if (
			prompt !== null &&
			/\S/.test(prompt[1] ?? '') &&
			/^\s*(?:PS\s|[A-Za-z]:\\|\[)/.test(clean)
		) {
			out.push({ text: '', from: n, to: n, command: (prompt[1] ?? '').trim() });
			return undefined;
		}
		if (isChrome(clean)) return undefined;
		const how = last === undefined ? false : continues(last.raw, last.clean, clean, startsRecord);
		if (last !== undefined && how !== false) {
			const joined =
				how === 'tight'
					? `${last.line.text}${clean.trimStart()}`
					: `${last.line.text} ${clean.trimStart()}`;
			const line: Line = { text: joined.slice(0, MAX_LINE_CHARS), from: last.line.from, to: n };
			out[out.length - 1] = line;
			// A line joined once may wrap again (a long value over three lines).
			return { raw: rawLine, clean, line };
		}
		const line: Line = { text: clean, from: n, to: n };
		out.push(line);
		return { raw: rawLine, clean, line };
	}
}

/** Lower case, spaces squeezed out: how labels are compared across versions and languages. */
export function squash(text: string): string {
	return text.toLowerCase().replace(/\s+/g, '');
}
