import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type Simulation } from '../../../src/engine/index.ts';
import { createShell } from '../../../src/shell/shell.ts';
import { catalogueFor } from '../../../src/shell/messages/all.ts';
import { diagnose, type Diagnosis } from '../../../src/tools/diagnose/index.ts';

/**
 * Round trip: for every preset at several points in time, the project's shell prints each
 * command's output in both locales, and the parser recovers the engine's state from that text
 * alone: license status, time left, channel, KMS host, intervals, count, port, events, last result.
 */

const DIR = new URL('../../../content/scenarios/', import.meta.url);
const PRESETS = readdirSync(DIR)
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.slice(0, -5));
const TIMES = [0, 130, 1440, 8 * 1440, 31 * 1440];
const LANGS = ['en', 'ja'] as const;

function load(id: string): Simulation {
	return createSimulation(
		JSON.parse(readFileSync(new URL(`${id}.json`, DIR), 'utf8')) as Scenario,
		{ seed: 1 }
	);
}

function hex(code: string | null | undefined): string {
	return code === null || code === undefined
		? ''
		: `0x${code.replace(/^0x/i, '').toUpperCase().padStart(8, '0')}`;
}

function run(
	sim: Simulation,
	machine: string,
	lang: (typeof LANGS)[number],
	command: string
): Diagnosis {
	const shell = createShell(sim, machine, { catalogue: catalogueFor(lang), elevated: true });
	return diagnose([shell.run(command).output]);
}

/** A few clients per preset: the first, the last and any not licensed. */
function clientsOf(sim: Simulation): string[] {
	const all = sim.machines();
	const pick = new Set([
		all[0]?.name,
		all.at(-1)?.name,
		...all
			.filter((m) => m.status !== 1)
			.slice(0, 3)
			.map((m) => m.name),
	]);
	return [...pick].filter((n): n is string => n !== undefined);
}

function checkClientDlv(sim: Simulation, name: string, d: Diagnosis): void {
	const m = sim.machine(name);
	if (m === undefined || m.key === null) return;
	const s = d.machines[0];
	expect(s?.licenseStatus?.value, `${name} status`).toBe(m.status);
	const left = Math.max(0, Math.floor(sim.remainingMinutes(name)));
	if ([2, 3, 4, 6].includes(m.status) || (m.status === 1 && left > 0))
		expect(s?.minutesLeft?.value, `${name} minutes`).toBe(left);
	if (m.key.kind === 'gvlk')
		expect(s?.channel?.value).toBe(
			m.activatedBy === 'adba' && m.activationObject !== null ? 'adba' : 'kmsClient'
		);
	if (m.key.kind === 'mak') expect(s?.channel?.value).toBe('mak');
	if (m.key.kind === 'gvlk' && m.activatedBy === 'kms' && m.status === 1) {
		expect([s?.activationInterval?.value, s?.renewalInterval?.value]).toEqual([
			m.activationInterval,
			m.renewalInterval,
		]);
		const host = m.kmsHostUsed === null ? undefined : sim.host(m.kmsHostUsed);
		const expected =
			m.manualKms !== null
				? { name: m.manualKms.host.toLowerCase(), via: 'skms' }
				: { name: (m.cachedHost?.host ?? host?.fqdn ?? '').toLowerCase(), via: 'dns' };
		if (expected.name !== '')
			expect({ name: s?.kmsHost?.value.name, via: s?.kmsHost?.value.via }).toEqual(expected);
	}
}

function checkHostDlv(sim: Simulation, name: string, d: Diagnosis): void {
	const h = sim.host(name);
	if (h === undefined || h.hostKey === null) return;
	const s = d.machines[0];
	expect(s?.role).toBe('host');
	expect(s?.licenseStatus?.value).toBe(h.keyActivated ? 1 : 0);
	expect(s?.host?.count?.value).toBe(sim.hostCount(name));
	expect(s?.host?.port?.value).toBe(h.port === 0 ? 1688 : h.port);
	expect(s?.host?.dnsPublishing?.value).toBe(h.dnsPublishing);
}

