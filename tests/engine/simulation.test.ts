import { describe, expect, it } from 'vitest';
import {
	RESULT_CODES,
	SimulationInputError,
	checkInvariants,
	createSimulation,
	loadSimulation,
	loadSnapshot,
	replay,
	restoreSimulation,
} from '../../src/engine/index.ts';
import { ERROR_CODES } from '../../src/data/errors.ts';
import { DAY, kms, loadPreset, simOf } from './helpers.ts';

describe('scheduler and API', () => {
	it('step() processes one event at a time and returns what it did; time never goes backwards', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'SRV', count: 2, product: 'ws2022-standard' }],
		});
		const steps = [];
		for (let i = 0; i < 6; i++) steps.push(sim.step());
		expect(steps[0]).toEqual({ time: 0, kind: 'attempt', subject: 'SRV01' });
		const times = steps.map((s) => s?.time ?? Infinity);
		expect([...times].sort((a, b) => a - b)).toEqual(times);
		expect(sim.nextEventTime()).toBeGreaterThanOrEqual(sim.now);
	});

	it('returns clear errors for bad actions instead of throwing', () => {
		const sim = simOf({ hosts: [kms()] });
		expect(sim.dispatch({ type: 'activate', target: 'NOPE' })).toEqual({
			ok: false,
			code: null,
			error: { code: 'unknown_target', name: 'NOPE', expected: 'machine' },
		});
		expect(sim.dispatch({ type: 'setActivationInterval', host: 'KMS01', minutes: 5 }).ok).toBe(
			false
		);
		expect(sim.dispatch({ type: 'setPort', host: 'KMS01', port: 70000 }).ok).toBe(false);
		expect(sim.dispatch({ type: 'setClockOffset', target: 'KMS01', offset: 'soon' }).ok).toBe(
			false
		);
		expect(sim.dispatch({ type: 'installKey', target: 'KMS01', key: 'NOTAKEY' }).code).toBe(
			'0xC004F050'
		);
		expect(sim.dispatch({ type: 'bogus' })).toMatchObject({
			ok: false,
			code: null,
			error: { code: 'invalid_action', issues: [{ path: 'action.type' }] },
		});
		expect(sim.dispatch({ type: 'setOnline', target: 'KMS01' }).error).toEqual({
			code: 'invalid_action',
			issues: [{ path: 'action.online', code: 'missing' }],
		});
		// Names on Object.prototype are not action types.
		for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
			expect(sim.dispatch({ type, target: 'KMS01' }).error?.code).toBe('invalid_action');
		expect(sim.dispatch(undefined).ok).toBe(false);
		// Refusals changed nothing and are not recorded; /ipk's Windows failure (0xC004F050) is, as the reader did it.
		expect(sim.actionLog.map((r) => r.action.type)).toEqual(['installKey']);
	});

	it('checks keys: a GVLK of another edition, a CSVLK on a client', () => {
		const sim = simOf({
			hostKeys: [{ key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX', group: 'ws2022' }],
			machines: [{ name: 'PC001', product: 'win11-enterprise' }],
		});
		expect(
			sim.dispatch({ type: 'installKey', target: 'PC001', key: 'W269N-WFGWX-YVC9B-4J6C9-T83GX' })
				.code
		).toBe('0xC004F069');
		expect(
			sim.dispatch({ type: 'installKey', target: 'PC001', key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX' })
				.code
		).toBe('0xC004F069');
		expect(sim.dispatch({ type: 'uninstallKey', target: 'PC001' }).status).toBe(0);
		expect(sim.dispatch({ type: 'activate', target: 'PC001' }).code).toBe('0xC004F014');
	});

	it('rearm and sysprep /generalize restart the initial grace; rearm stops at the limit', () => {
		const sim = simOf(
			{ machines: [{ name: 'PC001', product: 'win11-enterprise' }] },
			{ assumptions: { rearmLimit: 1 } }
		);
		const cmid = sim.machine('PC001')?.cmid;
		sim.runFor(31 * DAY);
		expect(sim.machine('PC001')?.status).toBe(5);
		expect(sim.dispatch({ type: 'rearm', machine: 'PC001' }).status).toBe(2);
		expect(sim.machine('PC001')?.cmid).toBe(cmid);
		expect(sim.dispatch({ type: 'rearm', machine: 'PC001' }).code).toBe('0xC004D307');
		sim.dispatch({ type: 'sysprepGeneralize', machine: 'PC001' });
		expect(sim.machine('PC001')?.cmid).not.toBe(cmid);
		expect(sim.machine('PC001')?.expiresAt).toBe(sim.now + 30 * DAY);
	});

	it('exports invariants that hold through a preset', () => {
		const sim = createSimulation(loadPreset('two-hosts'));
		for (let d = 0; d < 45; d++) {
			sim.runFor(DAY);
			expect(checkInvariants(sim)).toEqual([]);
		}
	});
});

describe('snapshot, restore and replay', () => {
	it('snapshot is plain JSON and restore continues exactly', () => {
		const a = createSimulation(loadPreset('dns-missing'));
		const b = createSimulation(loadPreset('dns-missing'));
		a.advanceTo(35 * DAY + 17);
		const snap = JSON.parse(JSON.stringify(a.snapshot()));
		const c = restoreSimulation(snap);
		c.advanceTo(45 * DAY);
		b.advanceTo(45 * DAY);
		expect(c.snapshot()).toEqual(b.snapshot());
		expect(c.hostCount('KMS01')).toBe(b.hostCount('KMS01'));
	});

	it('rejects damaged snapshots with a clear message', () => {
		expect(() => restoreSimulation(null)).toThrow(SimulationInputError);
		expect(loadSnapshot({ format: 'x' })).toMatchObject({
			ok: false,
			issues: [{ path: 'format' }],
		});
		const snap = createSimulation(loadPreset('mak')).snapshot() as unknown as Record<
			string,
			unknown
		>;
		expect(loadSnapshot({ ...snap, now: 'later' })).toMatchObject({
			ok: false,
			issues: [{ path: 'now', code: 'expected' }],
		});
		// The non-throwing variant for URLs and saved sessions.
		expect(loadSnapshot({ ...snap, queue: 5 })).toEqual({
			ok: false,
			issues: [{ path: 'queue', code: 'expected', expected: 'array', got: '5' }],
		});
		// Damage deep inside the state is caught before the engine touches it.
		const deep = JSON.parse(
			JSON.stringify(createSimulation(loadPreset('dns-missing')).snapshot())
		) as { world: { machines: { status: unknown }[]; hosts: { os: unknown }[] } };
		(deep.world.machines[3] as { status: unknown }).status = 9;
		(deep.world.hosts[0] as { os: unknown }).os = 'windows-nt4';
		const damaged = loadSnapshot(deep);
		expect(damaged.ok).toBe(false);
		if (!damaged.ok) {
			expect(damaged.issues.some((p) => p.path === 'world.machines[3].status')).toBe(true);
			expect(damaged.issues.some((p) => p.path === 'world.hosts[0].os')).toBe(true);
		}
		expect(loadSnapshot('{')).toMatchObject({ ok: false });
		const restored = loadSnapshot(snap);
		expect(restored.ok && restored.sim.machines().length).toBe(12);
		expect(loadSimulation({ world: [] })).toMatchObject({
			ok: false,
			issues: [{ path: 'world', code: 'expected' }],
		});
	});

	it('replays a recorded session, including two actions in the same minute', () => {
		const sc = {
			world: {
				hosts: [kms()],
				machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
			},
		};
		const sim = createSimulation(sc, { seed: 1 });
		sim.runFor(60);
		sim.dispatch({ type: 'installKey', target: 'PC001', key: 'NPPR9-FWDCX-D2C8J-H872K-2YT43' });
		sim.dispatch({ type: 'activate', target: 'PC001' });
		sim.runFor(3 * DAY);
		sim.dispatch({ type: 'setFirewall', host: 'KMS01', open: false });
		sim.runFor(DAY);
		const again = replay(sc, { seed: 1 }, sim.actionLog, sim.now);
		expect(again.snapshot().world).toEqual(sim.snapshot().world);
		expect(again.events()).toEqual(sim.events());
	});

	it('is deterministic for a seed and differs between seeds', () => {
		const world = {
			hosts: [kms('KMS01', { dnsPublishing: false }), kms('KMS02', { dnsPublishing: false })],
			zones: [
				{
					name: 'corp.contoso.com',
					records: [{ target: 'KMS01.corp.contoso.com' }, { target: 'KMS02.corp.contoso.com' }],
				},
			],
			machines: [{ prefix: 'PC', count: 40, product: 'win11-enterprise' as const }],
		};
		const run = (seed: number) => {
			const s = createSimulation({ world }, { seed });
			s.runFor(5 * DAY);
			return s.snapshot();
		};
		expect(run(7)).toEqual(run(7));
		expect(run(7).world.machines.map((m) => m.cmid)).not.toEqual(
			run(8).world.machines.map((m) => m.cmid)
		);
	});
});

describe('result codes', () => {
	it('every code the engine can emit is documented in src/data/errors.ts', () => {
		const known = new Set(ERROR_CODES.map((e) => e.code.toUpperCase()));
		const missing = RESULT_CODES.filter((c) => c !== '0x00000000' && !known.has(c.toUpperCase()));
		expect(missing).toEqual([]);
	});
});
