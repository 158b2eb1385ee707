import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** The built site under test: dist/, or DIST_DIR (handy for checking a build made elsewhere). */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

/** Debian's Chromium, or CHROMIUM_PATH. */
export function chromiumPath(): string {
	const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(
			`Chromium was not found at ${path}. Install it with \`apt-get install chromium\` (Debian), or set CHROMIUM_PATH to a Chromium binary.`
		);
	}
	return path;
}

/** The flags keep Chromium from calling home, so the tests see only the site's own requests. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--disable-default-apps',
];

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		// Playwright gives every launch a fresh, temporary profile.
		args: CHROMIUM_ARGS,
	});
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
	await page.addScriptTag({ content: axeSource });
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
