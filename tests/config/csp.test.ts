import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	contentSecurityPolicy,
	cspHash,
	inlineScriptHashes,
	inlineScripts,
} from '../../src/config/csp.ts';

const starlightComponents = join(
	dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components')),
	'components'
);

describe('content security policy', () => {
	test('a CSP hash is the base64 SHA-256 of the exact text', () => {
		expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		const text = '\n\tStarlightThemeProvider.updatePickers();\n';
		expect(cspHash(text)).toBe(`sha256-${createHash('sha256').update(text).digest('base64')}`);
		expect(cspHash(text)).not.toBe(cspHash(text.trim()));
	});

	test('finds is:inline scripts verbatim, whatever their other attributes, and only those', () => {
		const source = [
			'---\nconst a = 1;\n---',
			'<script is:inline>\n\tone();\n</script>',
			'<script is:inline aria-hidden="true">two()</script>',
			'<script>\n\tprocessed();\n</script>',
			'<script is:inline>   </script>',
		].join('\n');
		expect(inlineScripts(source)).toEqual(['\n\tone();\n', 'two()']);
	});

	test("hashes Starlight's inline scripts and ours: the theme, sidebar and search scripts", () => {
		const hashes = inlineScriptHashes();
		const sources = [
			join(starlightComponents, 'SidebarPersister.astro'),
			join(starlightComponents, 'Search.astro'),
			'src/components/starlight/ThemeProvider.astro',
			'src/components/starlight/ThemeSelect.astro',
		];
		for (const file of sources) {
			const scripts = inlineScripts(readFileSync(file, 'utf8'));
			expect(scripts.length, file).toBeGreaterThan(0);
			for (const body of scripts) expect(hashes, file).toContain(cspHash(body));
		}
		expect(new Set(hashes).size).toBe(hashes.length);
	});

	test('the policy: same origin only, WebAssembly for Pagefind, no inline script or eval', () => {
		const csp = contentSecurityPolicy();
		expect(csp.directives).toContain("default-src 'self'");
		expect(csp.directives).toContain("object-src 'none'");
		expect(csp.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(JSON.stringify(csp)).not.toMatch(/'unsafe-eval'|'unsafe-inline'[^}]*"default"/);
		// 'unsafe-inline' only for style attributes, never for script or style elements.
		expect(csp.styleDirective.resources).toEqual([
			"'self'",
			{ resource: "'unsafe-inline'", kind: 'attribute' },
		]);
		// Directives a <meta> cannot carry would only log a warning in every page.
		for (const directive of csp.directives)
			expect(directive).not.toMatch(/^(frame-ancestors|report-uri|sandbox)\b/);
	});
});
