import type { MessageKey, Messages } from '../messages/index.ts';

/**
 * slmgr's usage text, in the order and layout of slmgr.vbs DisplayUsage: each option on its own
 * line ("/" + name + parameters), the description indented by four spaces, and a blank line between
 * sections. /stao and /ctao are not listed: current slmgr.vbs no longer has them.
 */
type UsageRow = readonly [name: string, ...params: MessageKey[]];

const SECTIONS: readonly (readonly [title: MessageKey, rows: readonly UsageRow[]])[] = [
	[
		'usageGlobal',
		[
			['ipk', 'paramProductKey'],
			['ato', 'paramActivationIdOptional'],
			['dli', 'paramActIdAll'],
			['dlv', 'paramActIdAll'],
			['xpr', 'paramActivationIdOptional'],
		],
	],
	[
		'usageAdvanced',
		[
			['cpky'],
			['ilc', 'paramLicenseFile'],
			['rilc'],
			['rearm'],
			['rearm-app', 'paramApplicationId'],
			['rearm-sku', 'paramActivationId'],
			['upk', 'paramActivationIdOptional'],
			[''],
			['dti', 'paramActivationIdOptional'],
			['atp', 'paramConfirmationId', 'paramActivationIdOptional'],
		],
	],
	[
		'usageKmsClient',
		[
			['skms', 'paramSetKms', 'paramActivationIdOptional'],
			['ckms', 'paramActivationIdOptional'],
			['skms-domain', 'paramFqdn', 'paramActivationIdOptional'],
			['ckms-domain', 'paramActivationIdOptional'],
			['skhc'],
			['ckhc'],
		],
	],
	['usageToken', [['lil'], ['ril', 'paramRemoveIl'], ['ltc'], ['fta', 'paramForceTka']]],
	[
		'usageKmsHost',
		[
			['sprt', 'paramPort'],
			['sai', 'paramActivationInterval'],
			['sri', 'paramRenewalInterval'],
			['sdns'],
			['cdns'],
			['spri'],
			['cpri'],
			['act-type', 'paramActivationType', 'paramActivationIdOptional'],
		],
	],
	[
		'usageAd',
		[
			['ad-activation-online', 'paramProductKey', 'paramAoName'],
			['ad-activation-get-iid', 'paramProductKey'],
			['ad-activation-apply-cid', 'paramProductKey', 'paramConfirmationId', 'paramAoName'],
			['ao-list'],
			['del-ao', 'paramAoDn'],
		],
	],
];

/** The full usage text, lines joined with "\n". */
export function slmgrUsage(m: Messages): string {
	const lines: string[] = [
		m.usageTitle,
		m.usageLine,
		`           ${m.usageMachine}`,
		`           ${m.usageUser}`,
		`           ${m.usagePassword}`,
		'',
	];
	SECTIONS.forEach(([title, rows], index) => {
		if (index > 0) lines.push('');
		lines.push(m[title]);
		for (const [name, ...params] of rows) {
			if (name === '') {
				lines.push('');
				continue;
			}
			// slmgr's OptLine always adds one space after the option, even with no parameters.
			lines.push(`/${name} ${params.map((p) => m[p]).join(' ')}`);
			lines.push(`    ${m[`use_${name}` as MessageKey]}`);
		}
	});
	return lines.join('\n');
}
