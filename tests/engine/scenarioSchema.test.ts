import { describe, expect, it } from 'vitest';
import { SimulationInputError, createSimulation, validateScenario } from '../../src/engine/index.ts';

function errorsOf(data: unknown): string[] {
	const r = validateScenario(data);
	return r.ok ? [] : r.errors;
}

describe('scenario validator', () => {
	it('accepts a minimal scenario', () => {
		expect(errorsOf({ world: {} })).toEqual([]);
	});

	it('names the JSON path, what was expected and what was found', () => {
		expect(errorsOf({ world: {}, timeline: [{ at: '1d', action: { type: 'activate', target: 'PC001' } }, {}, {}, { at: 12, action: { type: 'activate', target: 'PC001' } }] })).toContain(
			'timeline[3].at: expected a duration like "30d", "36h" or "90m", got 12',
		);
		expect(errorsOf(null)).toEqual(['$: expected a scenario object with "world" (and optional "timeline"), got null']);
		expect(errorsOf({ world: { hosts: [{ name: 'KMS01', os: 'ws2099', hostKey: 'ws2022' }] } })[0]).toMatch(/^world\.hosts\[0\]\.os: expected a host OS: ws2025, /);
		expect(errorsOf({ world: { machines: [{ product: 'win12' }] } })[0]).toMatch(/^world\.machines\[0\]\.product: expected a product id such as "win11-enterprise"/);
		expect(errorsOf({ world: { machines: [{ name: 'PC001' }] } })).toEqual(['world.machines[0].product: missing (required)']);
		expect(errorsOf({ world: {}, timeline: [{ at: '1d', action: { type: 'fly' } }] })[0]).toMatch(/^timeline\[0\]\.action\.type: expected one of addMachines, /);
		expect(errorsOf({ world: {}, timeline: [{ at: '1d', action: { type: 'setPort', host: 'KMS01', port: 0 } }] })).toEqual(['timeline[0].action.port: expected a port number from 1 to 65535, got 0']);
		expect(errorsOf({ world: { colour: 'blue' } })[0]).toMatch(/^world\.colour: unknown field; allowed: /);
		expect(errorsOf({ world: {}, assumptions: { additionalGraceMinutes: -1 } })[0]).toMatch(/^assumptions\.additionalGraceMinutes: expected a whole number/);
		expect(errorsOf({ world: { forest: { activationObjects: [{ name: 'x'.repeat(41), group: 'ws2022' }] } } })[0]).toMatch(/at most 40 characters, got 41/);
	});

	it('accepts every host OS of the updates table, Server 2008 R2 included', () => {
		expect(errorsOf({ world: { hosts: [{ name: 'KMS01', os: 'ws2008r2', hostKey: null }] } })).toEqual([]);
		expect(errorsOf({ world: { hosts: [{ name: 'KMS01', os: 'ws2008', hostKey: null }] } })[0]).toMatch(/^world\.hosts\[0\]\.os: expected a host OS: .*ws2008r2/);
	});

	it('accepts a host without its updates, and the action that installs them', () => {
		expect(errorsOf({ world: { hosts: [{ name: 'KMS01', os: 'ws2016', hostKey: 'ws2022', updatesInstalled: false }] }, timeline: [{ at: '1d', action: { type: 'setHostUpdates', host: 'KMS01', installed: true } }] })).toEqual([]);
		expect(errorsOf({ world: { hosts: [{ name: 'KMS01', os: 'ws2016', hostKey: 'ws2022', updatesInstalled: 'no' }] } })).toEqual(['world.hosts[0].updatesInstalled: expected true or false, got "no"']);
		expect(errorsOf({ world: {}, timeline: [{ at: '1d', action: { type: 'setHostUpdates', host: 'KMS01' } }] })).toEqual(['timeline[0].action.installed: missing (required)']);
	});

	it('shows values JSON cannot write without throwing', () => {
		const cyclic: Record<string, unknown> = {};
		cyclic['self'] = cyclic;
		expect(errorsOf({ world: { internet: cyclic } })).toEqual(['world.internet: expected true or false, got [object Object]']);
		expect(errorsOf({ world: { internet: 10n } })).toEqual(['world.internet: expected true or false, got 10n']);
	});

	it('makes createSimulation throw a SimulationInputError listing every problem', () => {
		try {
			createSimulation({ world: { hosts: 'KMS01' }, timeline: 3 });
			expect.unreachable();
		} catch (err) {
			expect(err).toBeInstanceOf(SimulationInputError);
			expect((err as SimulationInputError).problems).toEqual(['world.hosts: expected an array, got "KMS01"', 'timeline: expected an array of { "at", "action" }, got 3']);
		}
	});
});
