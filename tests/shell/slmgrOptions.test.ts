import { describe, expect, it } from 'vitest';
import { SLMGR_OPTIONS, findSlmgrOption } from '../../src/data/slmgrOptions.ts';

// Every option of Microsoft's slmgr page (src/data/slmgrOptions.ts) the emulated slmgr must cover.
const FACT_SHEET_OPTIONS = [
	'/ipk',
	'/ato',
	'/dli',
	'/dlv',
	'/xpr',
	'/upk',
	'/cpky',
	'/ilc',
	'/rilc',
	'/rearm',
	'/rearm-app',
	'/rearm-sku',
	'/dti',
	'/atp',
	'/skms',
	'/ckms',
	'/skms-domain',
	'/ckms-domain',
	'/skhc',
	'/ckhc',
	'/sai',
	'/sri',
	'/sprt',
	'/sdns',
	'/cdns',
	'/spri',
	'/cpri',
	'/act-type',
	'/ad-activation-online',
	'/ad-activation-get-IID',
	'/ad-activation-apply-cid',
	'/ao-list',
	'/del-ao',
	'/lil',
	'/ril',
	'/ltc',
	'/fta',
	'/stao',
	'/ctao',
];

describe('slmgr option table', () => {
	it('has exactly the options of the slmgr page, once each', () => {
		const names = SLMGR_OPTIONS.map((o) => o.option);
		expect(new Set(names).size).toBe(names.length);
		expect([...names].sort()).toEqual([...FACT_SHEET_OPTIONS].sort());
	});

	it('has both languages and a source for every option', () => {
		for (const o of SLMGR_OPTIONS) {
			expect(o.description.ja.length, o.option).toBeGreaterThan(0);
			expect(o.description.en.length, o.option).toBeGreaterThan(0);
			expect(o.sources.length, o.option).toBeGreaterThan(0);
			expect(o.syntax.startsWith(o.option)).toBe(true);
		}
	});

	it('finds options with / or -, in any case, and nothing else', () => {
		expect(findSlmgrOption('/DLV')?.option).toBe('/dlv');
		expect(findSlmgrOption('-Ato')?.option).toBe('/ato');
		expect(findSlmgrOption('/ad-activation-get-iid')?.option).toBe('/ad-activation-get-IID');
		expect(findSlmgrOption('/del-obj')).toBeUndefined();
		expect(findSlmgrOption('dlv')).toBeUndefined();
		expect(findSlmgrOption('/')).toBeUndefined();
	});

	it('marks host-only options and the removed token-only flags', () => {
		for (const name of ['/sai', '/sri', '/sprt', '/sdns', '/cdns', '/spri', '/cpri']) {
			expect(findSlmgrOption(name)?.appliesTo).toBe('host');
		}
		expect(findSlmgrOption('/stao')?.inCurrentWindows).toBe(false);
		expect(findSlmgrOption('/ctao')?.inCurrentWindows).toBe(false);
	});
});
