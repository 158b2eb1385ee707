import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CLI_LIMITS,
	LAB_LIMITS,
	createSimulation,
	loadSimulation,
	type Limits,
} from '../../src/engine/index.ts';
import { describeEngineError } from '../../src/i18n/results/index.ts';
import { formatIssue } from '../../src/i18n/issues/index.ts';
import { kms } from './helpers.ts';

/** The findings of the core issue, each as the engine now answers it. */

const W11 = 'win11-enterprise';

describe('user strings are data', () => {
	it('a prefix that is no Object.prototype member but looks like one numbers machines like any other', () => {
		for (const prefix of ['hasOwn', 'proto', 'Object']) {
			const sim = createSimulation({ world: { machines: [{ prefix, count: 3, product: W11 }] } });
			expect(sim.machines().map((m) => m.name)).toEqual([
				`${prefix}001`,
				`${prefix}002`,
				`${prefix}003`,
			]);
			expect(sim.dispatch({ type: 'addMachines', prefix, count: 2, product: W11 }).created).toEqual(
				[`${prefix}004`, `${prefix}005`]
			);
		}
	});

	it('refuses __proto__, constructor and other prototype names as prefixes and action types, with a path', () => {
		for (const prefix of [
			'__proto__',
			'constructor',
			'prototype',
			'hasOwnProperty',
			'valueOf',
			'toString',
		]) {
			const r = loadSimulation({ world: { machines: [{ prefix, count: 1, product: W11 }] } });
			expect(r).toMatchObject({
				ok: false,
				issues: [{ path: 'world.machines[0].prefix', code: 'expected' }],
			});
		}
		const sim = createSimulation({ world: { hosts: [kms()] } });
		for (const type of ['__proto__', 'constructor', 'toString', 'valueOf'])
			expect(sim.dispatch({ type, host: 'KMS01' }).error?.code).toBe('invalid_action');
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	it('dispatch answers any JSON value with a result object, never undefined and never a throw', () => {
		const sim = createSimulation({
			world: { hosts: [kms()], machines: [{ prefix: 'PC', count: 2, product: W11 }] },
		});
		fc.assert(
			fc.property(
				fc.jsonValue({ maxDepth: 3 }),
				fc.constantFrom(
					'activate',
					'installKey',
					'addMachines',
					'setFirewallRule',
					'constructor',
					'__proto__'
				),
				(value, type) => {
					const action =
						typeof value === 'object' && value !== null && !Array.isArray(value)
							? { ...value, type }
							: value;
					const r = sim.dispatch(action);
					expect(typeof r).toBe('object');
					expect(typeof r.ok).toBe('boolean');
					if (!r.ok) expect(r.code !== null || r.error !== undefined).toBe(true);
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('one rule at load time and at run time', () => {
	it('a timeline action naming a computer that does not exist is an error with its path', () => {
		const r = loadSimulation({
			world: { hosts: [kms()], machines: [{ prefix: 'PC', count: 2, product: W11 }] },
			timeline: [{ at: '1d', action: { type: 'activate', target: 'PC999' } }],
		});
		expect(r).toEqual({
			ok: false,
			issues: [
				{ path: 'timeline[0].action.target', code: 'unknown_name', name: 'PC999', expected: 'any' },
			],
		});
		if (!r.ok) {
			expect(formatIssue(r.issues[0]!, 'en')).toBe(
				'timeline[0].action.target: no computer named "PC999"'
			);
			expect(formatIssue(r.issues[0]!, 'ja')).toContain('"PC999"');
		}
	});

	it('a timeline may name machines that an earlier timeline item creates, and not ones it removed', () => {
		const timeline = [
			{ at: '1d', action: { type: 'addMachines', prefix: 'PC', product: W11, count: 2 } },
			{ at: '2d', action: { type: 'activate', target: 'PC002' } },
			{ at: '3d', action: { type: 'removeMachine', machine: 'PC001' } },
			{ at: '4d', action: { type: 'rearm', machine: 'PC001' } },
		];
		expect(loadSimulation({ world: { hosts: [kms()] }, timeline: timeline.slice(0, 2) }).ok).toBe(
			true
		);
		expect(loadSimulation({ world: { hosts: [kms()] }, timeline })).toMatchObject({
			ok: false,
			issues: [{ path: 'timeline[3].action.machine', code: 'unknown_name', name: 'PC001' }],
		});
		// Before it exists is as bad as never.
		expect(
			loadSimulation({
				world: { hosts: [kms()] },
				timeline: [timeline[0], { at: '12h', action: { type: 'activate', target: 'PC002' } }],
			}).ok
		).toBe(false);
	});

	it('a second computer with a taken name is an error, not silently dropped', () => {
		const r = loadSimulation({
			world: {
				hosts: [kms()],
				machines: [
					{ name: 'PC001', product: W11 },
					{ name: 'pc001', product: W11 },
				],
			},
		});
		expect(r).toEqual({
			ok: false,
			issues: [{ path: 'world.machines[1].name', code: 'duplicate_name', name: 'pc001' }],
		});
		const host = loadSimulation({
			world: { hosts: [kms()], machines: [{ name: 'KMS01', product: W11 }] },
		});
		expect(host).toMatchObject({ ok: false, issues: [{ code: 'duplicate_name' }] });
		const sim = createSimulation({ world: { machines: [{ name: 'PC001', product: W11 }] } });
		expect(sim.dispatch({ type: 'addMachines', name: 'PC001', product: W11 })).toEqual({
			ok: false,
			code: null,
			error: { code: 'name_taken', name: 'PC001' },
		});
		expect(sim.machines()).toHaveLength(1);
	});
});

/** 2,000 clients renewing every 15 minutes for three years: about 210 million events. */
const heavy = {
	world: {
		hosts: [kms('KMS01', { renewalInterval: 15, activationInterval: 15 })],
		machines: [
			{ prefix: 'PC', count: 1000, product: W11 },
			{ prefix: 'LT', count: 1000, product: W11 },
		],
	},
};

describe('bounded work', () => {
	it('a run past its event budget stops at the budget and says so (the caller puts it back)', () => {
		const sim = createSimulation(heavy, { limits: LAB_LIMITS, logLimit: 0 });
		const r = sim.advanceTo(LAB_LIMITS.maxMinutes);
		expect(r).toMatchObject({
			ok: false,
			events: LAB_LIMITS.maxEvents,
			error: { code: 'limit', limit: 'maxEvents', max: LAB_LIMITS.maxEvents },
		});
		expect(sim.work).toBe(LAB_LIMITS.maxEvents);
		if (!r.ok)
			expect(describeEngineError(r.error, 'en')).toBe(
				'A run may process at most 1,000,000 events of simulated work, and this needs more.'
			);
	});

	it('a time past the horizon is refused before anything runs, whatever the number', () => {
		const sim = createSimulation({ world: { hosts: [kms()] } }, { limits: LAB_LIMITS });
		for (const t of [LAB_LIMITS.maxMinutes + 1, 1e15, Infinity, Number.NaN]) {
			expect(sim.advanceTo(t)).toMatchObject({
				ok: false,
				events: 0,
				error: { limit: 'maxMinutes' },
			});
		}
		expect(sim.now).toBe(0);
	});

	it('10 million machines are refused at load, naming the limit and the value', () => {
		const groups = Array.from({ length: 100 }, (_, i) => ({
			prefix: `G${i}X`,
			count: 100_000,
			product: W11,
		}));
		const r = loadSimulation({ world: { machines: groups } }, { limits: CLI_LIMITS });
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.issues).toContainEqual(
				expect.objectContaining({
					code: 'limit',
					limit: 'maxMachines',
					max: CLI_LIMITS.maxMachines,
					value: 10_000_000,
				})
			);
	});

	it('the machine and host limits hold for actions too, and a refusal is not recorded', () => {
		const limits: Limits = { ...LAB_LIMITS, maxMachines: 5, maxHosts: 1 };
		const sim = createSimulation(
			{ world: { hosts: [kms()], machines: [{ prefix: 'PC', count: 4, product: W11 }] } },
			{ limits }
		);
		expect(
			sim.dispatch({ type: 'addMachines', prefix: 'PC', count: 2, product: W11 }).error
		).toEqual({ code: 'limit', limit: 'maxMachines', max: 5, value: 6 });
		expect(
			sim.dispatch({ type: 'addHost', name: 'KMS02', os: 'ws2022', hostKey: null }).error
		).toEqual({ code: 'limit', limit: 'maxHosts', max: 1, value: 2 });
		expect(sim.actionLog).toHaveLength(0);
		expect(
			sim.dispatch({ type: 'addMachines', prefix: 'PC', count: 1, product: W11 }).created
		).toEqual(['PC005']);
	});

	it('a run records at most maxActions actions and maxActionLogBytes bytes, and says which', () => {
		const sim = createSimulation(
			{ world: { hosts: [kms()], machines: [{ prefix: 'PC', count: 1, product: W11 }] } },
			{ limits: { ...LAB_LIMITS, maxActions: 3 } }
		);
		for (let i = 0; i < 3; i++)
			expect(sim.dispatch({ type: 'activate', target: 'PC001' }).error).toBeUndefined();
		expect(sim.dispatch({ type: 'activate', target: 'PC001' }).error).toEqual({
			code: 'limit',
			limit: 'maxActions',
			max: 3,
			value: 4,
		});
		const small = createSimulation(
			{ world: { forest: {} } },
			{ limits: { ...LAB_LIMITS, maxActionLogBytes: 200 } }
		);
		expect(
			small.dispatch({ type: 'deleteActivationObject', name: 'A'.repeat(100) }).error?.code
		).toBe('unknown_target');
		expect(
			small.dispatch({
				type: 'createActivationObject',
				key: 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
				name: 'B'.repeat(150),
			}).error
		).toMatchObject({ code: 'limit', limit: 'maxActionLogBytes', max: 200 });
	});
});
