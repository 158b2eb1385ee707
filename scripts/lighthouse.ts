/**
 * Lighthouse (mobile, default config) on the home page in both locales, 3 runs each, median
 * score per category. Accessibility, Best Practices and SEO must be 1.0 and Performance ≥ 0.95.
 * With `--every-type`, one page of each type instead (guide, guide with figures, error
 * reference, simulator, tools, index, challenges, 404), held to the same goals.
 * Needs a built dist/ and Debian's Chromium (or CHROMIUM_PATH).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { serveStatic } from './serve.ts';
import { CHROMIUM_ARGS, DIST_DIR, chromiumPath } from './lib/browser.ts';

/** One page of each type, for `--every-type` (npm test runs the home pages only, for time). */
const PAGE_TYPES: Readonly<Record<string, string>> = {
	home: '/',
	'home (English)': '/en/',
	guide: '/guides/basics/',
	'guide with code and tabs': '/guides/checking-status/',
	'guide with figures': '/guides/how-kms-works/',
	'error reference': '/guides/error-codes/',
	simulator: '/simulator/',
	'tool (GVLK picker)': '/tools/gvlk-picker/',
	'tool (diagnose)': '/tools/diagnose/',
	'index page': '/guides/',
	challenges: '/challenges/',
	'404': '/404.html',
};
const PAGES = process.argv.includes('--every-type') ? Object.values(PAGE_TYPES) : ['/', '/en/'];
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const MINIMUM: Record<Category, number> = {
	performance: 0.95,
	accessibility: 1,
	'best-practices': 1,
	seo: 1,
};

async function launchChromium(): Promise<{ port: number; process: ChildProcess; profile: string }> {
	const profile = mkdtempSync(join(tmpdir(), 'kmslab-lh-'));
	const child = spawn(
		chromiumPath(),
		[
			...CHROMIUM_ARGS,
			'--headless=new',
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			'about:blank',
		],
		{
			stdio: ['ignore', 'ignore', 'pipe'],
			// Its own process group, so the helpers (renderer, GPU, network) can be stopped with it.
			detached: true,
		}
	);
	const port = await new Promise<number>((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 30_000);
		child.stderr?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(Number(match[1]));
			}
		});
		child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${output}`)));
	});
	return { port, process: child, profile };
}

function stopProcessGroup(child: ChildProcess): void {
	try {
		if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
	} catch {
		child.kill();
	}
}

/** A helper still flushing its cache can make the first removal fail; the scores stand either way. */
function removeProfile(dir: string): void {
	try {
		rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	} catch (error) {
		console.warn(`Could not remove the temporary Chromium profile ${dir}: ${String(error)}`);
	}
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const { url: base, server } = await serveStatic(DIST_DIR);
const chrome = await launchChromium();
let failed = false;
try {
	for (const path of PAGES) {
		const scores: Record<Category, number[]> = {
			performance: [],
			accessibility: [],
			'best-practices': [],
			seo: [],
		};
		for (let run = 0; run < RUNS; run++) {
			const result = await lighthouse(base + path, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			for (const category of CATEGORIES)
				scores[category].push(result.lhr.categories[category]?.score ?? 0);
			if (run === 0) {
				const failing = Object.values(result.lhr.audits).filter(
					(a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary'
				);
				for (const audit of failing)
					console.log(`  ${path}: audit "${audit.id}" failed: ${audit.title}`);
			}
		}
		const summary = CATEGORIES.map((c) => {
			const value = median(scores[c]);
			const ok = value >= MINIMUM[c];
			if (!ok) failed = true;
			return `${c} ${value.toFixed(2)}${ok ? '' : ` (needs ≥ ${MINIMUM[c]})`} [${scores[c].map((s) => s.toFixed(2)).join(', ')}]`;
		});
		console.log(`${path}: ${summary.join(' · ')}`);
	}
} finally {
	const exited = new Promise((done) => chrome.process.once('exit', done));
	stopProcessGroup(chrome.process);
	await exited;
	removeProfile(chrome.profile);
	server.close();
}
if (failed) {
	console.error('Lighthouse scores are below the goals.');
	process.exit(1);
}
console.log(`Lighthouse (mobile, median of ${RUNS}): all goals met.`);
