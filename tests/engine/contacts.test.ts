import { describe, expect, it } from 'vitest';
import { EventLog } from '../../src/engine/eventLog.ts';
import { createSimulation, type Simulation } from '../../src/engine/index.ts';
import { CHUNK_ROWS } from '../../src/engine/logRows.ts';
import { SUCCESS } from '../../src/engine/types.ts';
import { loadPreset } from './helpers.ts';

const contactsAfter = (sim: Simulation, from: number) => sim.contactsAfter(from);

/** The contacts the lab draws (Simulation.contactsAfter): lookups, requests and answers, from the log's rows. */
function renewal() {
	const sim = createSimulation(loadPreset('renewal'), { seed: 1, logLimit: 5000 });
	sim.advanceTo(1); // the first attempts, at minute 0
	return sim;
}

describe('contactsAfter', () => {
	it('gives each request with its SRV lookup, target, port, CMID, N-Policy, count and result', () => {
		const sim = renewal();
		const first = contactsAfter(sim, -1)[0]!;
		const pc = sim.machine(first.client)!;
		expect(first).toMatchObject({
			time: 0,
			lookup: sim.lookupZone(first.client),
			request: true,
			port: 1688,
			host: 'KMS01',
			result: '0xC004F038',
			cmid: pc.cmid,
			nPolicy: 25,
			count: 1,
		});
		expect(first.target.toUpperCase()).toContain('KMS01');
	});

	it('lists only contacts after the given time, oldest first', () => {
		const sim = renewal();
		sim.advanceTo(1440);
		const all = contactsAfter(sim, -1);
		const later = contactsAfter(sim, 60);
		expect(later.length).toBeGreaterThan(0);
		expect(later.length).toBeLessThan(all.length);
		expect(later.every((c) => c.time > 60)).toBe(true);
		for (let i = 1; i < all.length; i++)
			expect(all[i]!.time).toBeGreaterThanOrEqual(all[i - 1]!.time);
	});

	it('marks no lookup when the host was set with /skms', () => {
		const sim = renewal();
		sim.dispatch({ type: 'setKmsHost', machine: 'PC001', host: 'KMS01.corp.contoso.com' });
		const before = sim.now;
		sim.dispatch({ type: 'activate', target: 'PC001' });
		const mine = contactsAfter(sim, before - 1).filter((c) => c.client === 'PC001');
		expect(mine.length).toBeGreaterThan(0);
		expect(mine.at(-1)).toMatchObject({ lookup: null, request: true, host: 'KMS01' });
	});

	it('gives a lookup that found no record as a contact without a request (0x8007232B)', () => {
		const sim = renewal();
		const zone = sim.lookupZone('PC001')!;
		sim.dispatch({ type: 'setHostCaching', machine: 'PC001', enabled: false });
		sim.dispatch({ type: 'deleteSrvRecord', zone });
		sim.dispatch({ type: 'activate', target: 'PC001' });
		const last = contactsAfter(sim, -1)
			.filter((c) => c.client === 'PC001')
			.at(-1);
		expect(last).toMatchObject({ request: false, lookup: zone, host: null, result: '0x8007232B' });
	});

	it('gives an unanswered request with no host (0x800706BA)', () => {
		const sim = renewal();
		sim.dispatch({ type: 'setFirewall', host: 'KMS01', open: false });
		sim.dispatch({ type: 'activate', target: 'PC002' });
		const last = contactsAfter(sim, -1)
			.filter((c) => c.client === 'PC002')
			.at(-1);
		expect(last).toMatchObject({ request: true, host: null, result: '0x800706BA' });
	});

	it('never reads a lookup left in a reused chunk into a later note', () => {
		const log = new EventLog(CHUNK_ROWS);
		const request = (t: number) =>
			log.addRequest(
				t,
				'PC001',
				'KMS01',
				SUCCESS,
				'kms01',
				1688,
				'c',
				t,
				0,
				1,
				0,
				'p',
				25,
				25,
				120,
				10080,
				'corp'
			);
		for (let t = 0; t < CHUNK_ROWS * 3; t++) request(t);
		// Notes now land in chunks whose rows held requests; none of them is a lookup.
		for (let t = CHUNK_ROWS * 3; t < CHUNK_ROWS * 5; t++)
			log.addNote(t, 'PC001', 'stateChanged', 1, 2);
		expect(log.contactsAfter(CHUNK_ROWS * 3 - 1)).toEqual([]);
	});
});
