import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import HostKeyMatrix from '../../../src/components/guides/HostKeyMatrix.astro';
import { CSVLK_GROUPS, HOST_OS_NAMES } from '../../../src/data/hostKeys.ts';
import { guideText } from '../../../src/i18n/guides.ts';
import { PRODUCT_LINE_NAMES, type ProductLine } from '../../../src/data/products.ts';

async function render(locale: 'ja' | 'en'): Promise<Root> {
	const container = await AstroContainer.create();
	const html = await container.renderToString(HostKeyMatrix, { props: { locale } });
	return fromHtml(html, { fragment: true });
}

function attr(el: Element | undefined, name: string): string {
	const value = el?.properties[name];
	return Array.isArray(value) ? value.join(' ') : String(value ?? '');
}

/** Reads the rendered grid back as line → group id → covered, from the DOM only. */
function readGrid(tree: Root): Map<string, Map<string, boolean>> {
	// Column order: the header cells that name a group, in document order, re-sorted as rendered
	// (server groups in the second header row come first, then the rowspan'd client group).
	const firstRow = selectAll('thead tr:first-child th[data-group]', tree).map((th) =>
		attr(th, 'dataGroup')
	);
	const secondRow = selectAll('thead tr:nth-child(2) th[data-group]', tree).map((th) =>
		attr(th, 'dataGroup')
	);
	const columns = [...secondRow, ...firstRow];
	const grid = new Map<string, Map<string, boolean>>();
	for (const row of selectAll('tbody tr', tree)) {
		const cells = selectAll('td', row);
		const byGroup = new Map<string, boolean>();
		cells.forEach((cell, i) =>
			byGroup.set(columns[i] ?? `?${i}`, attr(cell, 'className').includes('yes'))
		);
		grid.set(attr(row, 'dataLine'), byGroup);
	}
	return grid;
}

