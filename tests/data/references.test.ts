import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/data/rules.ts';

/**
 * Every reference in the code resolves in the repository: a rule id in a comment ("R4", "R1–R11")
 * names a rule of src/data/rules.ts, and nothing cites the sections of a document that is not in
 * the repository (a section sign, or a fact base outside it by name).
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FOLDERS = ['src', 'tests', 'scripts'];
const CODE = /\.(ts|tsx|mjs|astro)$/;
// Built from parts so this file does not match itself.
const SECTION_SIGN = '\u00a7';
const OLD_SHEET = new RegExp(['fact', 'sheet'].join('[\\s-]+'), 'i');
/** A rule id, but not the "R2" of a Windows Server release ("2008 R2", "2012 R2"). */
const RULE_REF = /(?<!\d\s)\bR(\d+)\b/g;

function filesUnder(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name !== 'node_modules' && name !== 'fixtures') out.push(...filesUnder(path));
		} else out.push(path);
	}
	return out;
}

/** The 1-based line of `offset` in `text`. */
function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/** The comments of a TypeScript or JavaScript text, with the line each starts on. */
function commentsOf(text: string, jsx: boolean): { text: string; line: number }[] {
	const scanner = ts.createScanner(
		ts.ScriptTarget.Latest,
		false,
		jsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard,
		text
	);
	const out: { text: string; line: number }[] = [];
	for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
		if (
			kind === ts.SyntaxKind.SingleLineCommentTrivia ||
			kind === ts.SyntaxKind.MultiLineCommentTrivia
		)
			out.push({
				text: scanner.getTokenText(),
				line: lineOf(text, scanner.getTokenStart()),
			});
	}
	return out;
}

/** Comments of an .astro file: its frontmatter's, plus HTML and JSX comments in the template. */
function astroComments(text: string): { text: string; line: number }[] {
	const out: { text: string; line: number }[] = [];
	for (const m of text.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g))
		out.push({ text: m[0], line: lineOf(text, m.index) });
	return out;
}

/** Rule ids cited in `comment` that src/data/rules.ts does not define. */
function unknownRules(comment: string): string[] {
	const known = new Set<string>(RULE_IDS);
	return [...comment.matchAll(RULE_REF)].map((m) => m[0]).filter((id) => !known.has(id));
}

const files = FOLDERS.flatMap((f) => filesUnder(join(ROOT, f)));

describe('references in the code', () => {
	it('cite only rule ids that src/data/rules.ts defines', () => {
		const bad: string[] = [];
		for (const file of files.filter((f) => CODE.test(f))) {
			const text = readFileSync(file, 'utf8');
			const comments = file.endsWith('.astro')
				? astroComments(text)
				: commentsOf(text, file.endsWith('x'));
			for (const c of comments)
				for (const id of unknownRules(c.text)) bad.push(`${relative(ROOT, file)}:${c.line}: ${id}`);
		}
		expect(bad).toEqual([]);
	}, 60_000);

	it('cite no section of a document outside the repository', () => {
		const bad: string[] = [];
		for (const file of files) {
			const lines = readFileSync(file, 'utf8').split('\n');
			lines.forEach((line, i) => {
				if (line.includes(SECTION_SIGN) || OLD_SHEET.test(line))
					bad.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 80)}`);
			});
		}
		expect(bad).toEqual([]);
	});

	it('the checks find an unknown rule, skip a Windows Server release, and see only comments', () => {
		expect(unknownRules('// R4 and R12, see R1–R11')).toEqual(['R12']);
		expect(unknownRules('// Windows Server 2008 R2 and 2012 R2')).toEqual([]);
		expect(unknownRules('// R0')).toEqual(['R0']);
		const comments = commentsOf("const id = 'R99'; // R7\n/* R13 */", false);
		expect(comments.map((c) => c.text)).toEqual(['// R7', '/* R13 */']);
		expect(comments.map((c) => c.line)).toEqual([1, 2]);
		expect(OLD_SHEET.test(['Fact', 'sheet'].join(' '))).toBe(true);
	});
});
