import { existsSync, readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import ErrorCodeReference from '../../../src/components/tools/ErrorCodeReference.astro';
import { ERROR_CODES } from '../../../src/data/errors.ts';
import { TROUBLESHOOTING } from '../../../src/data/troubleshooting.ts';
import { t, type UiKey } from '../../../src/i18n/index.ts';
import { anchorId } from '../../../src/tools/errorCode.ts';

const PAGES = {
	ja: 'content/docs/guides/error-codes.mdx',
	en: 'content/docs/en/guides/error-codes.mdx',
} as const;

async function renderReference(locale: 'ja' | 'en'): Promise<string> {
	const renderers = await loadRenderers([getContainerRenderer()]);
	const container = await AstroContainer.create({ renderers });
	return container.renderToString(ErrorCodeReference, { props: { locale } });
}

describe('error code reference pages', () => {
	it.each(Object.entries(PAGES))(
		'%s renders the lookup and the reference, in its own locale',
		(locale, path) => {
			const text = readFileSync(path, 'utf8');
			expect(text).toMatch(/sidebar:\n\s+order: 11/);
			expect(text).toContain(`<ErrorLookup locale="${locale}" />`);
			expect(text).toContain(`<ErrorCodeReference locale="${locale}" />`);
		}
	);

	it.each(['ja', 'en'] as const)(
		'the reference (%s) renders every code once, in data order, with its anchor',
		async (locale) => {
			const html = await renderReference(locale);
			const ids = [...html.matchAll(/\sid="(0x[0-9a-f]{8})"/g)].map((m) => m[1]);
			expect(ids).toEqual(ERROR_CODES.map((e) => anchorId(e.code)));
			for (const entry of ERROR_CODES) expect(html).toContain(`href="#${anchorId(entry.code)}"`);
		}
	);

	it('has a UI label for every lab scene the data links to', () => {
		const scenes = new Set([
			...ERROR_CODES.flatMap((e) => e.scenes),
			...TROUBLESHOOTING.flatMap((n) => (n.scene ? [n.scene] : [])),
		]);
		for (const scene of scenes) {
			expect(t('ja', `tools.scene.${scene}` as UiKey), scene).toBeTruthy();
			expect(t('en', `tools.scene.${scene}` as UiKey), scene).toBeTruthy();
			// The link opens /simulator/?scenario=<id>: the preset must exist.
			expect(existsSync(`content/scenarios/${scene}.json`), scene).toBe(true);
		}
	});
});