describe('HostKeyMatrix', () => {
	it('has one column per CSVLK group and one row per product line, all from the shared data', async () => {
		const tree = await render('en');
		const headerGroups = selectAll('thead th[data-group]', tree).map((th) => attr(th, 'dataGroup'));
		expect(new Set(headerGroups)).toEqual(new Set(CSVLK_GROUPS.map((g) => g.id)));
		const lines = selectAll('tbody tr', tree).map((tr) => attr(tr, 'dataLine'));
		expect(lines).toEqual(Object.keys(PRODUCT_LINE_NAMES));
		for (const row of selectAll('tbody tr', tree))
			expect(selectAll('td', row)).toHaveLength(CSVLK_GROUPS.length);
	});

	it('marks a cell covered exactly when the group activates that line', async () => {
		const grid = readGrid(await render('ja'));
		for (const group of CSVLK_GROUPS) {
			for (const line of Object.keys(PRODUCT_LINE_NAMES) as ProductLine[]) {
				expect(grid.get(line)?.get(group.id), `${group.id} × ${line}`).toBe(
					group.activates.includes(line)
				);
			}
		}
	});

	it('matches Microsoft’s matrix on spot checks (rule R4), independent of the data file', async () => {
		const grid = readGrid(await render('en'));
		// Windows 11 GA: the 2025 and 2022 server keys, not the 2019 key, not the Windows 10 client key.
		expect(grid.get('win11')?.get('ws2025')).toBe(true);
		expect(grid.get('win11')?.get('ws2022')).toBe(true);
		expect(grid.get('win11')?.get('ws2019')).toBe(false);
		expect(grid.get('win11')?.get('win10')).toBe(false);
		// Windows Server 2025 and Windows 11 LTSC 2024 need the 2025 key.
		expect([...(grid.get('ws2025')?.entries() ?? [])].filter(([, v]) => v).map(([k]) => k)).toEqual(
			['ws2025']
		);
		expect(grid.get('win11-ltsc2024')?.get('ws2022')).toBe(false);
		// The client key activates no server.
		expect(grid.get('ws2008')?.get('win10')).toBe(false);
		expect(grid.get('win7')?.get('win10')).toBe(true);
	});

	it('says covered or not covered in text for every cell, not only with a symbol', async () => {
		for (const locale of ['ja', 'en'] as const) {
			const tree = await render(locale);
			for (const cell of selectAll('tbody td', tree)) {
				const spoken = toString(select('.sr-only', cell)!);
				expect(spoken).toBe(
					attr(cell, 'className').includes('yes')
						? locale === 'ja'
							? '認証できる'
							: 'activates'
						: locale === 'ja'
							? '認証できない'
							: 'does not activate'
				);
				expect(attr(select('[aria-hidden]', cell), 'ariaHidden')).toBe('true');
			}
		}
	});

	it('lists every group with the OSes it installs on, and flags the client-only key', async () => {
		const tree = await render('ja');
		const items = selectAll('ul.groups > li', tree);
		expect(items.map((li) => attr(li, 'dataGroup'))).toEqual(CSVLK_GROUPS.map((g) => g.id));
		const ws2025 = toString(items[0]!);
		expect(ws2025).toContain('Windows Server 2025、Windows Server 2022、Windows Server 2019');
		expect(ws2025).toContain('Azure Edition');
		const client = items.find((li) => attr(li, 'dataGroup') === 'win10')!;
		expect(toString(select('.badge', client)!)).toBe('クライアント OS のみ');
	});

	for (const locale of ['ja', 'en'] as const) {
		it(`(${locale}) takes its wording from src/i18n`, async () => {
			const tree = await render(locale);
			const caption = guideText(locale, 'guides.hostKeyMatrix.caption');
			expect(toString(select('caption', tree)!)).toBe(caption);
			// The scrollable region is named after the table it holds.
			expect(attr(select('.table-scroll', tree), 'ariaLabel')).toBe(caption);
			expect(toString(select('thead th[rowspan]', tree)!)).toBe(
				guideText(locale, 'guides.hostKeyMatrix.product')
			);
			expect(toString(select('.groups-heading', tree)!)).toBe(
				guideText(locale, 'guides.hostKeyMatrix.groupsHeading')
			);
			for (const li of selectAll('ul.groups > li', tree)) {
				expect(selectAll('dt', li).map((dt) => toString(dt))).toEqual([
					guideText(locale, 'guides.hostKeyMatrix.hostedOn'),
					guideText(locale, 'guides.hostKeyMatrix.activates'),
				]);
			}
			expect(toString(select('.badge', tree)!)).toBe(
				guideText(locale, 'guides.hostKeyMatrix.clientOnly')
			);
			expect(toString(select('.source', tree)!).trim()).toMatch(
				new RegExp(`^${guideText(locale, 'guides.sourceLabel')}: `)
			);
			// Host OS names come from the data, joined with the locale's separator.
			const first = CSVLK_GROUPS[0]!;
			expect(toString(selectAll('ul.groups > li dd', tree)[0]!)).toBe(
				first.hostedOn
					.map((os) => HOST_OS_NAMES[os][locale])
					.join(guideText(locale, 'guides.hostKeyMatrix.hostOsSeparator'))
			);
		});
	}

	it('reads differently on the Japanese and English pages', async () => {
		const [ja, en] = [await render('ja'), await render('en')];
		expect(toString(select('caption', ja)!)).not.toBe(toString(select('caption', en)!));
		expect(toString(select('caption', ja)!)).toContain('KMS ホスト キー');
		expect(toString(select('caption', en)!)).toContain('KMS host key');
	});

	it('links its source in the reader’s language', async () => {
		const ja = await render('ja');
		const en = await render('en');
		expect(attr(select('.source a', ja), 'href')).toBe(
			'https://learn.microsoft.com/ja-jp/windows-server/get-started/kms-activation-planning'
		);
		expect(attr(select('.source a', en), 'href')).toBe(
			'https://learn.microsoft.com/windows-server/get-started/kms-activation-planning'
		);
	});
});
