import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	checkInvariants,
	createSimulation,
	restoreSimulation,
	type Action,
	type Event12288,
	type Scenario,
	type TimelineItem,
} from '../../src/engine/index.ts';

const DAY = 1440;
const PRODUCTS = [
	'win11-enterprise',
	'win10-pro',
	'ws2022-standard',
	'ws2019-datacenter',
	'ws2025-standard',
] as const;
const GROUPS = ['ws2025', 'ws2022', 'ws2019', 'ws2016'] as const;

const machineGroup = fc.record({
	product: fc.constantFrom(...PRODUCTS),
	count: fc.integer({ min: 1, max: 10 }),
	sharedCmid: fc.boolean(),
	clockOffset: fc.constantFrom('0m', '3h', '-5h'),
	online: fc.boolean(),
	domainJoined: fc.boolean(),
});

const hostArb = (name: string) =>
	fc.record({
		name: fc.constant(name),
		// Each key group on its own OS: a group the OS cannot hold is refused at load (0xC004F069).
		hostKey: fc.constantFrom(...GROUPS.filter((g) => g !== 'ws2016')),
		activated: fc.constantFrom(true, true, true, false), // mostly activated
		firewallOpen: fc.boolean(),
		dnsPublishing: fc.boolean(),
		clockOffset: fc.constantFrom('0m', '1h'),
	});

/** Actions that touch random machines and hosts. */
function actionArb(machineNames: string[], hostNames: string[]): fc.Arbitrary<Action> {
	const m = fc.constantFrom(...(machineNames.length ? machineNames : ['PC001']));
	const h = fc.constantFrom(...hostNames);
	return fc.oneof(
		m.map((target): Action => ({ type: 'activate', target })),
		fc
			.tuple(m, fc.boolean())
			.map(([target, online]): Action => ({ type: 'setOnline', target, online })),
		fc.tuple(h, fc.boolean()).map(([host, open]): Action => ({ type: 'setFirewall', host, open })),
		fc
			.tuple(h, fc.constantFrom<'stop' | 'start' | 'restart'>('stop', 'start', 'restart'))
			.map(([target, command]): Action => ({ type: 'serviceControl', target, command })),
		fc
			.tuple(h, fc.boolean())
			.map(([host, enabled]): Action => ({ type: 'setDnsPublishing', host, enabled })),
		m.map((target): Action => ({ type: 'resyncClock', target })),
		m.map((machine): Action => ({ type: 'sysprepGeneralize', machine })),
		m.map((machine): Action => ({ type: 'leaveDomain', machine })),
		m.map((target): Action => ({ type: 'restart', target })),
		fc
			.constantFrom(...PRODUCTS)
			.map((product): Action => ({ type: 'addMachines', product, count: 3 })),
		fc.constant<Action>({ type: 'deleteSrvRecord', zone: 'corp.contoso.com' }),
		fc
			.tuple(h, fc.integer({ min: 15, max: 600 }))
			.map(([host, minutes]): Action => ({ type: 'setActivationInterval', host, minutes }))
	);
}

const scenarioArb: fc.Arbitrary<{ scenario: Scenario; seed: number; until: number }> = fc
	.record({
		groups: fc.array(machineGroup, { minLength: 1, maxLength: 4 }),
		hosts: fc
			.tuple(hostArb('KMS01'), hostArb('KMS02'))
			.chain(([a, b]) => fc.constantFrom([a], [a, b])),
		adba: fc.boolean(),
		seed: fc.integer({ min: 1, max: 1_000_000 }),
		untilDays: fc.integer({ min: 1, max: 200 }),
	})
	.chain((base) => {
		const names: string[] = [];
		// The names the groups' prefixes give (G0X001…), so timeline actions name machines that exist.
		base.groups.forEach((g, gi) => {
			for (let i = 1; i <= g.count; i++) names.push(`G${gi}X${String(i).padStart(3, '0')}`);
		});
		const item = fc.record({
			atMinutes: fc.integer({ min: 0, max: base.untilDays * DAY }),
			action: actionArb(
				names,
				base.hosts.map((x) => x.name)
			),
		});
		return fc.array(item, { maxLength: 12 }).map((items) => {
			const timeline: TimelineItem[] = items.map((it) => ({
				at: `${it.atMinutes}m`,
				action: it.action,
			}));
			const scenario: Scenario = {
				world: {
					hosts: base.hosts.map((h) => ({ ...h, os: h.hostKey })),
					forest: base.adba ? { activationObjects: [{ name: 'AO', group: 'ws2022' }] } : null,
					machines: base.groups.map((g, gi) => ({
						prefix: `G${gi}X`,
						product: g.product,
						count: g.count,
						sharedCmid: g.sharedCmid,
						clockOffset: g.clockOffset,
						online: g.online,
						domain: g.domainJoined ? 'corp.contoso.com' : null,
						dnsSuffix: 'corp.contoso.com',
					})),
				},
				timeline,
			};
			return { scenario, seed: base.seed, until: base.untilDays * DAY };
		});
	});

