import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ja, jaGuides } from '../../src/i18n/ja.ts';
import { en, enGuides } from '../../src/i18n/en.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { guideText, type GuideKey } from '../../src/i18n/guides.ts';

/** Component folders whose UI wording must come from src/i18n, never from the component itself. */
const COMPONENT_DIRS = ['src/components/guides', 'src/components/site'];

/** Hiragana, katakana, CJK ideographs, Japanese punctuation (、。「」) and full-width forms. */
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/u;

function componentFiles(): { path: string; text: string }[] {
	return COMPONENT_DIRS.flatMap((dir) =>
		readdirSync(dir)
			.filter((name) => /\.(astro|ts|tsx)$/.test(name))
			.map((name) => {
				const path = join(dir, name);
				return { path, text: readFileSync(path, 'utf8') };
			})
	);
}

describe('guide and site components take their wording from src/i18n', () => {
	test('there are components to check', () => {
		expect(componentFiles().length).toBeGreaterThan(5);
	});

	test('no component contains Japanese text', () => {
		for (const { path, text } of componentFiles()) {
			const lines = text
				.split('\n')
				.flatMap((line, i) => (JAPANESE.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : []));
			expect(lines, path).toEqual([]);
		}
	});

	test('no component picks its wording with a locale comparison or a per-locale dictionary', () => {
		for (const { path, text } of componentFiles()) {
			expect(text, path).not.toMatch(/locale\s*===\s*'(ja|en)'\s*\?/);
			expect(text, path).not.toMatch(/\bja:\s*\{/);
		}
	});
});

describe('guide component strings', () => {
	const keys = (prefix: string): GuideKey[] =>
		(Object.keys(jaGuides) as GuideKey[]).filter((key) => key.startsWith(prefix));

	test('numbered groups have no gaps (the components iterate 1…n)', () => {
		const expected: Record<string, number> = {
			'guides.lifecycle.transitionLabel.': 7,
			'guides.lifecycle.transition.': 7,
			'guides.sequence.arrow.': 6,
			'guides.sequence.step.': 6,
		};
		for (const [prefix, count] of Object.entries(expected)) {
			const numbers = keys(prefix)
				.map((key) => key.slice(prefix.length))
				.filter((rest) => /^\d+$/.test(rest))
				.map(Number)
				.sort((a, b) => a - b);
			expect(numbers, prefix).toEqual(Array.from({ length: count }, (_, i) => i + 1));
		}
	});

	test('each lifecycle transition label and its sentence start with the same circled number, in both locales', () => {
		for (const locale of LOCALES) {
			for (let n = 1; n <= 7; n++) {
				const label = guideText(locale, `guides.lifecycle.transitionLabel.${n}` as GuideKey);
				const sentence = guideText(locale, `guides.lifecycle.transition.${n}` as GuideKey);
				const mark = String.fromCodePoint(0x2460 + n - 1); // ① is U+2460
				expect(label.startsWith(mark), `${locale} label ${n}`).toBe(true);
				expect(sentence.startsWith(mark), `${locale} transition ${n}`).toBe(true);
			}
		}
	});

	test('the sequence steps, rendered as HTML, use only balanced <code> markup', () => {
		for (const strings of [jaGuides, enGuides]) {
			for (const key of keys('guides.sequence.step.')) {
				const html = strings[key];
				const tags = html.match(/<[^>]*>/g) ?? [];
				expect(
					tags.every((tag) => tag === '<code>' || tag === '</code>'),
					key
				).toBe(true);
				expect(tags.filter((tag) => tag === '<code>').length, key).toBe(
					tags.filter((tag) => tag === '</code>').length
				);
			}
		}
	});

	test('the English strings contain no Japanese text', () => {
		for (const [key, value] of [...Object.entries(en), ...Object.entries(enGuides)])
			expect(JAPANESE.test(value), key).toBe(false);
	});
});

describe('guide strings stay out of the browser bundle', () => {
	test('every guides.* key lives in the guide export, not in the strings the islands load', () => {
		expect(Object.keys(ja).filter((key) => key.startsWith('guides.'))).toEqual([]);
		expect(Object.keys(jaGuides).every((key) => key.startsWith('guides.'))).toBe(true);
	});

	test('only .astro components (rendered at build time) import src/i18n/guides.ts', () => {
		const importers: string[] = [];
		const walk = (dir: string): void => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const path = join(dir, entry.name);
				if (entry.isDirectory()) walk(path);
				else if (
					/\.(ts|tsx|astro)$/.test(entry.name) &&
					/i18n\/guides(\.ts)?['"]/.test(readFileSync(path, 'utf8'))
				)
					importers.push(path);
			}
		};
		walk('src');
		expect(importers.length).toBeGreaterThan(0);
		const allowed = (path: string) =>
			path.endsWith('.astro') || path.startsWith(join('src', 'i18n'));
		expect(importers.filter((path) => !allowed(path))).toEqual([]);
	});
});
