import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/data/errors.ts';
import { TROUBLESHOOTING } from '../../../src/data/troubleshooting.ts';
import { t, type UiKey } from '../../../src/i18n/index.ts';
import { anchorId } from '../../../src/tools/errorCode.ts';

const PAGES = {
	ja: 'content/docs/guides/error-codes.mdx',
	en: 'content/docs/en/guides/error-codes.mdx',
} as const;

function entryIds(path: string): string[] {
	const text = readFileSync(path, 'utf8');
	return [...text.matchAll(/<ErrorCodeEntry id="([^"]+)" locale="(ja|en)" \/>/g)].map((m) => m[1] as string);
}

describe('error code reference pages', () => {
	it.each(Object.entries(PAGES))('%s lists every code exactly once, in data order, as its anchor', (locale, path) => {
		expect(entryIds(path)).toEqual(ERROR_CODES.map((e) => anchorId(e.code)));
		const text = readFileSync(path, 'utf8');
		for (const match of text.matchAll(/<ErrorCodeEntry id="[^"]+" locale="(ja|en)" \/>/g)) expect(match[1]).toBe(locale);
		expect(text).toMatch(/sidebar:\n\s+order: 11/);
		expect(text).toContain(`<ErrorLookup locale="${locale}" />`);
	});

	it('has a UI label for every lab scene the data links to', () => {
		const scenes = new Set([...ERROR_CODES.flatMap((e) => e.scenes), ...TROUBLESHOOTING.flatMap((n) => (n.scene ? [n.scene] : []))]);
		for (const scene of scenes) {
			expect(t('ja', `tools.scene.${scene}` as UiKey), scene).toBeTruthy();
			expect(t('en', `tools.scene.${scene}` as UiKey), scene).toBeTruthy();
			// The link opens /simulator/?scenario=<id>: the preset must exist.
			expect(existsSync(`content/scenarios/${scene}.json`), scene).toBe(true);
		}
	});
});
