import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { budgetProblems, measurePage, staticImports } from '../../scripts/page-weight.ts';

function fakeDist(files: Record<string, string>): string {
	const dist = mkdtempSync(join(tmpdir(), 'kmslab-weight-'));
	for (const [path, body] of Object.entries(files)) {
		mkdirSync(join(dist, path, '..'), { recursive: true });
		writeFileSync(join(dist, path), body);
	}
	return dist;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
// Filler that differs per file, so sizes are told apart after gzip.
const noise = (bytes: number, seed: number) => {
	let x = seed;
	return Array.from({ length: bytes }, () => {
		x = (x * 1103515245 + 12345) % 2147483648;
		return String.fromCharCode(33 + (x % 90));
	}).join('');
};

describe('page weight', () => {
	test('finds static imports in minified code but not dynamic ones', () => {
		expect(staticImports('import{a as b}from"./x.js";import"./y.js";export{c}from"./z.js";import("./lazy.js")')).toEqual([
			'./x.js',
			'./y.js',
			'./z.js',
		]);
	});

	test('counts eager scripts with their imports, once each; skips JSON', () => {
		const a = `import"./b.js";${noise(100, 1)}`;
		const b = noise(3000, 2);
		const dist = fakeDist({
			'index.html': '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/a.js"></script><script type="application/json">{"big":1}</script>',
			'_astro/a.js': a,
			'_astro/b.js': b,
		});
		const weight = measurePage(dist, join(dist, 'index.html'));
		expect(weight.eagerJs).toBe(gz(a) + gz(b));
		expect(weight.islands).toBe(0);
	});

	test('each island is measured on its own, shared Preact counted once per page', () => {
		const island = (name: string) => `<astro-island component-url="/_astro/${name}.js" renderer-url="/_astro/client.js"></astro-island>`;
		const files = {
			'p/index.html': island('one') + island('two'),
			'_astro/one.js': `import"./preact.js";${noise(1000, 3)}`,
			'_astro/two.js': `import"./preact.js";${noise(2000, 4)}`,
			'_astro/preact.js': noise(4000, 5),
			'_astro/client.js': 'import"./preact.js";',
		};
		const dist = fakeDist(files);
		const weight = measurePage(dist, join(dist, 'p/index.html'));
		const size = (path: keyof typeof files) => gz(files[path]);
		expect(weight.islands).toBe(2);
		expect(weight.largestIsland).toBe(size('_astro/two.js') + size('_astro/preact.js') + size('_astro/client.js'));
		expect(weight.islandJs).toBe(size('_astro/one.js') + size('_astro/two.js') + size('_astro/preact.js') + size('_astro/client.js'));
	});

	test('print-only stylesheets are listed apart from screen CSS', () => {
		const screen = noise(2000, 6);
		const print = noise(1000, 7);
		const dist = fakeDist({
			'index.html': '<link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="stylesheet" href="/_astro/a.css"><style>b{color:red}</style>',
			'_astro/a.css': screen,
			'_astro/print.css': print,
		});
		const weight = measurePage(dist, join(dist, 'index.html'));
		expect(weight.css).toBe(gz(screen) + gz('b{color:red}'));
		expect(weight.printCss).toBe(gz(print));
	});

	test('budgets: eager JS only for pages without islands, CSS always, each island', () => {
		const base = { page: '/x/', eagerJs: 11_000, islandJs: 0, largestIsland: 0, css: 1000, printCss: 0, html: 1000, islands: 0 };
		expect(budgetProblems(base)).toHaveLength(1);
		expect(budgetProblems({ ...base, islands: 1, islandJs: 60_000, largestIsland: 40_000 })).toEqual([]);
		expect(budgetProblems({ ...base, eagerJs: 1000, css: 25_000 })).toHaveLength(1);
		expect(budgetProblems({ ...base, eagerJs: 1000, islands: 1, largestIsland: 50_000 })).toHaveLength(1);
	});
});
