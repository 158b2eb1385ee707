import { describe, expect, it } from 'vitest';
import {
	PRODUCTS,
	PRODUCT_LINE_NAMES,
	findProduct,
	isGvlk,
	isProductKeyShape,
	productsForGvlk,
} from '../../src/data/products.ts';

describe('products and GVLKs (GVLK_SOURCE)', () => {
	it('has unique ids and well-formed keys', () => {
		const ids = new Set(PRODUCTS.map((p) => p.id));
		expect(ids.size).toBe(PRODUCTS.length);
		for (const p of PRODUCTS) {
			expect(isProductKeyShape(p.gvlk)).toBe(true);
			expect(p.name.en.length).toBeGreaterThan(0);
			expect(p.name.ja.length).toBeGreaterThan(0);
			expect(PRODUCT_LINE_NAMES[p.line]).toBeDefined();
		}
	});

	it("copies sample keys exactly from Microsoft's table", () => {
		expect(findProduct('win11-pro')?.gvlk).toBe('W269N-WFGWX-YVC9B-4J6C9-T83GX');
		expect(findProduct('win11-enterprise')?.gvlk).toBe('NPPR9-FWDCX-D2C8J-H872K-2YT43');
		expect(findProduct('ws2022-standard')?.gvlk).toBe('VDYBN-27WPP-V4HQT-9VMD4-VMK7H');
		expect(findProduct('ws2025-datacenter')?.gvlk).toBe('D764K-2NDRG-47T6Q-P8T8W-YP6DF');
		expect(findProduct('ws2016-essentials')?.gvlk).toBe('JCKRF-N37P4-C2D82-9YXRT-4M63B');
		expect(findProduct('win10-enterprise-ltsb2015')?.gvlk).toBe('WNMTR-4C88C-JK8YV-HQ7T2-76DF9');
	});

	it('shares one key between Windows 10 and 11 GA editions and between the LTSC releases', () => {
		expect(productsForGvlk('w269n-wfgwx-yvc9b-4j6c9-t83gx').map((p) => p.id)).toEqual([
			'win11-pro',
			'win10-pro',
		]);
		expect(
			productsForGvlk('M7XTQ-FN8P6-TTKYV-9D4CC-J462D')
				.map((p) => p.id)
				.sort()
		).toEqual([
			'win10-enterprise-ltsc2019',
			'win10-enterprise-ltsc2021',
			'win11-enterprise-ltsc2024',
		]);
	});

	it('classifies families and ADBA capability', () => {
		expect(findProduct('win11-enterprise')?.family).toBe('client');
		expect(findProduct('ws2019-standard')?.family).toBe('server');
		expect(PRODUCTS.every((p) => p.adbaCapable)).toBe(true);
		expect(PRODUCTS.filter((p) => p.family === 'server').length).toBe(14);
	});

	it('recognises key shapes and rejects other text', () => {
		expect(isGvlk('NPPR9-FWDCX-D2C8J-H872K-2YT43')).toBe(true);
		expect(isGvlk('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE')).toBe(false);
		expect(isProductKeyShape('AAAAA-BBBBB-CCCCC-DDDDD')).toBe(false);
		expect(isProductKeyShape('AAAAA—BBBBB-CCCCC-DDDDD-EEEEE')).toBe(false);
	});
});
