import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
	BUDGET,
	budgetProblems,
	dynamicImports,
	isIslandRuntime,
	measurePage,
	starlightBaseline,
	staticImports,
} from '../../scripts/page-weight.ts';

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
		expect(
			staticImports(
				'import{a as b}from"./x.js";import"./y.js";export{c}from"./z.js";import("./lazy.js")'
			)
		).toEqual(['./x.js', './y.js', './z.js']);
	});

	test('counts eager scripts with their imports, once each; skips JSON', () => {
		const a = `import"./b.js";${noise(100, 1)}`;
		const b = noise(3000, 2);
		const dist = fakeDist({
			'index.html':
				'<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/a.js"></script><script type="application/json">{"big":1}</script>',
			'_astro/a.js': a,
			'_astro/b.js': b,
		});
		const weight = measurePage(dist, join(dist, 'index.html'));
		expect(weight.eagerJs).toBe(gz(a) + gz(b));
		expect(weight.islands).toBe(0);
	});

	test('each island is measured on its own, shared Preact counted once per page', () => {
		const island = (name: string) =>
			`<astro-island component-url="/_astro/${name}.js" renderer-url="/_astro/client.js"></astro-island>`;
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
		expect(weight.largestIsland).toBe(
			size('_astro/two.js') + size('_astro/preact.js') + size('_astro/client.js')
		);
		expect(weight.islandJs).toBe(
			size('_astro/one.js') +
				size('_astro/two.js') +
				size('_astro/preact.js') +
				size('_astro/client.js')
		);
	});

	test('finds dynamic imports in any quote style, not static ones or look-alikes', () => {
		expect(
			dynamicImports(
				'import"./a.js";m(()=>import(`./shell.js`));import("./b.js").then(f);x.import("./no.js");import(\'./c.mjs\')'
			)
		).toEqual(['./shell.js', './b.js', './c.mjs']);
	});

	test("an island's on-demand chunks are measured one by one, without what the island already loads", () => {
		const files = {
			'p/index.html':
				'<astro-island component-url="/_astro/lab.js" renderer-url="/_astro/client.js"></astro-island>',
			'_astro/lab.js': `import"./engine.js";const load=(l)=>l==="ja"?import(\`./ja.js\`):import(\`./en.js\`);${noise(500, 8)}`,
			'_astro/client.js': noise(300, 9),
			'_astro/engine.js': noise(3000, 10),
			'_astro/ja.js': `import"./shell.js";${noise(1500, 11)}`,
			'_astro/en.js': `import"./shell.js";${noise(1000, 12)}`,
			'_astro/shell.js': `import"./engine.js";import"./meanings.js";const x=()=>import("./later.js");${noise(5000, 13)}`,
			'_astro/meanings.js': noise(800, 14),
			'_astro/later.js': `import"./meanings.js";${noise(700, 15)}`,
		};
		const dist = fakeDist(files);
		const weight = measurePage(dist, join(dist, 'p/index.html'));
		const size = (...paths: (keyof typeof files)[]) =>
			paths.reduce((sum, path) => sum + gz(files[path]), 0);
		expect(weight.largestIsland).toBe(
			size('_astro/lab.js', '_astro/engine.js', '_astro/client.js')
		);
		expect(weight.onDemand).toEqual([
			{
				island: '_astro/lab.js',
				chunk: '_astro/ja.js',
				bytes: size('_astro/ja.js', '_astro/shell.js', '_astro/meanings.js'),
			},
			{
				island: '_astro/lab.js',
				chunk: '_astro/en.js',
				bytes: size('_astro/en.js', '_astro/shell.js', '_astro/meanings.js'),
			},
			// Found in an on-demand chunk: measured against the island alone.
			{
				island: '_astro/lab.js',
				chunk: '_astro/later.js',
				bytes: size('_astro/later.js', '_astro/meanings.js'),
			},
		]);
		expect(weight.largestOnDemand).toBe(
			size('_astro/ja.js', '_astro/shell.js', '_astro/meanings.js')
		);
	});

	test('a page without islands has no on-demand chunks, even if its eager scripts import()', () => {
		const dist = fakeDist({
			'index.html': '<script type="module" src="/_astro/search.js"></script>',
			'_astro/search.js': `import("./pagefind-ui.js");${noise(200, 16)}`,
			'_astro/pagefind-ui.js': noise(9000, 17),
		});
		const weight = measurePage(dist, join(dist, 'index.html'));
		expect(weight.onDemand).toEqual([]);
		expect(weight.largestOnDemand).toBe(0);
	});

	test('print-only stylesheets are listed apart from screen CSS', () => {
		const screen = noise(2000, 6);
		const print = noise(1000, 7);
		const dist = fakeDist({
			'index.html':
				'<link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="stylesheet" href="/_astro/a.css"><style>b{color:red}</style>',
			'_astro/a.css': screen,
			'_astro/print.css': print,
		});
		const weight = measurePage(dist, join(dist, 'index.html'));
		expect(weight.css).toBe(gz(screen) + gz('b{color:red}'));
		expect(weight.printCss).toBe(gz(print));
	});

	test("budgets: eager JS against Starlight's own page, CSS always, each island", () => {
		const starlight = 8000;
		const limit = starlight + BUDGET.eagerJsOverStarlight;
		const base = {
			page: '/x/',
			eagerJs: limit,
			islandJs: 0,
			largestIsland: 0,
			css: 1000,
			printCss: 0,
			html: 1000,
			islands: 0,
			onDemand: [],
			largestOnDemand: 0,
		};
		expect(budgetProblems(base, starlight)).toEqual([]);
		const over = budgetProblems({ ...base, eagerJs: limit + 1 }, starlight);
		expect(over).toHaveLength(1);
		expect(over[0]).toContain("Starlight's own");
		// Islands do not lift the eager budget: their runtime is counted with them instead.
		expect(budgetProblems({ ...base, eagerJs: limit + 1, islands: 1 }, starlight)).toHaveLength(1);
		expect(
			budgetProblems({ ...base, islands: 1, islandJs: 60_000, largestIsland: 40_000 }, starlight)
		).toEqual([]);
		expect(budgetProblems({ ...base, css: 25_000 }, starlight)).toHaveLength(1);
		expect(budgetProblems({ ...base, islands: 1, largestIsland: 50_000 }, starlight)).toHaveLength(
			1
		);
	});

	test("Astro's island runtime counts with the islands, not as eager JS", () => {
		const runtime =
			'(()=>{var g=1;customElements.define("astro-island",class extends HTMLElement{})})();';
		const directive = '(()=>{var a=()=>{};(self.Astro||(self.Astro={})).visible=a;})();';
		const own = `(()=>{document.body.dataset.x="${noise(300, 20)}"})();`;
		expect(isIslandRuntime(runtime)).toBe(true);
		expect(isIslandRuntime(directive)).toBe(true);
		expect(isIslandRuntime(own)).toBe(false);
		const dist = fakeDist({
			'index.html': `<script>${own}</script><script>${directive}</script><script>${runtime}</script>`,
		});
		const weight = measurePage(dist, join(dist, 'index.html'));
		expect(weight.eagerJs).toBe(gz(own));
		expect(weight.islandJs).toBe(gz(directive) + gz(runtime));
	});

	test("Starlight's baseline is the eager JS of its built guide page", () => {
		const script = noise(2000, 21);
		const dist = fakeDist({
			'guides/guide/index.html': '<script type="module" src="/_astro/sl.js"></script>',
			'_astro/sl.js': script,
		});
		expect(starlightBaseline(dist)).toBe(gz(script));
	});

	test('budgets: each on-demand chunk on its own', () => {
		const base = {
			page: '/lab/',
			eagerJs: 1000,
			islandJs: 40_000,
			largestIsland: 40_000,
			css: 1000,
			printCss: 0,
			html: 1000,
			islands: 1,
		};
		const chunk = (name: string, bytes: number) => ({
			island: '_astro/Lab.js',
			chunk: `_astro/${name}.js`,
			bytes,
		});
		const within = [chunk('ja', BUDGET.onDemandJs), chunk('en', BUDGET.onDemandJs - 1)];
		expect(
			budgetProblems({ ...base, onDemand: within, largestOnDemand: BUDGET.onDemandJs }, 8000)
		).toEqual([]);
		const over = budgetProblems(
			{
				...base,
				onDemand: [chunk('ja', BUDGET.onDemandJs + 1), chunk('en', 1000)],
				largestOnDemand: BUDGET.onDemandJs + 1,
			},
			8000
		);
		expect(over).toHaveLength(1);
		expect(over[0]).toContain('_astro/ja.js');
	});
});
