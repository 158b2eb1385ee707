import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PRESET_ORDER } from '../lab/presetOrder.ts';

/** Reads the scenario named on the command line: a preset of content/scenarios/ or a JSON file. */

const PRESET_DIR = fileURLToPath(new URL('../../content/scenarios/', import.meta.url));

/** The teaching presets, in the order the guides introduce them (the lab's picker order). */
export const PRESETS: readonly string[] = PRESET_ORDER;

export type SourceProblem =
	| { code: 'unknown_preset'; name: string }
	| { code: 'not_found'; path: string }
	| { code: 'is_directory'; path: string }
	/** `reason` is the system's error code (EACCES, EIO…), the same in every language. */
	| { code: 'not_readable'; path: string; reason: string }
	| { code: 'not_json'; source: string; line: number; column: number };

export type SourceResult = { ok: true; scenario: unknown } | { ok: false; problem: SourceProblem };

function looksLikePath(source: string): boolean {
	return source.endsWith('.json') || source.includes('/') || source.includes('\\');
}

export function readScenario(source: string): SourceResult {
	const preset = !looksLikePath(source) && PRESETS.includes(source);
	const path = preset ? `${PRESET_DIR}${source}.json` : source;
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (err) {
		const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
		if (code === 'ENOENT')
			return {
				ok: false,
				problem: looksLikePath(source)
					? { code: 'not_found', path: source }
					: { code: 'unknown_preset', name: source },
			};
		if (code === 'EISDIR') return { ok: false, problem: { code: 'is_directory', path: source } };
		return { ok: false, problem: { code: 'not_readable', path: source, reason: code } };
	}
	// Editors on Windows save UTF-8 with a byte order mark; JSON.parse does not accept one.
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	try {
		return { ok: true, scenario: JSON.parse(text) as unknown };
	} catch (err) {
		return {
			ok: false,
			problem: { code: 'not_json', source, ...lineAndColumn(text, jsonErrorOffset(err, text)) },
		};
	}
}

/** V8 names the offset ("… at position 12"); without one the text ended too early. */
function jsonErrorOffset(err: unknown, text: string): number {
	const match = /position (\d+)/.exec(err instanceof Error ? err.message : '');
	return match ? Math.min(Number(match[1]), text.length) : text.length;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const lines = before.split('\n');
	return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
