import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAIN_SOURCES } from '../../src/data/sources.ts';

/**
 * Each source once: a Microsoft page's URL is written in one file of src/ (usually
 * src/data/sources.ts), and every other file imports it. A URL written out in two files is two
 * copies that can drift apart.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function filesUnder(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...filesUnder(path));
		else if (/\.(ts|tsx|astro|mjs)$/.test(name)) out.push(path);
	}
	return out;
}

const MICROSOFT = /^https:\/\/(?:[a-z-]+\.)*microsoft\.com\/|^https:\/\/github\.com\/microsoft/i;

/**
 * The Microsoft URLs a source text writes out: string literals, and templates that join a
 * path to a prefix constant of the same file (`${TS}error-0xc004f074-activate-windows`). A prefix
 * constant itself is a folder, not a page, so it is not counted.
 */
function microsoftUrls(text: string): string[] {
	const prefixes = new Map<string, string>();
	for (const m of text.matchAll(/const ([A-Z_]+) =\s*'(https:\/\/[^']*\/)';/g))
		if (text.includes(`\${${m[1]}}`)) prefixes.set(m[1] as string, m[2] as string);
	const folders = new Set(prefixes.values());
	const urls: string[] = [];
	for (const m of text.matchAll(
		/'(https:\/\/[^'\s]+)'|"(https:\/\/[^"\s]+)"|`\$\{([A-Z_]+)\}([^`]*)`/g
	)) {
		const literal = m[1] ?? m[2];
		const url =
			literal ??
			(m[3] !== undefined && prefixes.has(m[3]) ? `${prefixes.get(m[3])}${m[4]}` : undefined);
		if (url === undefined || !MICROSOFT.test(url)) continue;
		if (literal !== undefined && folders.has(literal)) continue;
		urls.push(url);
	}
	return urls;
}

/** URLs written out in more than one file, each with the files. */
function repeated(files: ReadonlyMap<string, string>): string[] {
	const where = new Map<string, Set<string>>();
	for (const [file, text] of files)
		for (const url of microsoftUrls(text)) {
			const set = where.get(url) ?? new Set<string>();
			set.add(file);
			where.set(url, set);
		}
	return [...where]
		.filter(([, set]) => set.size > 1)
		.map(([url, set]) => `${url} in ${[...set].sort().join(', ')}`);
}

describe('Microsoft sources', () => {
	it('are each written out in one file of src/', () => {
		const files = new Map(
			filesUnder(join(ROOT, 'src')).map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')])
		);
		expect(repeated(files)).toEqual([]);
	});

	it('the check finds a URL written in two files, also through a prefix constant', () => {
		const page = 'https://learn.microsoft.com/windows-server/get-started/kms-create-host';
		const files = new Map([
			['a.ts', `const url = '${page}';`],
			[
				'b.ts',
				"const WS = 'https://learn.microsoft.com/windows-server/get-started/';\nconst u = `${WS}kms-create-host`;",
			],
			['c.ts', "const other = 'https://example.com/kms-create-host';"],
		]);
		expect(repeated(files)).toEqual([`${page} in a.ts, b.ts`]);
		expect(repeated(new Map([...files].filter(([f]) => f !== 'a.ts')))).toEqual([]);
	});

	it('the site-wide list holds each page once', () => {
		const urls = MAIN_SOURCES.map((s) => s.url);
		expect(new Set(urls).size).toBe(urls.length);
	});
});