const RUNS = { numRuns: 25 };
// Each property runs 25 random scenarios of up to 40 machines and 200 days; allow for slow CI machines.
const TIMEOUT = 180_000;

describe('engine properties over random scenarios', () => {
	it(
		'is deterministic: same scenario and seed, same run',
		() => {
			fc.assert(
				fc.property(scenarioArb, ({ scenario, seed, until }) => {
					const a = createSimulation(scenario, { seed });
					const b = createSimulation(scenario, { seed });
					a.advanceTo(until);
					b.advanceTo(until);
					expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
				}),
				RUNS
			);
		},
		TIMEOUT
	);

	it(
		'snapshot, restore and continue equals an uninterrupted run',
		() => {
			fc.assert(
				fc.property(
					scenarioArb,
					fc.double({ min: 0, max: 1, noNaN: true }),
					({ scenario, seed, until }, cut) => {
						const whole = createSimulation(scenario, { seed });
						const part = createSimulation(scenario, { seed });
						part.advanceTo(Math.floor(until * cut));
						const resumed = restoreSimulation(JSON.parse(JSON.stringify(part.snapshot())));
						resumed.advanceTo(until);
						whole.advanceTo(until);
						expect(JSON.stringify(resumed.snapshot())).toBe(JSON.stringify(whole.snapshot()));
					}
				),
				RUNS
			);
		},
		TIMEOUT
	);

	it(
		'keeps the invariants at every step: count ≤ cache size and = live distinct CMIDs; Licensed only within the validity of a success',
		() => {
			fc.assert(
				fc.property(scenarioArb, ({ scenario, seed, until }) => {
					const sim = createSimulation(scenario, { seed });
					for (let t = 0; t <= until; t += Math.max(60, Math.floor(until / 40))) {
						sim.advanceTo(t);
						expect(checkInvariants(sim)).toEqual([]);
						for (const h of sim.hosts()) {
							const live = new Set(sim.hostCmids(h.name).map((e) => e.cmid));
							expect(sim.hostCount(h.name)).toBe(live.size);
							expect(live.size).toBeLessThanOrEqual(sim.hostCacheSize(h.name));
						}
					}
				}),
				RUNS
			);
		},
		TIMEOUT
	);

	it(
		'never activates through KMS below the threshold, and a Licensed KMS client had a success within 180 days',
		() => {
			fc.assert(
				fc.property(scenarioArb, ({ scenario, seed, until }) => {
					const sim = createSimulation(scenario, { seed });
					sim.advanceTo(until);
					// 12289 follows its 12288 (same client, same minute): walk the log once to pair them.
					const lastRequest = new Map<string, Event12288>();
					const successes = new Map<string, number>();
					for (const e of sim.events()) {
						if (e.id === 12288) lastRequest.set(e.computer, e);
						else if (e.id === 12289) {
							const r = e;
							const req = lastRequest.get(r.computer);
							if (!req || req.time !== r.time) continue; // its request was dropped by the log cap
							if (r.activated === 1) {
								expect(r.count).toBeGreaterThanOrEqual(req.nPolicy);
								successes.set(r.computer, r.time);
							} else if (r.hresult === '0xC004F038') expect(r.count).toBeLessThan(req.nPolicy);
						}
					}
					if (sim.eventTotals().dropped === 0) {
						for (const m of sim.machines()) {
							if (m.status !== 1 || m.activatedBy !== 'kms') continue;
							const last = successes.get(m.name);
							expect(last).toBeDefined();
							expect(sim.now - (last ?? -Infinity)).toBeLessThanOrEqual(180 * DAY);
						}
					}
				}),
				RUNS
			);
		},
		TIMEOUT
	);

	it(
		'never moves event times backwards',
		() => {
			fc.assert(
				fc.property(scenarioArb, ({ scenario, seed, until }) => {
					const sim = createSimulation(scenario, { seed });
					let last = -Infinity;
					for (let i = 0; i < 3000; i++) {
						const s = sim.step();
						if (!s || s.time > until) break;
						expect(s.time).toBeGreaterThanOrEqual(last);
						expect(sim.now).toBe(s.time);
						last = s.time;
					}
					const times = sim.events().map((e) => e.time);
					for (let i = 1; i < times.length; i++)
						expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] as number);
				}),
				RUNS
			);
		},
		TIMEOUT
	);
});
