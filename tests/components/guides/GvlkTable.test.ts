import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import GvlkTable from '../../../src/components/guides/GvlkTable.astro';
import { gvlkSections, sectionOf } from '../../../src/components/guides/gvlkRows.ts';
import { PRODUCTS, type Product } from '../../../src/data/products.ts';

async function render(locale: 'ja' | 'en'): Promise<Root> {
	const container = await AstroContainer.create();
	const html = await container.renderToString(GvlkTable, { props: { locale } });
	return fromHtml(html, { fragment: true });
}

const uniqueKeys = new Set(PRODUCTS.map((p) => p.gvlk));

describe('GvlkTable', () => {
	it('shows every published GVLK from products.ts, each with a copy button holding that exact key', async () => {
		const tree = await render('en');
		const rows = selectAll('tbody tr', tree);
		const shownKeys = rows.map((row) => toString(select('code', row)!));
		expect(new Set(shownKeys)).toEqual(uniqueKeys);
		for (const row of rows) {
			const key = toString(select('code', row)!);
			const buttons = selectAll('button', row);
			expect(buttons).toHaveLength(1);
			expect(buttons[0]?.properties.dataCopyText).toBe(key);
		}
	});

	it('puts each edition next to its own key', async () => {
		const tree = await render('en');
		const keyFor = new Map<string, string>();
		for (const row of selectAll('tbody tr', tree)) {
			const key = toString(select('code', row)!);
			const header = select('th', row)!;
			const names = selectAll('li', header).map((li) => toString(li));
			for (const name of names.length > 0 ? names : [toString(header).trim()])
				keyFor.set(name, key);
		}
		for (const product of PRODUCTS)
			expect(keyFor.get(product.name.en), product.id).toBe(product.gvlk);
		// Spot checks against Microsoft's table (GVLK_SOURCE), independent of products.ts.
		expect(keyFor.get('Windows 11 Enterprise')).toBe('NPPR9-FWDCX-D2C8J-H872K-2YT43');
		expect(keyFor.get('Windows Server 2022 Datacenter')).toBe('WX4NM-KYWYW-QJJR4-XV3QB-6VM33');
	});

	it('always carries the warning that GVLKs need your own KMS host or ADBA', async () => {
		const ja = await render('ja');
		const jaAside = select('aside', ja);
		expect(jaAside).toBeDefined();
		expect(toString(jaAside!)).toMatch(/KMS ホスト/);
		expect(toString(jaAside!)).toMatch(/Active Directory/);
		const en = await render('en');
		expect(toString(select('aside', en)!)).toMatch(
			/only against a KMS host that your organization runs/
		);
	});

	it('uses Japanese headings and the ja-jp Learn URL for the Japanese page', async () => {
		const tree = await render('ja');
		const headers = selectAll('thead th', tree).map((th) => toString(th));
		expect(headers).toContain('エディション');
		const link = select('.gvlk-tables__source a', tree);
		expect(link?.properties.href).toMatch(
			/^https:\/\/learn\.microsoft\.com\/ja-jp\/windows-server\/get-started\/kms-client-activation-keys$/
		);
		expect(toString(select('button', tree)!)).toMatch(/^コピー/);
	});

	it('uses the English Learn URL for the English page', async () => {
		const tree = await render('en');
		expect(select('.gvlk-tables__source a', tree)?.properties.href).toBe(
			'https://learn.microsoft.com/windows-server/get-started/kms-client-activation-keys'
		);
	});

	it('has one captioned table per section, with header cells scoped for screen readers', async () => {
		const tree = await render('en');
		const tables = selectAll('table', tree);
		expect(tables.map((t) => t.properties.dataSection)).toEqual(['server', 'client', 'ltsc']);
		for (const table of tables) {
			expect(toString(select('caption', table)!).length).toBeGreaterThan(0);
			for (const th of selectAll('tbody th', table)) expect(th.properties.scope).toBe('row');
		}
	});
});

describe('gvlkSections', () => {
	const product = (
		id: string,
		line: Product['line'],
		family: Product['family'],
		gvlk: string
	): Product => ({
		id,
		name: { en: id, ja: `${id}-ja` },
		line,
		family,
		version: 'x',
		gvlk,
		adbaCapable: true,
	});

	it('merges editions that share a key within a section and keeps data order', () => {
		const sections = gvlkSections(
			[
				product('w11-pro', 'win11', 'client', 'AAAAA'),
				product('w11-ent', 'win11', 'client', 'BBBBB'),
				product('w10-pro', 'win10', 'client', 'AAAAA'),
				product('ltsc', 'win10-ltsc2021', 'client', 'CCCCC'),
				product('srv', 'ws2022', 'server', 'DDDDD'),
			],
			'ja'
		);
		expect(sections.map((s) => s.id)).toEqual(['server', 'client', 'ltsc']);
		expect(sections[1]?.rows).toEqual([
			{ gvlk: 'AAAAA', editions: ['w11-pro-ja', 'w10-pro-ja'] },
			{ gvlk: 'BBBBB', editions: ['w11-ent-ja'] },
		]);
	});

	it('leaves out empty sections', () => {
		expect(gvlkSections([product('srv', 'ws2019', 'server', 'X')], 'en').map((s) => s.id)).toEqual([
			'server',
		]);
		expect(gvlkSections([], 'en')).toEqual([]);
	});

	it('places every real product in the section Microsoft lists it in', () => {
		expect(sectionOf(PRODUCTS.find((p) => p.id === 'ws2025-standard')!)).toBe('server');
		expect(sectionOf(PRODUCTS.find((p) => p.id === 'win10-pro')!)).toBe('client');
		expect(sectionOf(PRODUCTS.find((p) => p.id === 'win11-enterprise-ltsc2024')!)).toBe('ltsc');
	});
});
