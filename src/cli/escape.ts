import { escapeControls as escapeUnsafe } from '../engine/jsonCheck.ts';

/**
 * Makes output safe for a terminal: every C0 and C1 control character except \n and \t (and the
 * other characters the engine's messages escape: bidi controls, line separators, BOM, lone
 * surrogates) becomes a visible `\uXXXX`, so a scenario file or an argument cannot send ANSI
 * sequences (colours, cursor moves, a window title) to whoever reads the output.
 *
 * The same escape JSON uses: JSON.stringify already writes C0 that way, so a raw DEL or C1 can only
 * sit inside a JSON string, where `\u00XX` is valid; escaped JSON output parses to the same value.
 */
export function escapeControls(text: string): string {
	// \n and \t lay the output out; everything between them goes through the engine's one rule.
	return text.replace(/[^\n\t]+/g, escapeUnsafe);
}
