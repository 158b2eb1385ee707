import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The shape the engine keeps: small files, no words (codes and parameters only; the shell, the lab
 * and the CLI word them), and no import circle anywhere in src/.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');
const ENGINE = join(SRC, 'engine');

function filesUnder(dir: string, ext: RegExp): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
		else if (ext.test(name)) out.push(path);
	}
	return out;
}

/** Every string literal and template text in a file (comments are not strings). */
function stringsOf(path: string): { text: string; line: number }[] {
	const source = ts.createSourceFile(
		path,
		readFileSync(path, 'utf8'),
		ts.ScriptTarget.Latest,
		true
	);
	const out: { text: string; line: number }[] = [];
	const visit = (node: ts.Node): void => {
		if (
			ts.isStringLiteral(node) ||
			ts.isNoSubstitutionTemplateLiteral(node) ||
			ts.isTemplateHead(node) ||
			ts.isTemplateMiddle(node) ||
			ts.isTemplateTail(node)
		) {
			out.push({
				text: node.text,
				line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
			});
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return out;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
/** Three words in a row: the start of a sentence. (Identifiers, codes and "Domain, Private" are not.) */
const SENTENCE = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;

describe('the engine folder', () => {
	const files = filesUnder(ENGINE, /\.ts$/);

	it('has no file over 400 lines', () => {
		const long = files
			.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length] as const)
			.filter(([, n]) => n > 400);
		expect(long).toEqual([]);
	});

	it('holds no Japanese or English sentence in its strings', () => {
		const found: string[] = [];
		for (const f of files)
			for (const s of stringsOf(f))
				if (JAPANESE.test(s.text) || SENTENCE.test(s.text))
					found.push(`${relative(ROOT, f)}:${s.line}: ${s.text.slice(0, 60)}`);
		expect(found).toEqual([]);
	});

	it('the check itself finds a sentence and Japanese text', () => {
		expect(SENTENCE.test('No computer named "PC001".')).toBe(true);
		expect(JAPANESE.test('ライセンス認証')).toBe(true);
		expect(SENTENCE.test('Domain, Private')).toBe(false);
	});

	it('imports nothing from the UI, the shell, the lab, the tools or the strings', () => {
		const bad: string[] = [];
		for (const f of files)
			for (const spec of importsOf(f))
				if (/\/(i18n|lab|shell|tools|components|cli)\//.test(resolve(dirname(f), spec)))
					bad.push(`${relative(ROOT, f)} → ${spec}`);
		expect(bad).toEqual([]);
	});
});

/** Relative module specifiers a file imports (static, dynamic and type-only). */
function importsOf(path: string): string[] {
	const text = readFileSync(path, 'utf8');
	const out: string[] = [];
	for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g))
		out.push(m[1] as string);
	return out;
}

/** The import circles among files, each as a list of files. */
function circles(files: readonly string[]): string[][] {
	const known = new Set(files);
	const edges = new Map(
		files.map((f) => [
			f,
			importsOf(f)
				.map((s) => resolve(dirname(f), s))
				.filter((t) => known.has(t)),
		])
	);
	const found: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (f: string): void => {
		state.set(f, 'open');
		stack.push(f);
		for (const t of edges.get(f) ?? []) {
			if (state.get(t) === 'open')
				found.push(stack.slice(stack.indexOf(t)).map((x) => relative(ROOT, x)));
			else if (state.get(t) === undefined) visit(t);
		}
		stack.pop();
		state.set(f, 'done');
	};
	for (const f of files) if (state.get(f) === undefined) visit(f);
	return found;
}

describe('src/', () => {
	it('has no import circle', () => {
		expect(circles(filesUnder(SRC, /\.(ts|tsx)$/))).toEqual([]);
	});

	it('the circle check finds a circle', () => {
		const dir = join(ROOT, 'tests/engine/fixtures-circle');
		expect(circles([join(dir, 'a.ts'), join(dir, 'b.ts')]).length).toBe(1);
	});
});
