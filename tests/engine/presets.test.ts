import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	LAB_LIMITS,
	createSimulation,
	loadSimulation,
	type Event12288,
	type Event12289,
	type Simulation,
} from '../../src/engine/index.ts';
import { DAY, loadPreset, machine, minutes } from './helpers.ts';

function run(name: string): Simulation {
	return createSimulation(loadPreset(name));
}

const PRESETS = [
	'threshold',
	'server-threshold',
	'renewal',
	'laptop-away',
	'dns-missing',
	'firewall',
	'clock-skew',
	'old-host-key',
	'cloned-image',
	'mak',
	'adba',
	'two-hosts',
];

describe('preset files', () => {
	it('are all present and valid, with bilingual titles and a run length', () => {
		const files = readdirSync(new URL('../../content/scenarios/', import.meta.url)).filter((f) =>
			f.endsWith('.json')
		);
		expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...PRESETS].sort());
		for (const name of PRESETS) {
			const s = loadPreset(name);
			// Loaded as the lab loads it: shape, the lab's limits, the names the timeline uses, host keys.
			const v = loadSimulation(s, { limits: LAB_LIMITS });
			expect(v.ok ? [] : v.issues).toEqual([]);
			expect(s.id).toBe(name);
			expect(s.title?.ja && s.title.en && s.description?.ja && s.description.en).toBeTruthy();
			expect(minutes(s.until ?? '')).toBeGreaterThan(0);
		}
	});
});

