/**
 * The site's Content-Security-Policy, given to Astro's `security.csp` (astro.config.mjs). Astro
 * writes it as a `<meta http-equiv="content-security-policy">` on every page, with the hashes of
 * the scripts and styles it bundles or inlines itself.
 *
 * What Astro leaves to us: scripts written `is:inline`, which Astro copies verbatim without
 * hashing. Starlight has a few on purpose (the theme script that must run before first paint,
 * the sidebar and synced-tab restorers), and so may our own components. Their hashes are computed
 * here from the component sources, so a changed script changes its hash on the next build; the
 * browser tests fail on any CSP violation (tests/browser/support.ts), so a script that escapes
 * this scan is caught.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every other directive, for every page. Everything comes from this origin; no request leaves it.
 * - `img-src data:`: Starlight's and Expressive Code's stylesheets draw icons as `data:` SVGs.
 * - `worker-src 'self'`: Pagefind searches in a worker it loads from /pagefind/.
 * - `base-uri`, `form-action` and `object-src` do not fall back to `default-src`.
 * `frame-ancestors`, `report-uri` and `sandbox` are left out: browsers ignore them in a `<meta>`.
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/**
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search index when it runs on the main
 * thread (its fallback when the worker fails); it allows WebAssembly only, not `eval`.
 */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * `style` attributes: Starlight's icons size themselves with `style="--sl-icon-size: …"`, and
 * Preact sets inline styles. Attributes cannot run script, and style elements stay hash-only.
 */
export const STYLE_RESOURCES = [
	"'self'",
	{ resource: "'unsafe-inline'", kind: 'attribute' as const },
] as const;

/** The body of every `<script is:inline>` in an Astro component's source, verbatim. */
export function inlineScripts(astroSource: string): string[] {
	const bodies: string[] = [];
	for (const m of astroSource.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g))
		if (m[1]?.trim()) bodies.push(m[1]);
	return bodies;
}

/** A CSP hash source (without quotes): `sha256-<base64>`. */
export function cspHash(text: string): string {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function astroFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : astroFiles(path);
		return entry.name.endsWith('.astro') ? [path] : [];
	});
}

/** Starlight's components and ours: everywhere an `is:inline` script can come from. */
export function inlineScriptDirs(): string[] {
	const require = createRequire(import.meta.url);
	// `./components` is the one export a `require` condition resolves: dist/components.ts.
	const starlightDist = dirname(require.resolve('@astrojs/starlight/components'));
	const srcDir = fileURLToPath(new URL('..', import.meta.url));
	return [starlightDist, srcDir];
}

/** The hashes of every `is:inline` script in the given folders, each once, sorted. */
export function inlineScriptHashes(dirs: readonly string[] = inlineScriptDirs()): string[] {
	const hashes = new Set<string>();
	for (const dir of dirs)
		for (const file of astroFiles(dir))
			for (const body of inlineScripts(readFileSync(file, 'utf8'))) hashes.add(cspHash(body));
	return [...hashes].sort();
}

/** The `security.csp` option for astro.config.mjs. */
export function contentSecurityPolicy() {
	return {
		algorithm: 'SHA-256' as const,
		directives: [...CSP_DIRECTIVES],
		scriptDirective: {
			resources: [...SCRIPT_RESOURCES],
			hashes: inlineScriptHashes() as `sha256-${string}`[],
		},
		styleDirective: { resources: [...STYLE_RESOURCES] },
	};
}
