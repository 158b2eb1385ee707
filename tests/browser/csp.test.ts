import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cspHash } from '../../src/config/csp.ts';
import { DIST_DIR, launchBrowser, newPage, sitemapPaths, takePageFaults } from './support.ts';

// The Content-Security-Policy of every built page (src/config/csp.ts), read from the files, and
// the guard in support.ts that fails every browser test on a violation or an uncaught error.

const paths = [...sitemapPaths(), '/404.html'];

function pageHtml(path: string): string {
	return readFileSync(join(DIST_DIR, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

/** The page's policies, each as directive → sources. */
function policies(html: string): Array<Map<string, string[]>> {
	return [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map(
		(m) =>
			new Map(
				(m[1] ?? '')
					.split(';')
					.map((d) => d.trim().split(/\s+/))
					.filter((parts) => parts[0])
					.map(([name, ...sources]) => [name ?? '', sources])
			)
	);
}

test.each(paths)('%s: one CSP, with a hash for each inline script and style', (path) => {
	const html = pageHtml(path);
	const found = policies(html);
	expect(found, 'CSP <meta> elements').toHaveLength(1);
	const policy = found[0] ?? new Map<string, string[]>();
	expect(policy.get('default-src')).toEqual(["'self'"]);
	const scriptSrc = policy.get('script-src') ?? [];
	const styleSrc = policy.get('style-src') ?? [];
	expect(scriptSrc).toContain("'wasm-unsafe-eval'");
	expect(scriptSrc).not.toContain("'unsafe-inline'");
	expect(scriptSrc).not.toContain("'unsafe-eval'");
	expect(styleSrc).not.toContain("'unsafe-inline'");
	expect(policy.get('object-src')).toEqual(["'none'"]);

	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
		(m) => !/\bsrc=|type="application\/(ld\+)?json"/.test(m[1] ?? '')
	);
	expect(scripts.length, 'inline scripts').toBeGreaterThan(0);
	for (const m of scripts) {
		const body = m[2] ?? '';
		expect(scriptSrc, `script-src lists the hash of: ${body.trim().slice(0, 80)}`).toContain(
			`'${cspHash(body)}'`
		);
	}
	for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
		const body = m[1] ?? '';
		expect(styleSrc, `style-src lists the hash of: ${body.slice(0, 80)}`).toContain(
			`'${cspHash(body)}'`
		);
	}
});

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Waits until the guard has recorded a fault matching `pattern`; returns all it recorded. */
async function faultsMatching(pattern: RegExp): Promise<string[]> {
	const seen: string[] = [];
	await expect
		.poll(
			() => {
				seen.push(...takePageFaults());
				return seen.some((f) => pattern.test(f));
			},
			{ timeout: 5_000 }
		)
		.toBe(true);
	return seen;
}

/** Closes the page's context and forgets what it reported, so the test's own faults end here. */
async function closeQuietly(page: Page): Promise<void> {
	await page.context().close();
	takePageFaults();
}

describe('the guard in support.ts', () => {
	test('reports a script the policy refuses', async () => {
		const page = await newPage(browser);
		await page.goto(`${inject('baseURL')}/guides/basics/`);
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injectedScriptRan = true;';
			document.body.append(script);
			return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true;
		});
		expect(ran, 'the injected inline script ran').toBe(false);
		const faults = await faultsMatching(/script-src/);
		expect(faults.join('\n')).toContain('/guides/basics/');
		await closeQuietly(page);
	});

	test('reports an uncaught error', async () => {
		const page = await newPage(browser);
		await page.goto(`${inject('baseURL')}/en/guides/basics/`);
		await page.evaluate(() => {
			setTimeout(() => {
				throw new Error('thrown on purpose by csp.test.ts');
			});
		});
		await faultsMatching(/Uncaught error .*thrown on purpose/);
		await closeQuietly(page);
	});
});

// Pagefind searches in a worker and falls back to the main thread when the worker fails; there it
// compiles its WebAssembly under the page's policy, which is what 'wasm-unsafe-eval' is for.
describe.each([
	{ mode: 'in its worker', blockWorker: false },
	{ mode: 'on the main thread', blockWorker: true },
])('Pagefind searches under the policy $mode', ({ blockWorker }) => {
	test.each([
		{ prefix: '', query: 'ライセンス認証' },
		{ prefix: '/en', query: 'activation' },
	])('$prefix/ finds "$query"', async ({ prefix, query }) => {
		const page = await newPage(browser);
		if (blockWorker) await page.route('**/pagefind-worker.js', (route) => route.abort());
		await page.goto(`${inject('baseURL')}${prefix}/`);
		// A string, not a function: Vitest rewrites `import()` in this file's functions.
		const hits = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const found = await pagefind.search(${JSON.stringify(query)});
			return found.results.length;
		})()`);
		expect(hits).toBeGreaterThan(0);
		await page.context().close();
	});
});