describe('preset stories', () => {
	it('threshold: the first 24 clients get 0xC004F038; with the 25th everyone activates at the next attempt', () => {
		const sim = run('threshold');
		sim.advanceTo(24 * DAY - 1);
		expect(sim.machines()).toHaveLength(24);
		expect(sim.machines().every((m) => m.status === 2 && m.lastResult === '0xC004F038')).toBe(true);
		expect(sim.hostCount('KMS01')).toBe(24);
		sim.advanceTo(24 * DAY);
		expect(machine(sim, 'PC025').status).toBe(1);
		expect(sim.hostCount('KMS01')).toBe(25);
		// Within one activation interval (120 min) the first 24 activate at their next attempt.
		sim.advanceTo(24 * DAY + 120);
		expect(sim.machines().every((m) => m.status === 1)).toBe(true);
		sim.advanceTo(minutes('32d'));
		expect(sim.machines()).toHaveLength(30);
		expect(sim.machines().every((m) => m.status === 1)).toBe(true);
	});

	it('server-threshold: five servers activate, the host cache holds 10', () => {
		const sim = run('server-threshold');
		sim.advanceTo(4 * DAY - 1);
		expect(sim.machines().every((m) => m.lastResult === '0xC004F038')).toBe(true);
		sim.advanceTo(4 * DAY + 120);
		expect(sim.machines().map((m) => m.name)).toEqual([
			'SRV01',
			'SRV02',
			'SRV03',
			'SRV04',
			'SRV05',
		]);
		expect(sim.machines().every((m) => m.status === 1)).toBe(true);
		expect(sim.hostCacheSize('KMS01')).toBe(10);
	});

	it('renewal: a licensed fleet stays Licensed for 400 days, renewing every 7 days', () => {
		const sim = run('renewal');
		sim.runFor(DAY);
		for (let day = 1; day <= 400; day += 7) {
			sim.advanceTo(day * DAY);
			for (const m of sim.machines()) {
				expect(m.status).toBe(1);
				expect(sim.now - (m.activatedAt as number)).toBeLessThanOrEqual(10_080);
				expect((m.expiresAt as number) - sim.now).toBeGreaterThanOrEqual(173 * DAY);
			}
		}
		expect(sim.hostCount('KMS01')).toBe(30);
	});

	it('laptop-away: Licensed, then Additional grace, then Notification, then Licensed again on return', () => {
		const sim = run('laptop-away');
		const states: number[] = [];
		for (let t = 0; t <= minutes('240d'); t += 60) {
			sim.advanceTo(t);
			const s = machine(sim, 'PC026').status;
			if (states[states.length - 1] !== s) states.push(s);
		}
		expect(states).toEqual([1, 3, 5, 1]); // it activates at t=0, as the 26th client
		const laptop = machine(sim, 'PC026');
		expect(laptop.lastResult).toBe('0x00000000');
	});

	it('dns-missing: the fleet renews through its cached host; PC031 gets 0x8007232B until /skms', () => {
		const sim = run('dns-missing');
		sim.advanceTo(30 * DAY - 1);
		expect(sim.srvRecords('corp.contoso.com')).toHaveLength(1);
		expect(sim.machines().every((m) => m.status === 1)).toBe(true);
		sim.advanceTo(40 * DAY + 1);
		expect(sim.srvRecords('corp.contoso.com')).toHaveLength(0);
		expect(machine(sim, 'PC031').lastResult).toBe('0x8007232B');
		// Renewals after the record was deleted still succeed.
		const renewed = (sim.events({ id: 12289 }) as Event12289[]).filter(
			(e) => e.time > 30 * DAY && e.activated === 1
		);
		expect(renewed.length).toBeGreaterThanOrEqual(30);
		sim.advanceTo(41 * DAY);
		const pc = machine(sim, 'PC031');
		expect(pc.status).toBe(1);
		expect(pc.manualKms?.host).toBe('KMS01.corp.contoso.com');
		expect(sim.machines().every((m) => m.status === 1)).toBe(true);
	});

	it('firewall: 0xC004F074 with 0x800706BA in 12288 until the rule is enabled', () => {
		const sim = run('firewall');
		sim.advanceTo(2 * DAY - 1);
		expect(sim.machines().every((m) => m.lastResult === '0xC004F074')).toBe(true);
		const e = sim.events({ id: 12288, computer: 'PC001' }) as Event12288[];
		expect(e.length).toBeGreaterThan(0);
		expect(e.every((x) => x.hresult === '0x800706BA')).toBe(true);
		expect(sim.events({ id: 12290 })).toHaveLength(0);
		sim.advanceTo(3 * DAY);
		expect(sim.machines().every((m) => m.status === 1)).toBe(true);
	});

	it('clock-skew: the host refuses the client 5 h off with 0xC004F06C, which the client reports as 0xC004F074; w32tm /resync fixes it', () => {
		const sim = run('clock-skew');
		sim.advanceTo(DAY - 1);
		expect(machine(sim, 'PC026').lastResult).toBe('0xC004F074');
		expect(
			(sim.events({ id: 12288, computer: 'PC026' }) as Event12288[]).every(
				(e) => e.hresult === '0xC004F06C'
			)
		).toBe(true);
		expect(machine(sim, 'PC026').status).toBe(2);
		expect(sim.machines().filter((m) => m.status === 1)).toHaveLength(25);
		sim.advanceTo(DAY + 120);
		expect(machine(sim, 'PC026').status).toBe(1);
	});

	it('old-host-key: Windows 11 clients get 0xC004F042 from a Server 2016 host key; failed requests rise', () => {
		const sim = run('old-host-key');
		sim.advanceTo(DAY);
		expect(sim.machines().every((m) => m.lastResult === '0xC004F042')).toBe(true);
		const failedDay1 = sim.hostCounters('KMS01')?.failed ?? 0;
		expect(failedDay1).toBeGreaterThan(30);
		sim.advanceTo(2 * DAY);
		expect(sim.hostCounters('KMS01')?.failed).toBeGreaterThan(failedDay1);
		expect(sim.hostCount('KMS01')).toBe(0);
		sim.advanceTo(4 * DAY);
		expect(sim.host('KMS01')?.hostKey).toBe('ws2022');
		expect(sim.machines().every((m) => m.status === 1)).toBe(true);
	});

	it('cloned-image: 30 clones share one CMID, so the count stays at 1', () => {
		const sim = run('cloned-image');
		sim.advanceTo(minutes('3d'));
		expect(new Set(sim.machines().map((m) => m.cmid)).size).toBe(1);
		expect(sim.hostCount('KMS01')).toBe(1);
		expect(sim.machines().every((m) => m.status === 2 && m.lastResult === '0xC004F038')).toBe(true);
	});

	it('mak: 12 machines, 10 activations: the last two get 0xC004C020', () => {
		const sim = run('mak');
		sim.advanceTo(minutes('2d'));
		const results = sim.machines().map((m) => m.lastResult);
		expect(results.slice(0, 10).every((r) => r === '0x00000000')).toBe(true);
		expect(results.slice(10)).toEqual(['0xC004C020', '0xC004C020']);
		expect(sim.world.makPools[0]?.remaining).toBe(0);
	});

	it('adba: domain members activate with no threshold; the workgroup PC falls back to KMS', () => {
		const sim = run('adba');
		sim.advanceTo(DAY);
		const members = sim.machines().filter((m) => m.domain !== null);
		expect(members).toHaveLength(10);
		expect(members.every((m) => m.status === 1 && m.activatedBy === 'adba')).toBe(true);
		const pc = machine(sim, 'PC011');
		expect(pc.activatedBy).toBe(null);
		expect(pc.lastResult).toBe('0xC004F038');
		expect(sim.events({ id: 12288, computer: 'PC011' }).length).toBeGreaterThan(0);
		expect(sim.hostCount('KMS01')).toBe(1);
	});

	it('two-hosts: when KMS01 stops, clients fail over to KMS02 and stay Licensed', () => {
		const sim = run('two-hosts');
		sim.advanceTo(30 * DAY - 1);
		expect(sim.machines().every((m) => m.kmsHostUsed === 'KMS01' && m.status === 1)).toBe(true);
		sim.advanceTo(minutes('45d'));
		expect(sim.machines().every((m) => m.status === 1)).toBe(true);
		expect(
			sim.machines().every((m) => m.kmsHostUsed === 'KMS02' && m.lastResult === '0x00000000')
		).toBe(true);
		expect(sim.hostCount('KMS02')).toBe(40);
	});
});
