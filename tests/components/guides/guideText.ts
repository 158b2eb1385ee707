/** Reading guide MDX as text, for the checks a build does not make (guidePagesA/C tests). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

export const root = fileURLToPath(new URL('../../../content/docs/', import.meta.url));

export type Locale = 'ja' | 'en';

export function read(locale: Locale, slug: string): string {
	return readFileSync(`${root}${locale === 'ja' ? '' : 'en/'}guides/${slug}.mdx`, 'utf8');
}

export function frontmatter(text: string): { title: string; description: string; order: number } {
	const block = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
	return {
		title: /^title: (.+)$/m.exec(block)?.[1] ?? '',
		description: /^description: (.+)$/m.exec(block)?.[1] ?? '',
		order: Number(/^\s+order: (\d+)$/m.exec(block)?.[1]),
	};
}

/** Level-2 headings outside fenced code blocks. */
export function h2s(text: string): string[] {
	const withoutCode = text.replace(/```[\s\S]*?```/g, '');
	return [...withoutCode.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? '');
}

/** Microsoft Learn links in the page's final Sources (出典) section. */
export function learnSourceUrls(text: string, locale: Locale): string[] {
	const sources = text.slice(text.lastIndexOf(locale === 'ja' ? '## 出典' : '## Sources'));
	return [...sources.matchAll(/\]\((https:\/\/learn\.microsoft\.com\/[^)\s]+)\)/g)].map(
		(m) => m[1] ?? ''
	);
}

/** Root-relative links, in Markdown or in component attributes. */
export function internalLinks(text: string): string[] {
	return [...text.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** The page ends with a Sources section of at least `min` Learn links, all in the reader's language. */
export function expectLearnSources(text: string, locale: Locale, min: number): void {
	expect(h2s(text).at(-1)).toBe(locale === 'ja' ? '出典' : 'Sources');
	const learn = learnSourceUrls(text, locale);
	expect(learn.length).toBeGreaterThanOrEqual(min);
	for (const url of learn) {
		if (locale === 'ja') expect(url).toMatch(/^https:\/\/learn\.microsoft\.com\/ja-jp\//);
		else expect(url).not.toMatch(/\/ja-jp\//);
	}
}

/** Internal links exist, stay in the page's locale and end with a slash (trailingSlash: always). */
export function expectInternalLinksInLocale(text: string, locale: Locale): void {
	const internal = internalLinks(text);
	expect(internal.length).toBeGreaterThan(0);
	for (const link of internal) {
		if (locale === 'en') expect(link).toMatch(/^\/en\//);
		else expect(link).not.toMatch(/^\/en\//);
		expect(link.split('#')[0]).toMatch(/\/$/);
	}
}

/**
 * The checks every guide page gets, registered as tests: frontmatter, a Sources section in the
 * reader's language, a command example, and internal links in the page's locale.
 */
export function commonGuideChecks(
	text: string,
	locale: Locale,
	name: string,
	expected: { order: number; minTitleLength: number; minSources: number }
): void {
	it(`${name}: has a title, a description of at least 20 characters and sidebar order ${expected.order}`, () => {
		const fm = frontmatter(text);
		expect(fm.title.length).toBeGreaterThan(expected.minTitleLength);
		expect(fm.description.length).toBeGreaterThanOrEqual(20);
		expect(fm.order).toBe(expected.order);
	});

	it(`${name}: ends with a Sources section linking Microsoft Learn in the reader's language`, () => {
		expectLearnSources(text, locale, expected.minSources);
	});

	it(`${name}: shows at least one cmd or PowerShell example`, () => {
		expect(text).toMatch(/```(cmd|powershell)\n/);
	});

	it(`${name}: links internal pages in its own locale, with a trailing slash`, () => {
		expectInternalLinksInLocale(text, locale);
	});
}
