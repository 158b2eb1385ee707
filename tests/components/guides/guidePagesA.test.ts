/**
 * Checks on the text of guides 1–5 (both locales) that a build does not catch: sidebar order,
 * descriptions, a Sources section in the reader's language, command examples, lab-scene markers,
 * locale-correct internal links, and that unconfirmed facts are labelled as such.
 */
import { describe, expect, it } from 'vitest';
import { commonGuideChecks, h2s, read } from './guideText.ts';

const PAGES = [
	{ slug: 'basics', order: 1, figures: [] },
	{ slug: 'how-kms-works', order: 2, figures: ['CountFigure', 'DnsFigure'] },
	{ slug: 'lifecycle', order: 3, figures: ['StatesFigure', 'ValidityFigure'] },
	{ slug: 'choosing-a-method', order: 4, figures: [] },
	{ slug: 'kms-host-setup', order: 5, figures: [] },
] as const;

describe('guides 1–5', () => {
	for (const page of PAGES) {
		for (const locale of ['ja', 'en'] as const) {
			const text = read(locale, page.slug);
			const name = `${locale}/${page.slug}`;

			commonGuideChecks(text, locale, name, {
				order: page.order,
				minTitleLength: 3,
				minSources: 2,
			});

			it(`${name}: shows its small figures in the page's locale, no whole lab, no leftover marker`, () => {
				expect(text).not.toMatch(/LAB-SCENE|<ActivationLab/);
				const figures = [...text.matchAll(/^<([A-Z][a-zA-Z]+Figure) locale="([a-z]+)" \/>$/gm)].map(
					(m) => {
						expect(m[2]).toBe(locale);
						return m[1];
					}
				);
				expect(figures.sort()).toEqual([...page.figures]);
			});
		}

		it(`${page.slug}: has the same number of sections in both languages`, () => {
			expect(h2s(read('ja', page.slug)).length).toBe(h2s(read('en', page.slug)).length);
		});
	}

	it('never states the Windows OOT grace length as fact: lifecycle says it is unconfirmed in both languages', () => {
		expect(read('ja', 'lifecycle')).toMatch(/追加の猶予期間の長さは未確認/);
		expect(read('en', 'lifecycle')).toMatch(/length of the Additional grace period is unconfirmed/);
	});

	it('corrects the popular misconceptions on the introductory pages', () => {
		for (const slug of ['basics', 'how-kms-works']) {
			expect(read('ja', slug)).toMatch(/AWS.*(無関係|関係ありません)/);
			expect(read('en', slug)).toMatch(/AWS.*unrelated/);
			expect(read('ja', slug)).toMatch(/プロダクト キーを配るのではありません|キーを渡す」: 誤り/);
			expect(read('en', slug)).toMatch(
				/does not hand out product keys|gives the client a key": false/
			);
		}
	});

	it('renders the host-key tables from shared data rather than typing them', () => {
		for (const locale of ['ja', 'en'] as const) {
			const text = read(locale, 'kms-host-setup');
			expect(text).toContain(`<HostKeyMatrix locale="${locale}" />`);
			expect(text).toContain(`<HostUpdates locale="${locale}" />`);
			expect(text).not.toMatch(/KB50347|KB3172614/);
		}
	});
});
