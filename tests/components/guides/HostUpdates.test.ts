import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import HostUpdates from '../../../src/components/guides/HostUpdates.astro';
import { HOST_OS_NAMES, HOST_UPDATE_REQUIREMENTS } from '../../../src/data/hostKeys.ts';
import { guideText } from '../../../src/i18n/guides.ts';

async function render(locale: 'ja' | 'en'): Promise<Root> {
	const container = await AstroContainer.create();
	const html = await container.renderToString(HostUpdates, { props: { locale } });
	return fromHtml(html, { fragment: true });
}

function rows(tree: Root): string[][] {
	return selectAll('tbody tr', tree).map((tr) =>
		selectAll('th, td', tr).map((c) => toString(c).trim())
	);
}

describe('HostUpdates', () => {
	it('renders one row per requirement in the shared data', async () => {
		const tree = await render('en');
		expect(rows(tree)).toHaveLength(HOST_UPDATE_REQUIREMENTS.length);
		for (const [i, req] of HOST_UPDATE_REQUIREMENTS.entries()) {
			expect(rows(tree)[i]?.[1]).toBe(req.toActivate.en);
			expect(rows(tree)[i]?.[2]).toBe(req.update.en);
		}
	});

	it('matches Microsoft’s minimum updates on spot checks (rule R4)', async () => {
		const table = rows(await render('en'));
		const find = (kb: string) => table.find((r) => r[2]?.includes(kb));
		expect(find('KB5034765')?.slice(0, 2)).toEqual(['Windows Server 2022', 'Windows Server 2025']);
		expect(find('KB5003646')?.slice(0, 2)).toEqual(['Windows Server 2019', 'Windows Server 2022']);
		expect(find('KB3172614')?.[0]).toBe('Windows Server 2012 R2 / Windows 8.1');
		expect(find('KB3172615')?.[0]).toBe('Windows Server 2012');
	});

	it('is written in Japanese for the Japanese page', async () => {
		const tree = await render('ja');
		expect(selectAll('thead th', tree).map((th) => toString(th))).toEqual([
			'KMS ホストの OS',
			'認証したい OS',
			'最低限必要な更新',
		]);
		expect(rows(tree)[0]?.[2]).toContain('累積更新プログラム');
		expect(toString(select('.source', tree)!)).toContain('出典');
	});
	for (const locale of ['ja', 'en'] as const) {
		it(`(${locale}) takes its wording from src/i18n and its host OS names from the data`, async () => {
			const tree = await render(locale);
			const caption = guideText(locale, 'guides.hostUpdates.caption');
			expect(toString(select('caption', tree)!)).toBe(caption);
			const region = select('.table-scroll', tree) as Element;
			expect(region.properties.ariaLabel).toBe(caption);
			expect(region.properties.role).toBe('region');
			expect(selectAll('thead th', tree).map((th) => toString(th))).toEqual([
				guideText(locale, 'guides.hostUpdates.hostOs'),
				guideText(locale, 'guides.hostUpdates.toActivate'),
				guideText(locale, 'guides.hostUpdates.update'),
			]);
			expect(toString(select('.note', tree)!)).toBe(guideText(locale, 'guides.hostUpdates.advice'));
			expect(
				toString(select('.source', tree)!)
					.trim()
					.startsWith(`${guideText(locale, 'guides.sourceLabel')}: `)
			).toBe(true);
			const separator = guideText(locale, 'guides.hostUpdates.hostOsSeparator');
			for (const [i, req] of HOST_UPDATE_REQUIREMENTS.entries()) {
				expect(rows(tree)[i]?.[0]).toBe(
					req.hostOs.map((os) => HOST_OS_NAMES[os][locale]).join(separator)
				);
			}
		});
	}

	it('reads differently on the Japanese and English pages', async () => {
		const [ja, en] = [await render('ja'), await render('en')];
		expect(toString(select('caption', ja)!)).toContain('KMS ホスト');
		expect(toString(select('caption', en)!)).toContain('KMS host');
		expect(toString(select('.note', ja)!)).not.toBe(toString(select('.note', en)!));
	});
});
