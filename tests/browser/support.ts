import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page,
} from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, DIST_DIR, chromiumPath } from '../../scripts/lib/browser.ts';

export { CHROMIUM_ARGS, DIST_DIR, chromiumPath };

const require = createRequire(import.meta.url);

export async function launchBrowser(): Promise<Browser> {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		// Playwright gives every launch a fresh, temporary profile.
		args: CHROMIUM_ARGS,
	});
	guardContexts(browser);
	return browser;
}

export interface PageOptions {
	colorScheme?: 'light' | 'dark';
	viewport?: { width: number; height: number };
	reducedMotion?: 'reduce' | 'no-preference';
}

/** A page in its own context, so storage never leaks between tests. */
export async function newPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
	const context = await browser.newContext({
		colorScheme: options.colorScheme ?? 'light',
		viewport: options.viewport ?? { width: 1280, height: 900 },
		reducedMotion: options.reducedMotion ?? 'no-preference',
	});
	return context.newPage();
}

/** Goes to a lab page (a path on the served site) and waits until its island has hydrated. */
export async function gotoLab(page: Page, path: string): Promise<void> {
	await page.goto(inject('baseURL') + path, { waitUntil: 'load' });
	await page.waitForSelector('[data-lab-ready]', { timeout: 20_000 });
}

/** A new page on a lab path, hydrated. */
export async function openLab(
	browser: Browser,
	path: string,
	options: PageOptions = {}
): Promise<Page> {
	const page = await newPage(browser, options);
	await gotoLab(page, path);
	return page;
}

/** The lab's side panels are tabs (LabSidePanels.tsx); this opens one. */
export async function openLabTab(
	page: Page,
	id: 'machine' | 'host' | 'log' | 'terminal' | 'chart' | 'faults'
): Promise<void> {
	await page.locator(`[data-lab-tab="${id}"]`).click();
}

export interface Problems {
	consoleErrors: string[];
	failedRequests: string[];
	externalRequests: string[];
}

/** Records console errors, page errors, failed requests and any request that leaves 127.0.0.1. */
export function trackProblems(page: Page): Problems {
	const problems: Problems = { consoleErrors: [], failedRequests: [], externalRequests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => problems.consoleErrors.push(`pageerror: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (
			!['127.0.0.1', 'localhost'].includes(url.hostname) &&
			!['data:', 'blob:'].includes(url.protocol)
		) {
			problems.externalRequests.push(request.url());
		}
	});
	page.on('requestfailed', (request) =>
		problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`)
	);
	page.on('response', (response) => {
		if (response.status() >= 400)
			problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
	});
	return problems;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: string[];
}

/** Runs axe-core in the page with the project's tags. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated, not added as a <script>: the site's CSP rightly refuses an injected inline script.
	await page.evaluate(`${axeSource}\n;undefined`);
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						ctx: Document,
						opts: object
					) => Promise<{
						violations: Array<{
							id: string;
							impact: string | null;
							help: string;
							nodes: Array<{ target: unknown[] }>;
						}>;
					}>;
				};
			}
		).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => JSON.stringify(n.target)),
		}));
	}, AXE_TAGS);
}

/** Throws a readable error listing every axe violation on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const violations = await axeViolations(page);
	if (violations.length > 0) {
		const lines = violations.map(
			(v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).join('\n    ')}`
		);
		throw new Error(
			`axe found ${violations.length} violation(s) on ${page.url()}:\n${lines.join('\n')}`
		);
	}
}

/** Every page URL in the built sitemap, as a path ("/en/guides/basics/"). */
export function sitemapPaths(distDir = DIST_DIR): string[] {
	const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
	const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(m) => new URL(m[1] ?? '').pathname
	);
	const paths: string[] = [];
	for (const file of files) {
		const xml = readFileSync(join(distDir, file), 'utf8');
		for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(m[1] ?? '').pathname);
	}
	return paths;
}

/** Presses Tab until the focused element matches `selector`: reaching a control the way a keyboard user does. */
export async function tabTo(page: Page, selector: string, maxPresses = 150): Promise<void> {
	for (let i = 0; i < maxPresses; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
			return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

/** axe in the light and the dark theme, on the page as the test left it (results open, answers shown). */
export async function expectNoAxeViolationsInBothThemes(page: Page): Promise<void> {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.waitForSelector(`html[data-theme="${colorScheme}"]`, {
			state: 'attached',
			timeout: 5_000,
		});
		await expectNoAxeViolations(page);
	}
}

// ─── Page guard: a CSP violation or an uncaught error fails the test (issue 16) ─────────────────

/** CSP violations and uncaught errors seen since the last check, one line each. */
const pageFaults: string[] = [];

/** Returns the faults recorded since the last call and forgets them. */
export function takePageFaults(): string[] {
	return pageFaults.splice(0);
}

/** Chromium's console report of a refused script, style, image, worker or connection. */
const CSP_CONSOLE_REPORT = /Content[ -]Security[ -]Policy/i;

/**
 * Watches every page of a context: the `securitypolicyviolation` event in the page, Chromium's
 * console report (which also covers workers and pages without JavaScript) and uncaught errors.
 */
export async function guardContext(context: BrowserContext): Promise<void> {
	await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => {
		pageFaults.push(`CSP violation on ${page.url()}: ${text}`);
	});
	await context.addInitScript(() => {
		document.addEventListener(
			'securitypolicyviolation',
			(e) => {
				const report = (window as unknown as { __reportCspViolation: (t: string) => void })
					.__reportCspViolation;
				report(
					`${e.effectiveDirective} refused ${e.blockedURI || 'an inline source'} at ` +
						`${e.sourceFile}:${e.lineNumber} ${e.sample}`
				);
			},
			true
		);
	});
	context.on('console', (message) => {
		if (CSP_CONSOLE_REPORT.test(message.text()))
			pageFaults.push(`CSP report on ${message.page()?.url()}: ${message.text()}`);
	});
	context.on('weberror', (webError) => {
		const error = webError.error();
		pageFaults.push(`Uncaught error on ${webError.page()?.url()}: ${error.stack ?? error.message}`);
	});
}

/** Makes every context of `browser` (also those tests create directly) a guarded one. */
function guardContexts(browser: Browser): void {
	const newContext = browser.newContext.bind(browser);
	browser.newContext = async (options) => {
		const context = await newContext(options);
		await guardContext(context);
		return context;
	};
}

// In a Vitest test worker, each test fails on the faults its pages reported. (Vitest's global
// setup and the scripts that import this file run outside a test worker and skip the hook.)
if (process.env.VITEST_WORKER_ID) {
	const { afterEach } = await import('vitest');
	afterEach(() => {
		const faults = takePageFaults();
		if (faults.length > 0)
			throw new Error(`The pages reported ${faults.length} problem(s):\n${faults.join('\n')}`);
	});
}

/**
 * Opens the search dialog as a reader does once the page has loaded, and returns its input. The
 * button is disabled until the search element has wired itself up, and Pagefind builds its input
 * when the browser is idle: a reader who opens the dialog before that lands in an unfocused box.
 */
export async function openSearch(
	page: Page,
	how: 'click' | 'shortcut' = 'click'
): Promise<Locator> {
	const button = page.locator('button[data-open-modal]:not([disabled])');
	await button.waitFor();
	const input = page.locator('#starlight__search input');
	await input.waitFor({ state: 'attached' });
	if (how === 'click') await button.click();
	else await page.keyboard.press('Control+k');
	await input.waitFor({ state: 'visible' });
	return input;
}
