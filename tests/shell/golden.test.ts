import { describe, it } from 'vitest';
import type { Simulation } from '../../src/engine/index.ts';
import type { ShellLang } from '../../src/shell/messages/index.ts';
import { expectGolden } from './goldenFiles.ts';
import { kms, presetAt, shellOn, simOf, transcript } from './helpers.ts';

/**
 * Golden outputs: what the prompt prints for slmgr /dli /dlv /xpr in each client state, /dlv on a
 * host below and above the threshold, and the diagnostic commands for every failure preset, in
 * English and Japanese. The files live in tests/shell/golden/<lang>/; review a diff like any text.
 */

const LANGS: readonly ShellLang[] = ['en', 'ja'];
const golden = (lang: ShellLang, name: string): string => `./golden/${lang}/${name}.txt`;

/** 30 clients and one activated host: everyone activates on day 1. */
function licensedFleet(): Simulation {
	return simOf(
		{ hosts: [kms()], machines: [{ prefix: 'PC', count: 30, product: 'win11-enterprise' }] },
		'1d'
	);
}

const CLIENT_STATES: Record<string, () => Simulation> = {
	licensed: licensedFleet,
	// No KMS host at all: the client stays in its 30-day initial grace period.
	'initial-grace': () =>
		simOf({ machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }] }, '1d'),
	// Activated, then the host disappears from the network: after 180 days, Additional grace.
	'additional-grace': () => {
		const sim = licensedFleet();
		sim.dispatch({ type: 'setOnline', target: 'KMS01', online: false });
		sim.runFor(181 * 1440);
		return sim;
	},
	// Never reached a host: after 30 days, Notification (0xC004F009).
	notification: () =>
		simOf({ machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }] }, '31d'),
};

describe('golden: slmgr on a client in each license state', () => {
	for (const [state, build] of Object.entries(CLIENT_STATES)) {
		for (const lang of LANGS) {
			it(`${state} (${lang})`, async () => {
				const sim = build();
				const text = transcript(shellOn(sim, 'PC001', lang), [
					'slmgr /dli',
					'slmgr /dlv',
					'slmgr /xpr',
				]);
				await expectGolden(text, golden(lang, `client-${state}`), import.meta.url);
			});
		}
	}
});

describe('golden: slmgr /dlv on a KMS host', () => {
	for (const lang of LANGS) {
		it(`below the threshold (${lang})`, async () => {
			const sim = simOf(
				{ hosts: [kms()], machines: [{ prefix: 'PC', count: 10, product: 'win11-enterprise' }] },
				'1d'
			);
			await expectGolden(
				transcript(shellOn(sim, 'KMS01', lang), ['slmgr /dlv']),
				golden(lang, 'host-below-threshold'),
				import.meta.url
			);
		});
		it(`above the threshold (${lang})`, async () => {
			const sim = licensedFleet();
			await expectGolden(
				transcript(shellOn(sim, 'KMS01', lang), ['slmgr /dlv']),
				golden(lang, 'host-above-threshold'),
				import.meta.url
			);
		});
	}
});

/** For each failure preset: when to look, and what an administrator would type where. */
const PRESET_CASES: Record<
	string,
	{ at: string; steps: readonly (readonly [machine: string, line: string])[] }
> = {
	threshold: {
		at: '10d',
		steps: [
			['PC001', 'slmgr /ato'],
			['KMS01', 'slmgr /dli'],
		],
	},
	'server-threshold': {
		at: '3d',
		steps: [
			['SRV01', 'slmgr /ato'],
			['KMS01', 'slmgr /dli'],
		],
	},
	firewall: {
		at: '1d',
		steps: [
			['PC001', 'slmgr /ato'],
			[
				'PC001',
				"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288} -MaxEvents 1 | Format-List",
			],
			['PC001', 'Test-NetConnection -ComputerName KMS01 -Port 1688'],
			['KMS01', 'Get-NetFirewallRule -Name SPPSVC-In-TCP'],
		],
	},
	'dns-missing': {
		at: '40d1h',
		steps: [
			['PC031', 'slmgr /ato'],
			['PC031', 'nslookup -type=srv _vlmcs._tcp'],
			['PC031', 'ipconfig /all'],
		],
	},
	'clock-skew': {
		at: '12h',
		steps: [
			['PC026', 'slmgr /ato'],
			['PC026', 'w32tm /stripchart /computer:KMS01 /samples:1 /dataonly'],
			[
				'KMS01',
				"Get-WinEvent -FilterHashtable @{LogName='Key Management Service'; Id=12290} -MaxEvents 1 | fl",
			],
		],
	},
	'cloned-image': {
		at: '1d',
		steps: [
			['PC001', 'slmgr /ato'],
			['PC002', 'slmgr /dlv'],
			['KMS01', 'slmgr /dli'],
		],
	},
	'old-host-key': {
		at: '1d',
		steps: [
			['PC001', 'slmgr /ato'],
			['KMS01', 'slmgr /dlv'],
		],
	},
	'laptop-away': {
		at: '225d',
		steps: [
			['PC026', 'slmgr /dli'],
			['PC026', 'slmgr /ato'],
			['PC026', 'ipconfig'],
		],
	},
	mak: {
		at: '2h',
		steps: [
			['PC012', 'slmgr /dli'],
			['PC012', 'slmgr /ato'],
		],
	},
	adba: {
		at: '1h',
		steps: [
			['PC011', 'slmgr /ato'],
			['PC001', 'slmgr /dlv'],
			['PC001', 'slmgr /ao-list'],
		],
	},
	'two-hosts': {
		at: '31d',
		steps: [
			['PC001', 'slmgr /dlv'],
			['PC001', 'nslookup -type=srv _vlmcs._tcp'],
			['KMS01', 'sc query sppsvc'],
		],
	},
};

describe('golden: the failure presets, seen from the command line', () => {
	for (const [id, c] of Object.entries(PRESET_CASES)) {
		for (const lang of LANGS) {
			it(`${id} (${lang})`, async () => {
				const sim = presetAt(id, c.at);
				const parts = c.steps.map(([machine, line]) =>
					transcript(shellOn(sim, machine, lang), [line])
				);
				await expectGolden(parts.join('\n'), golden(lang, `preset-${id}`), import.meta.url);
			});
		}
	}
});
