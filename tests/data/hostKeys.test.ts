import { describe, expect, it } from 'vitest';
import {
	CSVLK_GROUPS,
	HOST_UPDATE_REQUIREMENTS,
	groupActivates,
	groupHostableOn,
} from '../../src/data/hostKeys.ts';
import { PRODUCT_LINE_NAMES, findProduct, type Product } from '../../src/data/products.ts';

function product(id: string): Product {
	const p = findProduct(id);
	if (!p) throw new Error(`no product ${id}`);
	return p;
}

describe('host key (CSVLK) matrix (rule R4)', () => {
	it('has five groups with known lines', () => {
		expect(CSVLK_GROUPS.map((g) => g.id)).toEqual([
			'ws2025',
			'ws2022',
			'ws2019',
			'ws2016',
			'win10',
		]);
		for (const g of CSVLK_GROUPS)
			for (const l of g.activates) expect(PRODUCT_LINE_NAMES[l]).toBeDefined();
	});

	it('lets only the 2025 key activate Server 2025 and Windows 11 LTSC 2024', () => {
		expect(groupActivates('ws2025', product('ws2025-standard'))).toBe(true);
		expect(groupActivates('ws2022', product('ws2025-standard'))).toBe(false);
		expect(groupActivates('ws2025', product('win11-enterprise-ltsc2024'))).toBe(true);
		expect(groupActivates('ws2022', product('win11-enterprise-ltsc2024'))).toBe(false);
	});

	it('gives no Windows 11 to the 2019 and 2016 keys', () => {
		expect(groupActivates('ws2022', product('win11-enterprise'))).toBe(true);
		expect(groupActivates('ws2019', product('win11-enterprise'))).toBe(false);
		expect(groupActivates('ws2016', product('win11-pro'))).toBe(false);
		expect(groupActivates('ws2016', product('win10-pro'))).toBe(true);
		expect(groupActivates('ws2016', product('ws2019-standard'))).toBe(false);
	});

	it('keeps the Windows client host key to client OSes on client hosts', () => {
		expect(groupActivates('win10', product('ws2016-standard'))).toBe(false);
		expect(groupActivates('win10', product('win10-enterprise'))).toBe(true);
		expect(groupHostableOn('win10', 'ws2022')).toBe(false);
		expect(groupHostableOn('win10', 'win10')).toBe(true);
		expect(groupHostableOn('ws2025', 'ws2019')).toBe(true);
		expect(groupHostableOn('ws2025', 'ws2016')).toBe(false);
	});

	it('lists minimum host updates with KB numbers', () => {
		expect(HOST_UPDATE_REQUIREMENTS.length).toBe(9);
		for (const r of HOST_UPDATE_REQUIREMENTS) expect(r.update.en).toMatch(/KB\d{7}/);
	});
});
