import { describe, expect, it } from 'vitest';
import {
	CSVLK_GROUPS,
	HOST_OS_NAMES,
	HOST_UPDATE_DEAD_ENDS,
	HOST_UPDATE_REQUIREMENTS,
	requiredHostUpdate,
	type HostOsId,
} from '../../src/data/hostKeys.ts';
import {
	PRODUCTS,
	PRODUCT_LINE_NAMES,
	findProduct,
	type Product,
} from '../../src/data/products.ts';

function product(id: string): Product {
	const p = findProduct(id);
	if (!p) throw new Error(`no product ${id}`);
	return p;
}

function kbFor(hostOs: HostOsId, productId: string): string | null | undefined {
	const row = requiredHostUpdate(hostOs, product(productId));
	return row === null ? undefined : row.kb;
}

/** Microsoft's "Minimum updates on the KMS host" table (HOST_KEY_SOURCE): host OSes, what to activate, KB. */
const FACT_SHEET_ROWS: readonly { hostOs: HostOsId[]; toActivate: string; kb: string }[] = [
	{ hostOs: ['ws2022'], toActivate: 'Windows Server 2025', kb: 'KB5034765' },
	{ hostOs: ['ws2019'], toActivate: 'Windows Server 2025', kb: 'KB5034768' },
	{ hostOs: ['ws2019'], toActivate: 'Windows Server 2022', kb: 'KB5003646' },
	{ hostOs: ['ws2016'], toActivate: 'Windows Server 2022 and 2019', kb: 'KB5003638' },
	{ hostOs: ['ws2016'], toActivate: 'Windows Server 2019', kb: 'KB4478877' },
	{ hostOs: ['ws2012r2'], toActivate: 'Windows Server 2019, 2016, Windows 10', kb: 'KB4467695' },
	{
		hostOs: ['ws2012r2', 'win8.1'],
		toActivate: 'Windows Server 2016, Windows 10',
		kb: 'KB3172614',
	},
	{ hostOs: ['ws2012'], toActivate: 'Windows Server 2016, 2012 R2, Windows 10', kb: 'KB3172615' },
	{
		hostOs: ['ws2008r2', 'win7'],
		toActivate: 'Windows Server 2012 R2, 2012, Windows 10',
		kb: 'KB3079821',
	},
];

describe('minimum host updates (rule R4)', () => {
	it('has every row of Microsoft’s table with its KB and host OSes, in order', () => {
		expect(
			HOST_UPDATE_REQUIREMENTS.map((r) => ({
				hostOs: [...r.hostOs],
				toActivate: r.toActivate.en,
				kb: r.kb,
			}))
		).toEqual(FACT_SHEET_ROWS);
		for (const r of HOST_UPDATE_REQUIREMENTS) {
			expect(r.update.en).toContain(r.kb);
			expect(r.update.ja).toContain(r.kb);
			expect(r.noUpdate).toBeUndefined();
			for (const line of r.lines) expect(PRODUCT_LINE_NAMES[line]).toBeDefined();
		}
	});

	it('names Server 2008 R2 in both locales without letting any key group be hosted on it', () => {
		expect(HOST_OS_NAMES.ws2008r2).toEqual({
			ja: 'Windows Server 2008 R2',
			en: 'Windows Server 2008 R2',
		});
		for (const g of CSVLK_GROUPS) expect(g.hostedOn).not.toContain('ws2008r2');
	});

	it('keeps "no update lets a Server 2008 R2 host activate Server 2016 or later" as a no-update row', () => {
		expect(HOST_UPDATE_DEAD_ENDS).toHaveLength(1);
		const [row] = HOST_UPDATE_DEAD_ENDS;
		expect(row?.noUpdate).toBe(true);
		expect(row?.kb).toBeNull();
		expect(row?.hostOs).toEqual(['ws2008r2']);
		for (const id of [
			'ws2016-standard',
			'ws2019-datacenter',
			'ws-sac-standard',
			'ws2022-standard',
			'ws2025-datacenter',
		]) {
			expect(requiredHostUpdate('ws2008r2', product(id))).toBe(row);
		}
		// Windows 7 hosts are not named by that fact.
		expect(requiredHostUpdate('win7', product('ws2016-standard'))).toBeNull();
	});

	it('returns the row a host needs for a newer product', () => {
		expect(kbFor('ws2016', 'ws2022-standard')).toBe('KB5003638');
		expect(kbFor('ws2022', 'ws2025-standard')).toBe('KB5034765');
		expect(kbFor('ws2019', 'ws2025-datacenter')).toBe('KB5034768');
		expect(kbFor('ws2019', 'ws2022-datacenter')).toBe('KB5003646');
		expect(kbFor('win8.1', 'win10-enterprise')).toBe('KB3172614');
		expect(kbFor('ws2012', 'win10-enterprise-ltsb2016')).toBe('KB3172615');
		expect(kbFor('ws2008r2', 'win10-pro')).toBe('KB3079821');
		expect(kbFor('win7', 'win10-pro')).toBe('KB3079821');
	});

	it('returns null for the same version, an older one, or a pair the table does not list', () => {
		expect(requiredHostUpdate('ws2022', product('win11-enterprise'))).toBeNull();
		expect(requiredHostUpdate('ws2022', product('ws2022-standard'))).toBeNull();
		expect(requiredHostUpdate('ws2025', product('ws2025-standard'))).toBeNull();
		expect(requiredHostUpdate('ws2019', product('ws2016-standard'))).toBeNull();
		expect(requiredHostUpdate('win10', product('win10-enterprise'))).toBeNull();
		for (const p of PRODUCTS) {
			expect(requiredHostUpdate('ws2025', p)).toBeNull();
			// A row never asks a host to be updated for its own version.
			const row = requiredHostUpdate('ws2022', p);
			if (row !== null) expect(p.line).not.toBe('ws2022');
		}
	});

	it('returns the later, more complete update when two rows match', () => {
		// Server 2016 host + Server 2019: KB5003638 (Jun 2021) and KB4478877 (Dec 2018) both list it.
		expect(kbFor('ws2016', 'ws2019-standard')).toBe('KB5003638');
		// Server 2012 R2 host + Windows 10 / Server 2016: KB4467695 (Nov 2018) and KB3172614 (Jul 2016).
		expect(kbFor('ws2012r2', 'win10-enterprise')).toBe('KB4467695');
		expect(kbFor('ws2012r2', 'ws2016-standard')).toBe('KB4467695');
		expect(kbFor('ws2012r2', 'ws2019-standard')).toBe('KB4467695');
	});

	it('lists, for each host OS, the row with more lines first whenever two rows overlap', () => {
		const rows = HOST_UPDATE_REQUIREMENTS;
		for (let i = 0; i < rows.length; i++)
			for (let j = i + 1; j < rows.length; j++) {
				const a = rows[i]!;
				const b = rows[j]!;
				const sharedOs = a.hostOs.some((os) => b.hostOs.includes(os));
				const sharedLine = a.lines.some((l) => b.lines.includes(l));
				if (sharedOs && sharedLine)
					for (const l of b.lines)
						expect(a.lines, `row ${i} should cover row ${j}'s ${l}`).toContain(l);
			}
	});
});
