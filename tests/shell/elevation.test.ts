import { describe, expect, it } from 'vitest';
import { SLMGR_OPTIONS } from '../../src/data/slmgrOptions.ts';
import { kms, shellOn, simOf } from './helpers.ts';

/** The option table's "needs elevation" column is what the prompt enforces. */

const SAMPLE_ARGS: Record<string, string> = {
	'/ipk': 'NPPR9-FWDCX-D2C8J-H872K-2YT43',
	'/ilc': 'C:\\lic.xrm-ms',
	'/rearm-app': '55c92734-d682-4d71-983e-d6ec3f16059f',
	'/rearm-sku': 'x',
	'/atp': '123',
	'/skms': 'KMS01',
	'/skms-domain': 'corp.contoso.com',
	'/sai': '60',
	'/sri': '60',
	'/sprt': '1700',
	'/act-type': '0',
	'/ril': 'a 1',
	'/fta': 'ABCDEF',
	'/ad-activation-online': 'LABXX-HOSTK-EYFOR-WS202-2XXXX',
	'/ad-activation-get-IID': 'LABXX-HOSTK-EYFOR-WS202-2XXXX',
	'/ad-activation-apply-cid': 'LABXX-HOSTK-EYFOR-WS202-2XXXX 1',
	'/del-ao': 'x',
};

describe('elevation follows the option table', () => {
	for (const option of SLMGR_OPTIONS.filter((o) => o.inCurrentWindows)) {
		it(`${option.option} (${option.elevation})`, () => {
			const sim = simOf({
				forest: {},
				hostKeys: [{ key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX', group: 'ws2022' }],
				hosts: [kms()],
				machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
			});
			// Host options are tried on the activated host, the others on a client.
			const machine = option.appliesTo === 'host' ? 'KMS01' : 'PC001';
			const line = `slmgr ${option.option} ${SAMPLE_ARGS[option.option] ?? ''}`.trim();
			const out = shellOn(sim, machine, 'en', false).run(line).output;
			if (option.elevation === 'yes') expect(out, line).toContain('0x80070005');
			else expect(out, line).not.toContain('0x80070005');
		});
	}
});