/** The parsed events against the engine's log: same ids, codes and (12289) counts. */
function checkEvents(
	sim: Simulation,
	computer: string,
	d: Diagnosis,
	ids: readonly number[],
	newest: number | null,
	oldest: number | null
): void {
	// The log also holds the lab's own entries (string ids); only the Windows events count here.
	const logged = sim
		.events({ computer })
		.filter((e) => typeof e.id === 'number' && ids.includes(e.id));
	const want = newest !== null ? logged.slice(-newest) : logged.slice(0, oldest ?? logged.length);
	const got = d.pastes.flatMap((p) => p.events).filter((e) => ids.includes(e.id));
	const key = (id: number, code: string): string => `${id}:${code}`;
	expect(got.map((e) => key(e.id, hex(e.hresult))).sort()).toEqual(
		want.map((e) => key(e.id as number, hex('hresult' in e ? (e.hresult as string) : null))).sort()
	);
	const counts = got
		.filter((e) => e.id === 12289)
		.map((e) => Number(e.fields.find((f) => f.name === 'count')?.value))
		.sort();
	expect(counts).toEqual(
		want.flatMap((e) => (e.id === 12289 && 'count' in e ? [e.count] : [])).sort()
	);
}

describe.each(PRESETS)('round trip through the shell: %s', (preset) => {
	it.each(LANGS)('recovers the state in %s', (lang) => {
		const sim = load(preset);
		for (const t of TIMES) {
			sim.advanceTo(t);
			for (const name of clientsOf(sim)) {
				checkClientDlv(sim, name, run(sim, name, lang, 'slmgr /dlv'));
				checkClientDlv(sim, name, run(sim, name, lang, 'slmgr /dli'));
				const xpr = run(sim, name, lang, 'slmgr /xpr');
				const m = sim.machine(name);
				if (m?.status === 2)
					expect(xpr.pastes[0]?.fields.map((f) => f.field)).toContain('xprInitialGrace');
				if (m?.status === 1 && sim.remainingMinutes(name) > 0)
					expect(xpr.pastes[0]?.fields.map((f) => f.field)).toContain('xprVolume');
				checkEvents(
					sim,
					name,
					run(sim, name, lang, 'wevtutil qe Application /c:4 /rd:true /f:text'),
					[12288, 12289],
					4,
					null
				);
				checkEvents(
					sim,
					name,
					run(
						sim,
						name,
						lang,
						"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288,12289} -MaxEvents 2 | Format-List"
					),
					[12288, 12289],
					2,
					null
				);
				checkEvents(
					sim,
					name,
					run(sim, name, lang, 'wevtutil qe Application /c:3'),
					[12288, 12289],
					null,
					3
				);
			}
			for (const h of sim.hosts()) {
				checkHostDlv(sim, h.name, run(sim, h.name, lang, 'slmgr /dlv'));
				const events = run(
					sim,
					h.name,
					lang,
					"Get-WinEvent -LogName 'Key Management Service' -MaxEvents 3 | Format-List"
				);
				const got = events.pastes[0]?.events.filter((e) => e.id === 12290) ?? [];
				checkEvents(
					sim,
					h.name,
					{
						...events,
						pastes: [{ ...(events.pastes[0] as Diagnosis['pastes'][number]), events: got }],
					},
					[12290],
					got.length,
					null
				);
			}
		}
		// Last, /ato (it changes the world): the result parsed is the engine's.
		for (const name of clientsOf(sim)) {
			const d = run(sim, name, lang, 'slmgr /ato');
			const m = sim.machine(name);
			const result = d.machines[0]?.lastResult?.result;
			if (m === undefined || m.key === null || result === undefined) continue;
			if (result === 'success') expect(m.status).toBe(1);
			else if (result === 'failed') expect(m.status).not.toBe(1);
			else expect(result).toBe(hex(m.lastResult));
		}
	});
});
