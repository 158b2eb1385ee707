import { describe, expect, it } from 'vitest';
import { PRODUCTS } from '../../src/data/products.ts';
import { DEFAULT_PRODUCT_ID, pickGvlk, productsByVersion } from '../../src/tools/gvlkPicker.ts';
import { fill } from '../../src/tools/text.ts';
import { labSceneHref } from '../../src/tools/labLinks.ts';

describe('GVLK picker', () => {
	it('gives the exact commands for an edition', () => {
		const choice = pickGvlk('win11-pro');
		expect(choice.product.gvlk).toBe('W269N-WFGWX-YVC9B-4J6C9-T83GX');
		expect(choice.commands).toEqual(['slmgr /ipk W269N-WFGWX-YVC9B-4J6C9-T83GX', 'slmgr /ato']);
	});

	it('lists the host key groups that activate the edition, from the compatibility data', () => {
		expect(pickGvlk('win11-enterprise').hostGroups.map((g) => g.id)).toEqual(['ws2025', 'ws2022']);
		expect(pickGvlk('ws2025-standard').hostGroups.map((g) => g.id)).toEqual(['ws2025']);
		expect(pickGvlk('win10-pro').hostGroups.map((g) => g.id)).toEqual([
			'ws2025',
			'ws2022',
			'ws2019',
			'ws2016',
			'win10',
		]);
	});

	it('marks editions Microsoft does not name as unconfirmed coverage', () => {
		expect(pickGvlk('win11-pro-education').coverageUnconfirmed).toBe(true);
		expect(pickGvlk('win11-iot-enterprise-ltsc2024').coverageUnconfirmed).toBe(true);
		expect(pickGvlk('win11-pro').coverageUnconfirmed).toBe(false);
	});

	it('falls back to the default for an unknown id', () => {
		expect(pickGvlk('nope').product.id).toBe(DEFAULT_PRODUCT_ID);
	});

	it('groups every product exactly once', () => {
		const grouped = productsByVersion().flatMap((g) => g.products.map((p) => p.id));
		expect(grouped.sort()).toEqual(PRODUCTS.map((p) => p.id).sort());
	});
});

describe('small helpers', () => {
	it('fills placeholders and leaves unknown ones', () => {
		expect(fill('{a} of {b} {c}', { a: 1, b: 'x' })).toBe('1 of x {c}');
	});

	it('builds lab links only when the simulator exists, and only for safe ids', () => {
		expect(labSceneHref('en', 'firewall')).toBe('/en/simulator/?scenario=firewall');
		expect(labSceneHref('ja', 'clock-skew')).toBe('/simulator/?scenario=clock-skew');
		expect(labSceneHref('ja', '"><script>')).toBeNull();
	});
});
