/**
 * Command-line parsing the way Windows does it, in two layers:
 * 1. cmd.exe splits a line into commands at unquoted `&`, `&&`, `||` and `|`, removes `^` escapes,
 *    and takes `>` / `>>` redirections off the end of each command;
 * 2. the program then splits its own command line into arguments with the Microsoft C runtime
 *    rules (CommandLineToArgvW): whitespace separates, `"` toggles quoting, `""` inside quotes is a
 *    literal quote, and backslashes are literal unless they precede a quote (2n backslashes + `"`
 *    give n backslashes and toggle quoting, 2n+1 give n backslashes and a literal quote).
 * PowerShell-style cmdlets additionally accept single-quoted strings (`'a b'`).
 * Nothing here throws: every input string gives some result.
 */

export type Chain = 'first' | 'always' | 'and' | 'or' | 'pipe';

export interface CommandSegment {
	/** How this command joins the previous one: `&` always, `&&` on success, `||` on failure, `|` pipe. */
	readonly chain: Chain;
	/** The command text with `^` escapes already resolved and redirections removed. */
	readonly text: string;
	/** File name of a `>` or `>>` redirection, if any. */
	readonly redirect?: { readonly file: string; readonly append: boolean };
}

/** Splits one typed line into cmd.exe commands. */
export function splitCommands(line: string): CommandSegment[] {
	const raw: { chain: Chain; text: string }[] = [];
	line = line.replaceAll(ESCAPE, '');
	let current = '';
	let inQuotes = false;
	let chain: Chain = 'first';
	const push = (next: Chain): void => {
		raw.push({ chain, text: current });
		current = '';
		chain = next;
	};
	const plain = /[^"^&|]+/y;
	for (let i = 0; i < line.length; i++) {
		plain.lastIndex = i;
		const run = plain.exec(line);
		if (run !== null) {
			// A run of ordinary characters: copy it in one piece (long arguments stay fast).
			current += run[0];
			i += run[0].length - 1;
			continue;
		}
		const ch = line[i] as string;
		if (ch === '"') inQuotes = !inQuotes;
		if (!inQuotes) {
			if (ch === '^') {
				// Caret escapes the next character (marked so a later `>` stays literal).
				const next = line[i + 1];
				if (next !== undefined) {
					current += ESCAPE + next;
					i++;
				}
				continue;
			}
			if (ch === '&' || ch === '|') {
				const doubled = line[i + 1] === ch;
				if (doubled) i++;
				push(ch === '&' ? (doubled ? 'and' : 'always') : doubled ? 'or' : 'pipe');
				continue;
			}
		}
		current += ch;
	}
	push('first');
	return raw.map((r) => extractRedirect(r.chain, r.text));
}

/** Marks a character that a caret escaped, so redirection parsing leaves it alone. */
const ESCAPE = '\u0001';

/** Takes `>file` / `>> file` off a command (the last one wins, as in cmd) and resolves escapes. */
function extractRedirect(chain: Chain, text: string): CommandSegment {
	let out = '';
	let inQuotes = false;
	let redirect: { file: string; append: boolean } | undefined;
	const plain = /[^">\u0001]+/y;
	for (let i = 0; i < text.length; i++) {
		plain.lastIndex = i;
		const run = plain.exec(text);
		if (run !== null) {
			out += run[0];
			i += run[0].length - 1;
			continue;
		}
		const ch = text[i] as string;
		if (ch === ESCAPE) {
			out += text[i + 1] ?? '';
			i++;
			continue;
		}
		if (ch === '"') inQuotes = !inQuotes;
		if (ch === '>' && !inQuotes) {
			const append = text[i + 1] === '>';
			if (append) i++;
			i++;
			while (text[i] === ' ' || text[i] === '\t') i++;
			let file = '';
			let fileQuoted = false;
			while (i < text.length) {
				const c = text[i] as string;
				if (c === '"') fileQuoted = !fileQuoted;
				else if (!fileQuoted && (c === ' ' || c === '\t' || c === '>')) break;
				else if (c === ESCAPE) {
					file += text[i + 1] ?? '';
					i++;
				} else file += c;
				i++;
			}
			i--;
			redirect = { file, append };
			continue;
		}
		out += ch;
	}
	const trimmed = out.trim();
	return redirect !== undefined && redirect.file !== ''
		? { chain, text: trimmed, redirect }
		: { chain, text: trimmed };
}

/**
 * Splits a command into arguments with the Microsoft C runtime rules. The first element is the
 * program name (which ends at the first whitespace outside quotes; quotes in it are removed).
 */
export function splitArgs(text: string, options: { singleQuotes?: boolean } = {}): string[] {
	const args: string[] = [];
	let i = 0;
	const n = text.length;
	const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';
	// Characters with no special meaning, copied in runs.
	const plainArg = options.singleQuotes === true ? /[^ \t"\\']+/y : /[^ \t"\\]+/y;

	while (i < n) {
		while (i < n && isSpace(text[i])) i++;
		if (i >= n) break;
		let arg = '';
		let inQuotes = false;
		let inSingle = false;
		while (i < n) {
			if (!inSingle) {
				plainArg.lastIndex = i;
				const run = plainArg.exec(text);
				if (run !== null) {
					arg += run[0];
					i += run[0].length;
					continue;
				}
			}
			const ch = text[i] as string;
			if (inSingle) {
				if (ch === "'") {
					// PowerShell: '' inside single quotes is one literal quote.
					if (text[i + 1] === "'") {
						arg += "'";
						i += 2;
						continue;
					}
					inSingle = false;
					i++;
					continue;
				}
				arg += ch;
				i++;
				continue;
			}
			if (!inQuotes && isSpace(ch)) break;
			if (ch === '\\') {
				let count = 0;
				while (text[i] === '\\') {
					count++;
					i++;
				}
				if (text[i] === '"') {
					arg += '\\'.repeat(Math.floor(count / 2));
					if (count % 2 === 1) {
						arg += '"';
						i++;
					}
					// Even count: the quote is processed by the next loop turn.
				} else {
					arg += '\\'.repeat(count);
				}
				continue;
			}
			if (ch === '"') {
				if (inQuotes && text[i + 1] === '"') {
					arg += '"';
					i += 2;
					continue;
				}
				inQuotes = !inQuotes;
				i++;
				continue;
			}
			if (options.singleQuotes === true && !inQuotes && ch === "'") {
				inSingle = true;
				i++;
				continue;
			}
			arg += ch;
			i++;
		}
		args.push(arg);
	}
	return args;
}
