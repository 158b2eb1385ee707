/**
 * Page weight over the built site: for every HTML page in dist/, the gzip size of the JS it loads
 * eagerly (module scripts, their static imports and inline scripts; not the search UI that
 * Starlight imports dynamically when idle), the JS of its islands, and its CSS (screen CSS is
 * budgeted; Starlight's print-only stylesheet is listed apart).
 * Budgets: a page with no island loads ≤ 10 kB of eager JS; every page ≤ 20 kB of CSS; each
 * island ≤ 45 kB with Preact included. Exits 1 when a budget is broken.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = { eagerJsNoIsland: 10_240, css: 20_480, islandJs: 46_080 } as const;

export interface PageWeight {
	page: string;
	eagerJs: number;
	/** All islands on the page together, shared modules counted once. */
	islandJs: number;
	/** The largest single island with everything it loads. */
	largestIsland: number;
	/** CSS that styles the screen: linked (not print-only) and inline. */
	css: number;
	printCss: number;
	html: number;
	islands: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` in (minified) ESM. */
export function staticImports(code: string): string[] {
	const found: string[] = [];
	const pattern = /(?:^|[;\s}),])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;
	for (const match of code.matchAll(pattern)) if (match[1]) found.push(match[1]);
	return found;
}

function resolveAsset(dist: string, from: string, spec: string): string {
	if (spec.startsWith('/')) return join(dist, spec.split('?')[0] ?? spec);
	return resolve(dirname(from), spec.split('?')[0] ?? spec);
}

/** Sums a module and its static import graph once per file. */
function moduleGraphSize(dist: string, entry: string, seen: Set<string>): number {
	if (seen.has(entry)) return 0;
	seen.add(entry);
	let code: string;
	try {
		code = readFileSync(entry, 'utf8');
	} catch {
		return 0;
	}
	let total = gz(code);
	for (const spec of staticImports(code)) total += moduleGraphSize(dist, resolveAsset(dist, entry, spec), seen);
	return total;
}

function cssFileSize(dist: string, page: string, href: string): number {
	try {
		return gz(readFileSync(resolveAsset(dist, page, href)));
	} catch {
		return 0; // a missing file is caught by the browser tests
	}
}

export function measurePage(dist: string, file: string): PageWeight {
	const html = readFileSync(file, 'utf8');
	const seen = new Set<string>();
	let eagerJs = 0;
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attrs = m[1] ?? '';
		const body = m[2] ?? '';
		if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
		const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
		if (src) eagerJs += moduleGraphSize(dist, resolveAsset(dist, file, src), seen);
		else if (body.trim()) {
			eagerJs += gz(body);
			for (const spec of staticImports(body)) eagerJs += moduleGraphSize(dist, resolveAsset(dist, file, spec), seen);
		}
	}
	// Each island is measured on its own (its component, the renderer and Preact), because the
	// budget is per island: two islands on one page share Preact, which the browser loads once.
	let islandJs = 0;
	let largestIsland = 0;
	let islands = 0;
	const pageIslandSeen = new Set(seen);
	for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
		islands++;
		const attrs = m[1] ?? '';
		const ownSeen = new Set(seen);
		let own = 0;
		for (const key of ['component-url', 'renderer-url']) {
			const url = new RegExp(`${key}="([^"]+)"`).exec(attrs)?.[1];
			if (!url) continue;
			const path = resolveAsset(dist, file, url);
			own += moduleGraphSize(dist, path, ownSeen);
			islandJs += moduleGraphSize(dist, path, pageIslandSeen);
		}
		largestIsland = Math.max(largestIsland, own);
	}
	let css = 0;
	let printCss = 0;
	const cssSeen = new Set<string>();
	for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(m[0])?.[1];
		// A print-only stylesheet neither blocks rendering nor styles the screen: reported apart.
		if (/media="print"/.test(m[0])) {
			if (href) printCss += cssFileSize(dist, file, href);
			continue;
		}
		if (!href || cssSeen.has(href)) continue;
		cssSeen.add(href);
		css += cssFileSize(dist, file, href);
	}
	for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gz(m[1] ?? '');
	const page = '/' + relative(dist, file).replace(/index\.html$/, '').replaceAll('\\', '/');
	return { page, eagerJs, islandJs, largestIsland, css, printCss, html: gz(html), islands };
}

export function budgetProblems(w: PageWeight): string[] {
	const problems: string[] = [];
	if (w.islands === 0 && w.eagerJs > BUDGET.eagerJsNoIsland) problems.push(`${w.page}: eager JS ${kb(w.eagerJs)} > ${kb(BUDGET.eagerJsNoIsland)}`);
	if (w.css > BUDGET.css) problems.push(`${w.page}: CSS ${kb(w.css)} > ${kb(BUDGET.css)}`);
	if (w.largestIsland > BUDGET.islandJs) problems.push(`${w.page}: an island loads ${kb(w.largestIsland)} > ${kb(BUDGET.islandJs)}`);
	return problems;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
	const dist = resolve(process.argv[2] ?? 'dist');
	const weights = htmlFiles(dist).map((f) => measurePage(dist, f)).sort((a, b) => a.page.localeCompare(b.page));
	const rows = weights.map((w) => [w.page, kb(w.eagerJs), w.islands ? `${kb(w.islandJs)} (${w.islands})` : '—', w.islands ? kb(w.largestIsland) : '—', kb(w.css), kb(w.printCss), kb(w.html)]);
	const header = ['page', 'eager JS (gz)', 'islands JS (gz)', 'largest island', 'CSS (gz)', 'print CSS', 'HTML (gz)'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
	console.log(line(header));
	for (const row of rows) console.log(line(row));
	const problems = weights.flatMap(budgetProblems);
	console.log(`\n${weights.length} pages. Budgets: eager JS without islands ≤ ${kb(BUDGET.eagerJsNoIsland)}, CSS ≤ ${kb(BUDGET.css)}, each island ≤ ${kb(BUDGET.islandJs)} (gzip).`);
	if (problems.length) {
		console.error(`Over budget:\n${problems.map((p) => `  ${p}`).join('\n')}`);
		process.exit(1);
	}
	console.log('All pages within budget.');
}
