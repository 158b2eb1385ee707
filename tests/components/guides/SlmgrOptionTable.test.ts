import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import SlmgrOptionTable from '../../../src/components/guides/SlmgrOptionTable.astro';
import { SLMGR_OPTIONS } from '../../../src/data/slmgrOptions.ts';

async function render(props: Record<string, unknown>) {
	const container = await AstroContainer.create();
	const html = await container.renderToString(SlmgrOptionTable, { props });
	return fromHtml(html, { fragment: true });
}

function text(node: Parameters<typeof toString>[0] | undefined): string {
	return node === undefined ? '' : toString(node).replace(/\s+/g, ' ').trim();
}

describe('SlmgrOptionTable', () => {
	it('renders every option of the shared data exactly once, each with a unique anchor', async () => {
		const tree = await render({ locale: 'en' });
		const rows = selectAll('tbody tr', tree);
		// Grouped output reorders by group, so compare per group against the data.
		const rendered = rows.map((row) => String(row.properties.dataOption));
		expect([...rendered].sort()).toEqual(SLMGR_OPTIONS.map((o) => o.option).sort());
		const ids = rows.map((row) => String(row.properties.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toContain('skms');
		expect(ids).toContain('del-ao');
		expect(ids).toContain('ad-activation-get-iid');
		for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
	});

	it('makes one captioned table per group, in the reference order', async () => {
		const tree = await render({ locale: 'ja' });
		const tables = selectAll('table', tree);
		expect(tables.map((t) => t.properties.dataGroup)).toEqual([
			'global',
			'advanced',
			'client',
			'host',
			'token',
			'adba',
		]);
		expect(text(select('table[data-group="client"] caption', tree))).toBe(
			'KMS クライアントのオプション'
		);
		expect(select('caption', tree)?.properties.className ?? []).not.toContain('sr-only');
		for (const table of tables) {
			const group = String(table.properties.dataGroup);
			const inTable = selectAll('tbody tr', table).map((r) => String(r.properties.dataOption));
			expect(inTable).toEqual(SLMGR_OPTIONS.filter((o) => o.group === group).map((o) => o.option));
		}
	});

	it('renders only the requested group', async () => {
		const tree = await render({ locale: 'en', group: 'host' });
		const tables = selectAll('table', tree);
		expect(tables).toHaveLength(1);
		const options = selectAll('tbody tr', tree).map((r) => String(r.properties.dataOption));
		expect(options).toContain('/sprt');
		expect(options).toContain('/cpri');
		expect(options).not.toContain('/skms');
		// The page heading names the group, so the caption is kept for screen readers only.
		expect(select('caption', tree)?.properties.className).toContain('sr-only');
	});

	it("shows syntax, description, target and elevation in the reader's language", async () => {
		const en = await render({ locale: 'en', group: 'client' });
		const skms = SLMGR_OPTIONS.find((o) => o.option === '/skms')!;
		const row = select('tr#skms', en);
		expect(text(select('th code', row))).toBe(skms.syntax);
		expect(text(select('td', row))).toContain(skms.description.en);
		expect(text(select('[data-field="applies-to"]', row))).toBe('Applies to: KMS client');
		expect(text(select('[data-field="elevation"]', row))).toBe('Elevation: Required');

		const ja = await render({ locale: 'ja', group: 'client' });
		const jaRow = select('tr#skms', ja);
		expect(text(select('td', jaRow))).toContain(skms.description.ja);
		expect(text(select('[data-field="applies-to"]', jaRow))).toBe('対象: KMS クライアント');
		expect(text(select('[data-field="elevation"]', jaRow))).toBe('管理者権限: 必要');
	});

	it('labels each elevation kind from the data, never guessing', async () => {
		const tree = await render({ locale: 'en' });
		const labels: Record<string, string> = {
			yes: 'Required',
			no: 'Not required',
			'online-only': 'Only for online activation',
			'not-documented': 'Not documented by Microsoft',
		};
		for (const option of SLMGR_OPTIONS) {
			const cell = select(`tr[data-option="${option.option}"] [data-field="elevation"]`, tree);
			expect(cell?.properties.dataElevation).toBe(option.elevation);
			expect(text(cell)).toBe(`Elevation: ${labels[option.elevation]}`);
		}
	});

	it('names the forest, not a machine, as the target of ADBA options', async () => {
		const tree = await render({ locale: 'en', group: 'adba' });
		for (const row of selectAll('tbody tr', tree)) {
			expect(text(select('[data-field="applies-to"]', row))).toBe(
				'Applies to: AD forest (from any computer)'
			);
		}
		expect(selectAll('tbody tr', tree).length).toBe(
			SLMGR_OPTIONS.filter((o) => o.group === 'adba').length
		);
	});

	it('flags options that current Windows no longer has', async () => {
		const tree = await render({ locale: 'ja', group: 'token' });
		const removed = SLMGR_OPTIONS.filter((o) => !o.inCurrentWindows).map((o) => o.option);
		expect(removed.length).toBeGreaterThan(0);
		for (const row of selectAll('tbody tr', tree)) {
			const flagged = select('.removed', row) !== undefined;
			expect(flagged).toBe(removed.includes(String(row.properties.dataOption)));
		}
		expect(text(select('tr#stao .removed', tree))).toContain('現在の Windows にはありません');
	});
});
