import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import LifecycleDiagram from '../../../src/components/guides/LifecycleDiagram.astro';
import { LicenseStatusCode } from '../../../src/engine/types.ts';
import { guideText, type GuideKey } from '../../../src/i18n/guides.ts';

async function render(locale: 'ja' | 'en', idPrefix?: string): Promise<Root> {
	const container = await AstroContainer.create();
	const html = await container.renderToString(LifecycleDiagram, { props: { locale, idPrefix } });
	return fromHtml(html, { fragment: true });
}

function attr(el: Element | undefined, name: string): string {
	const value = el?.properties[name];
	return Array.isArray(value) ? value.join(' ') : String(value ?? '');
}

const STATES = ['initial', 'licensed', 'additional', 'notification'];

describe('LifecycleDiagram', () => {
	for (const locale of ['ja', 'en'] as const) {
		it(`(${locale}) is an SVG image named by its own <title> and <desc>`, async () => {
			const tree = await render(locale);
			const svg = select('svg', tree);
			expect(attr(svg, 'role')).toBe('img');
			const [titleId, descId] = attr(svg, 'ariaLabelledBy').split(' ');
			expect(toString(select(`title#${titleId}`, tree)!).length).toBeGreaterThan(5);
			expect(toString(select(`desc#${descId}`, tree)!).length).toBeGreaterThan(50);
		});

		it(`(${locale}) takes its wording from src/i18n`, async () => {
			const tree = await render(locale);
			const svg = select('svg', tree);
			const [titleId, descId] = attr(svg, 'ariaLabelledBy').split(' ');
			expect(toString(select(`title#${titleId}`, tree)!)).toBe(
				guideText(locale, 'guides.lifecycle.title')
			);
			expect(toString(select(`desc#${descId}`, tree)!)).toBe(
				guideText(locale, 'guides.lifecycle.desc')
			);
			expect(toString(select('figcaption', tree)!)).toBe(
				guideText(locale, 'guides.lifecycle.caption') + guideText(locale, 'guides.lifecycle.legend')
			);
			expect(selectAll('h3.list-heading', tree).map((h) => toString(h))).toEqual([
				guideText(locale, 'guides.lifecycle.statesHeading'),
				guideText(locale, 'guides.lifecycle.transitionsHeading'),
			]);
			for (const group of selectAll('svg g.state', tree)) {
				const id = attr(group, 'dataState');
				expect(toString(select('text.state-name', group)!)).toBe(
					guideText(locale, `guides.lifecycle.state.${id}.name` as GuideKey)
				);
				expect(toString(select('text.state-detail', group)!)).toBe(
					guideText(locale, `guides.lifecycle.state.${id}.detail` as GuideKey)
				);
			}
			const labels = selectAll('svg text.edge-label', tree).map((el) => toString(el));
			const items = selectAll('ul.transition-list > li', tree).map((li) => toString(li));
			for (let n = 1; n <= 7; n++) {
				expect(labels[n - 1]).toBe(
					guideText(locale, `guides.lifecycle.transitionLabel.${n}` as GuideKey)
				);
				expect(items[n - 1]).toBe(
					guideText(locale, `guides.lifecycle.transition.${n}` as GuideKey)
				);
			}
			// The status code after the locale's label comes from the engine's table, not from a string file.
			const firstEntry = toString(selectAll('dl.state-list dd', tree)[0]!);
			expect(firstEntry).toContain(
				`(${guideText(locale, 'guides.lifecycle.codeLabel')} ${LicenseStatusCode.InitialGrace})`
			);
			expect(firstEntry).toContain(guideText(locale, 'guides.lifecycle.state.initial.explain'));
		});

		it(`(${locale}) draws the four states, each named in its box and described in the list below`, async () => {
			const tree = await render(locale);
			const groups = selectAll('svg g.state', tree);
			expect(groups.map((g) => attr(g, 'dataState'))).toEqual(STATES);
			const listed = selectAll('dl.state-list dt', tree).map((dt) => toString(dt));
			for (const [i, group] of groups.entries()) {
				const name = toString(select('text.state-name', group)!);
				expect(name.length).toBeGreaterThan(0);
				expect(listed[i]).toBe(name);
			}
			const statusLines = selectAll('dl.state-list dd code', tree).map((c) => toString(c));
			expect(statusLines).toEqual([
				'License Status: Initial grace period',
				'License Status: Licensed',
				'License Status: Additional grace period',
				'License Status: Notification',
			]);
		});

		it(`(${locale}) numbers every transition in the drawing and lists the same seven as text`, async () => {
			const tree = await render(locale);
			const labels = selectAll('svg text.edge-label', tree).map((t) => toString(t));
			const items = selectAll('ul.transition-list > li', tree).map((li) => toString(li));
			expect(labels).toHaveLength(7);
			expect(items).toHaveLength(7);
			for (const [i, label] of labels.entries()) expect(items[i]?.charAt(0)).toBe(label.charAt(0));
		});

		it(`(${locale}) says the Additional grace length on Windows is unconfirmed, and gives 30 days only for Office`, async () => {
			const tree = await render(locale);
			const additional = select('g.state-additional', tree)!;
			const boxText = toString(additional);
			expect(boxText).toMatch(locale === 'ja' ? /未確認/ : /unconfirmed/);
			expect(boxText).not.toMatch(/\d+\s*(日|days?)/);
			const explain = toString(selectAll('dl.state-list dd', tree)[2]!);
			expect(explain).toMatch(locale === 'ja' ? /確認できていません/ : /not confirmed/);
			if (/30/.test(explain)) expect(explain).toContain('Office');
			expect(toString(select('desc', tree)!)).toMatch(locale === 'ja' ? /未確認/ : /not confirmed/);
		});

		it(`(${locale}) gives the documented timers: 30-day initial grace, 180-day validity, 7-day renewal`, async () => {
			const tree = await render(locale);
			const list = toString(select('dl.state-list', tree)!);
			expect(list).toContain('30');
			expect(list).toContain('180');
			expect(list).toContain('7');
			expect(list).toContain('0xC004F009');
		});
	}

	it('reads differently on the Japanese and English pages', async () => {
		const [ja, en] = [await render('ja'), await render('en')];
		expect(toString(select('svg title', ja)!)).toContain('ライセンス状態');
		expect(toString(select('svg title', en)!)).toContain('license states');
		const names = (tree: Root) => selectAll('text.state-name', tree).map((el) => toString(el));
		expect(names(ja)).toEqual(['初期猶予期間', 'ライセンス済み', '追加の猶予期間', '通知状態']);
		expect(names(en)).toEqual(['Initial grace', 'Licensed', 'Additional grace', 'Notification']);
	});

	it('gives each state a border class as well as a fill, so colour is not the only cue', async () => {
		const tree = await render('en');
		const classes = selectAll('svg g.state', tree).map((g) => attr(g, 'className'));
		expect(new Set(classes).size).toBe(4);
		expect(toString(select('figcaption .legend', tree)!)).toMatch(/dashed.*thick.*dotted/);
	});

	it('uses currentColor, never a hard-coded colour in the drawing', async () => {
		const tree = await render('ja');
		for (const el of selectAll('svg *', tree)) {
			for (const name of ['fill', 'stroke']) {
				const value = attr(el, name);
				if (value !== '') expect(value, `${el.tagName} ${name}`).toMatch(/^(currentColor|none)$/);
			}
		}
	});

	it('keeps ids unique per diagram through idPrefix', async () => {
		const tree = await render('en', 'other');
		expect(attr(select('svg', tree), 'ariaLabelledBy')).toBe('other-title other-desc');
		expect(select('marker#other-arrow', tree)).toBeDefined();
	});
});
