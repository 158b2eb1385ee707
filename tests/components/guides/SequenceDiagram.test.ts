import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import SequenceDiagram from '../../../src/components/guides/SequenceDiagram.astro';
import { guideText, type GuideKey } from '../../../src/i18n/guides.ts';

async function render(props: {
	locale: 'ja' | 'en';
	idPrefix?: string;
}): Promise<{ tree: Root; html: string }> {
	const container = await AstroContainer.create();
	const html = await container.renderToString(SequenceDiagram, { props });
	return { tree: fromHtml(html, { fragment: true }), html };
}

function attr(el: Element | undefined, name: string): string {
	const value = el?.properties[name];
	return Array.isArray(value) ? value.join(' ') : String(value ?? '');
}

describe('SequenceDiagram', () => {
	for (const locale of ['ja', 'en'] as const) {
		it(`(${locale}) is an SVG image named by its own <title> and <desc>`, async () => {
			const { tree } = await render({ locale });
			const svg = select('svg', tree);
			expect(attr(svg, 'role')).toBe('img');
			const ids = attr(svg, 'ariaLabelledBy').split(' ');
			expect(ids).toHaveLength(2);
			const title = select(`title#${ids[0]}`, tree);
			const desc = select(`desc#${ids[1]}`, tree);
			expect(toString(title!).length).toBeGreaterThan(5);
			expect(toString(desc!).length).toBeGreaterThan(50);
		});

		it(`(${locale}) takes its wording from src/i18n`, async () => {
			const { tree } = await render({ locale });
			expect(toString(select('svg title', tree)!)).toBe(guideText(locale, 'guides.sequence.title'));
			expect(toString(select('svg desc', tree)!)).toBe(guideText(locale, 'guides.sequence.desc'));
			expect(toString(select('figcaption', tree)!)).toBe(
				guideText(locale, 'guides.sequence.caption')
			);
			expect(toString(select('.list-intro', tree)!)).toBe(
				guideText(locale, 'guides.sequence.listIntro')
			);
			const names = selectAll('svg g.participant', tree).map((g) =>
				selectAll('text.name', g).map((el) => toString(el))
			);
			expect(names).toEqual(
				(['client', 'dns', 'host'] as const).map((who) => [
					guideText(locale, `guides.sequence.${who}.line1`),
					guideText(locale, `guides.sequence.${who}.line2`),
				])
			);
			const labels = selectAll('svg text.label', tree).map((el) => toString(el));
			expect([...labels].sort()).toEqual(
				[1, 2, 3, 4, 5, 6]
					.map((n) => guideText(locale, `guides.sequence.arrow.${n}` as GuideKey))
					.sort()
			);
			expect(selectAll('svg text.note', tree).map((el) => toString(el))).toEqual([
				guideText(locale, 'guides.sequence.transport'),
				guideText(locale, 'guides.sequence.transport'),
			]);
			// Steps keep their inline <code> markup.
			const steps = selectAll('ol.steps > li', tree);
			for (const [i, step] of steps.entries()) {
				const expected = fromHtml(guideText(locale, `guides.sequence.step.${i + 1}` as GuideKey), {
					fragment: true,
				});
				expect(toString(step)).toBe(toString(expected));
				expect(selectAll('code', step).map((c) => toString(c))).toEqual(
					selectAll('code', expected).map((c) => toString(c))
				);
			}
			expect(selectAll('ol.steps > li:first-child code', tree).map((c) => toString(c))).toEqual([
				'_vlmcs._tcp',
				'slmgr /skms',
			]);
		});

		it(`(${locale}) repeats the six numbered arrows as a six-step ordered list`, async () => {
			const { tree } = await render({ locale });
			const steps = selectAll('ol.steps > li', tree);
			expect(steps).toHaveLength(6);
			const labels = selectAll('svg text.label', tree).map((t) => toString(t));
			for (const [i, mark] of ['①', '②', '③', '④', '⑤', '⑥'].entries()) {
				expect(
					labels.filter((l) => l.startsWith(mark)),
					`${mark} in the drawing`
				).toHaveLength(1);
				expect(steps[i]).toBeDefined();
			}
		});

		it(`(${locale}) states what travels: TCP 1688, about 250 bytes, anonymous RPC, and no product key`, async () => {
			const { tree } = await render({ locale });
			const text = toString(select('ol.steps', tree)!);
			expect(text).toContain('1688');
			expect(text).toContain('250');
			expect(text).toContain('RPC');
			expect(text).toContain('_vlmcs._tcp');
			expect(text).toContain(locale === 'ja' ? 'プロダクト キーは含まれません' : 'no product key');
			expect(text).toContain(locale === 'ja' ? 'しきい値' : 'threshold');
		});
	}

	it('reads differently on the Japanese and English pages', async () => {
		const ja = (await render({ locale: 'ja' })).tree;
		const en = (await render({ locale: 'en' })).tree;
		expect(toString(select('svg title', ja)!)).toContain('シーケンス図');
		expect(toString(select('svg title', en)!)).toContain('Sequence diagram');
		expect(toString(select('figcaption', ja)!)).not.toBe(toString(select('figcaption', en)!));
	});

	it('draws responses dashed and requests solid, so direction does not depend on colour', async () => {
		const { tree } = await render({ locale: 'en' });
		const messages = selectAll('svg line.msg', tree);
		expect(messages).toHaveLength(4);
		expect(messages.filter((m) => attr(m, 'className').includes('reply'))).toHaveLength(2);
	});

	it('uses currentColor and theme variables, never a hard-coded colour in the drawing', async () => {
		const { tree } = await render({ locale: 'ja' });
		for (const el of selectAll('svg *', tree)) {
			for (const name of ['fill', 'stroke']) {
				const value = attr(el, name);
				if (value !== '') expect(value, `${el.tagName} ${name}`).toMatch(/^(currentColor|none)$/);
			}
		}
	});

	it('keeps ids unique per diagram through idPrefix, and the arrow marker it references exists', async () => {
		const { tree } = await render({ locale: 'en', idPrefix: 'second' });
		expect(select('title#second-title', tree)).toBeDefined();
		expect(select('marker#second-arrow', tree)).toBeDefined();
		for (const line of selectAll('svg line.msg', tree)) {
			expect(attr(line, 'markerEnd')).toBe('url(#second-arrow)');
		}
	});
});
