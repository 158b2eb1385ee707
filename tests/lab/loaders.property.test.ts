import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAB_LIMITS, loadSimulation, parseDuration } from '../../src/engine/index.ts';
import { loadPresets } from '../../src/lab/presets.ts';
import { parseLabSearch } from '../../src/lab/location.ts';
import { LabSession, type Preset } from '../../src/lab/session.ts';
import { LAB_STORE_KEY, loadLocation, type StorageLike } from '../../src/lab/store.ts';

/**
 * The three ways untrusted JSON reaches a run: a share link, the saved lab, a scenario file. For
 * any JSON value each returns a run or a message, never throws, and stays within its budget,
 * counted in events (not wall time, which would flake).
 */

const RUNS = 10_000;
const TIMEOUT = 600_000;
const { presets } = loadPresets();
const known = presets.map((p) => p.id);
const presetOf = (id: string): Preset => presets.find((p) => p.id === id) as Preset;

const HOSTILE = [
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'PC001',
	'KMS01',
	'x'.repeat(300),
	'\u001b[31m',
	'𠮷😀',
	'\ud800',
];
const name = fc.constantFrom(...HOSTILE);
const minutes = fc.oneof(
	fc.integer({ min: 0, max: 40 * 1440 }),
	fc.constantFrom(-1, 1.5, LAB_LIMITS.maxMinutes, LAB_LIMITS.maxMinutes + 1, 1e20)
);

/** Actions that are mostly well formed, naming hostile and real computers. */
const action = fc.oneof(
	fc.record(
		{
			type: fc.constantFrom('activate', 'restart', 'rearm', 'sysprepGeneralize', 'resyncClock'),
			target: name,
			machine: name,
		},
		{ requiredKeys: ['type'] }
	),
	fc.record({
		type: fc.constant('addMachines'),
		prefix: fc.constantFrom('PC', 'LT', '__proto__', 'valueOf'),
		count: fc.integer({ min: 0, max: 1500 }),
		product: fc.constantFrom('win11-enterprise', 'ws2022-standard', 'toString'),
	}),
	fc.record({
		type: fc.constantFrom('setRenewalInterval', 'setActivationInterval'),
		host: fc.constantFrom('KMS01', '__proto__'),
		minutes: fc.constantFrom(15, 14, 43200, 120),
	}),
	fc.record(
		{
			type: fc.constantFrom('setFirewallRule', 'setFirewall'),
			target: name,
			host: name,
			enabled: fc.boolean(),
			open: fc.boolean(),
			profile: fc.constantFrom('Public', 'Domain, Private', 'nope'),
		},
		{ requiredKeys: ['type'] }
	),
	fc.jsonValue({ maxDepth: 2 })
);
const log = fc.oneof(
	{
		weight: 3,
		arbitrary: fc
			.array(fc.tuple(minutes, action), { maxLength: 8 })
			.map((entries) => entries.sort((a, b) => a[0] - b[0])),
	},
	{ weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) }
);

function base64url(value: unknown): string {
	return Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url');
}

function withinBudget(session: LabSession): void {
	expect(session.sim.work).toBeLessThanOrEqual(LAB_LIMITS.maxEvents);
	expect(session.now).toBeLessThanOrEqual(LAB_LIMITS.maxMinutes);
}

describe('untrusted JSON into a run', () => {
	it(
		`share links: ${RUNS} runs`,
		() => {
			fc.assert(
				fc.property(
					fc.constantFrom(...known, '__proto__', 'nope'),
					fc.oneof(fc.integer({ min: 0, max: 40 * 1440 }), fc.jsonValue()),
					log,
					(scenario, t, value) => {
						const parsed = parseLabSearch(
							`?scenario=${encodeURIComponent(scenario)}&t=${encodeURIComponent(typeof t === 'number' ? String(t) : JSON.stringify(t))}&log=${base64url(value)}`,
							known,
							'threshold'
						);
						expect(parsed).not.toBeNull();
						if (parsed === null) return;
						const session = new LabSession(presetOf(parsed.location.scenario));
						const result = session.restore(parsed.location);
						expect(typeof result.ok).toBe('boolean');
						withinBudget(session);
					}
				),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT
	);

	it(
		`the saved lab: ${RUNS} runs`,
		() => {
			const envelope = fc.oneof(
				{
					weight: 3,
					arbitrary: fc.record({
						version: fc.constantFrom(1, 2),
						location: fc.record({
							scenario: fc.constantFrom(...known, 'constructor'),
							step: fc.oneof(fc.nat(12), fc.jsonValue()),
							t: fc.oneof(fc.constant(null), minutes),
							log,
						}),
					}),
				},
				{ weight: 1, arbitrary: fc.jsonValue() }
			);
			fc.assert(
				fc.property(envelope, (value) => {
					const data = new Map([[LAB_STORE_KEY, JSON.stringify(value) ?? '']]);
					const storage: StorageLike = {
						getItem: (k) => data.get(k) ?? null,
						setItem: (k, v) => void data.set(k, v),
						removeItem: (k) => void data.delete(k),
					};
					const loaded = loadLocation(storage, known);
					if (loaded.kind !== 'ok') return;
					const session = new LabSession(presetOf(loaded.location.scenario));
					const result = session.restore(loaded.location);
					expect(typeof result.ok).toBe('boolean');
					withinBudget(session);
				}),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT
	);

	it(
		`scenario files: ${RUNS} runs`,
		() => {
			const machineSpec = fc.record(
				{
					prefix: fc.constantFrom('PC', 'SRV', '__proto__'),
					name: name,
					count: fc.integer({ min: 0, max: 1200 }),
					product: fc.constantFrom('win11-enterprise', 'ws2022-standard', 'nope'),
				},
				{ requiredKeys: ['product'] }
			);
			const hostSpec = fc.record(
				{
					name: fc.constantFrom('KMS01', 'KMS02', 'constructor'),
					os: fc.constantFrom('ws2022', 'ws2008r2'),
					hostKey: fc.constantFrom('ws2022', 'ws2016', null),
					firewallOpen: fc.boolean(),
					renewalInterval: fc.constantFrom(15, 10080),
				},
				{ requiredKeys: ['name', 'os', 'hostKey'] }
			);
			const scenario = fc.oneof(
				{
					weight: 3,
					arbitrary: fc.record(
						{
							world: fc.record({
								hosts: fc.array(hostSpec, { maxLength: 2 }),
								machines: fc.array(machineSpec, { maxLength: 3 }),
							}),
							timeline: fc.array(
								fc.record({ at: fc.constantFrom('0m', '2d', '-1d', '99999999d'), action }),
								{ maxLength: 4 }
							),
							until: fc.constantFrom('30d', '1096d', '5000d'),
						},
						{ requiredKeys: ['world'] }
					),
				},
				{ weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) }
			);
			fc.assert(
				fc.property(scenario, (data) => {
					const loaded = loadSimulation(data, { limits: LAB_LIMITS, logLimit: 0 });
					if (!loaded.ok) {
						expect(loaded.issues.length).toBeGreaterThan(0);
						return;
					}
					const sim = loaded.sim;
					const until = Math.min(parseDuration(sim.scenario.until ?? '30d') ?? 0, 60 * 1440);
					const run = sim.advanceTo(until);
					expect(typeof run.ok).toBe('boolean');
					expect(sim.work).toBeLessThanOrEqual(LAB_LIMITS.maxEvents + 1);
				}),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT
	);
});
