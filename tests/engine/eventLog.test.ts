import { describe, expect, it } from 'vitest';
import { EventLog } from '../../src/engine/eventLog.ts';
import { simulatedActId } from '../../src/engine/random.ts';
import { createSimulation } from '../../src/engine/index.ts';
import { SUCCESS } from '../../src/engine/types.ts';
import { kms } from './helpers.ts';

function addRequest(log: EventLog, time: number, answered: boolean): void {
	log.addRequest(
		time,
		'PC001',
		answered ? 'KMS01' : null,
		answered ? SUCCESS : '0x800706BA',
		'KMS01.corp.contoso.com',
		1688,
		'cmid',
		time + 5,
		0,
		2,
		1000,
		'win11-enterprise',
		25,
		7,
		120,
		10080
	);
}

describe('EventLog', () => {
	it('expands one answered request into 12288, 12290 and 12289, and an unanswered one into 12288 alone', () => {
		const log = new EventLog(100);
		addRequest(log, 10, true);
		addRequest(log, 20, false);
		const entries = log.entries();
		expect(entries.map((e) => e.id)).toEqual([12288, 12290, 12289, 12288]);
		expect(entries[0]).toMatchObject({
			computer: 'PC001',
			server: 'KMS01.corp.contoso.com:1688',
			clientTime: 15,
			hresult: SUCCESS,
		});
		expect(entries[1]).toMatchObject({
			computer: 'KMS01',
			clientName: 'PC001',
			nPolicy: 25,
			actId: simulatedActId('win11-enterprise'),
		});
		expect(entries[2]).toMatchObject({
			computer: 'PC001',
			activated: 1,
			count: 7,
			renewalInterval: 10080,
		});
		expect(entries[3]).toMatchObject({ hresult: '0x800706BA', time: 20 });
		// Built once, then reused.
		expect(log.entries()[0]).toBe(entries[0]);
	});

	it('keeps exactly the newest `limit` entries and counts the dropped ones', () => {
		const log = new EventLog(10);
		for (let t = 0; t < 50; t++) addRequest(log, t, t % 2 === 0);
		const entries = log.entries();
		expect(entries).toHaveLength(10);
		expect(entries.at(-1)?.time).toBe(49);
		const total = 25 * 3 + 25;
		expect(log.summary().dropped).toBe(total - 10);
	});

	it('keeps the right entries across many wraps of its ring', () => {
		const log = new EventLog(2000);
		for (let t = 0; t < 20_000; t++) addRequest(log, t, t % 3 !== 0);
		const entries = log.entries();
		expect(entries).toHaveLength(2000);
		// Times never go backwards and end with the newest request.
		for (let i = 1; i < entries.length; i++)
			expect((entries[i] as { time: number }).time).toBeGreaterThanOrEqual(
				(entries[i - 1] as { time: number }).time
			);
		expect(entries.at(-1)).toMatchObject({ id: 12289, time: 19_999 });
		const total = Math.floor((20_000 + 2) / 3) + (20_000 - Math.floor((20_000 + 2) / 3)) * 3;
		expect(log.summary().dropped).toBe(total - 2000);
	});

	it('gives a note back with exactly the fields it was given, in the usual order', () => {
		const log = new EventLog(10);
		log.addNote(5, 'PC001', 'stateChanged', 0, 2);
		log.addNote(6, 'PC001', 'activated', undefined, undefined, SUCCESS, 'kms');
		log.addNote(7, 'PC002', 'activationFailed', undefined, undefined, '0x8007232B', undefined, '');
		const entries = log.entries();
		expect(entries).toEqual([
			{ id: 'note', time: 5, computer: 'PC001', kind: 'stateChanged', from: 0, to: 2 },
			{ id: 'note', time: 6, computer: 'PC001', kind: 'activated', method: 'kms', result: SUCCESS },
			{
				id: 'note',
				time: 7,
				computer: 'PC002',
				kind: 'activationFailed',
				result: '0x8007232B',
				detail: '',
			},
		]);
		expect(Object.keys(entries[1] as object)).toEqual([
			'id',
			'time',
			'computer',
			'kind',
			'method',
			'result',
		]);
	});

	it('counts the same totals whether or not it keeps entries', () => {
		const scenario = {
			world: {
				hosts: [kms()],
				machines: [{ prefix: 'PC', count: 3, product: 'win11-enterprise' }],
			},
			timeline: [{ at: '1d', action: { type: 'setOnline', target: 'PC001', online: false } }],
		};
		const logged = createSimulation(scenario, { logLimit: 1000 });
		const totalsOnly = createSimulation(scenario, { logLimit: 0 });
		logged.runFor(40 * 1440);
		totalsOnly.runFor(40 * 1440);
		expect(totalsOnly.eventTotals().totals).toEqual(logged.eventTotals().totals);
	});

	it('keeps its rows in order when it grows after old rows were dropped (the ring has wrapped)', () => {
		const log = new EventLog(3000);
		// Answered requests (3 entries a row) fill it and drop old rows; then one-entry rows need more rows than it has.
		for (let t = 0; t < 2000; t++) addRequest(log, t, true);
		for (let t = 2000; t < 7000; t++) addRequest(log, t, false);
		const entries = log.entries();
		expect(entries).toHaveLength(3000);
		expect(entries.map((e) => (e as { time: number }).time)).toEqual(
			Array.from({ length: 3000 }, (_, i) => 4000 + i)
		);
	});

	it('never gives back entries built for a row before its chunk was reused', () => {
		const log = new EventLog(3000);
		for (let t = 0; t < 30_000; t++) {
			addRequest(log, t, false);
			// Reading builds and keeps entries for every row held; later rows reuse those chunks.
			if (t % 2500 === 0) expect(log.entries().at(-1)).toMatchObject({ id: 12288, time: t });
		}
		const times = log.entries().map((e) => (e as { time: number }).time);
		expect(times).toEqual(Array.from({ length: 3000 }, (_, i) => 27_000 + i));
	});

	it('keeps nothing but totals with limit 0', () => {
		const log = new EventLog(0);
		log.count(12288);
		addRequest(log, 1, true);
		expect(log.entries()).toEqual([]);
		expect(log.summary().totals.e12288).toBe(1);
	});

	it('survives a save and load as plain entries', () => {
		const sim = createSimulation(
			{
				world: {
					hosts: [kms()],
					machines: [{ prefix: 'PC', count: 3, product: 'win11-enterprise' }],
				},
			},
			{ logLimit: 7 }
		);
		sim.runFor(600);
		const saved = sim.snapshot().log;
		expect(saved.entries.every((e) => typeof e.id === 'number' || e.id === 'note')).toBe(true);
		const reloaded = EventLog.fromSaved(JSON.parse(JSON.stringify(saved)));
		expect(reloaded.entries()).toEqual(sim.events());
		expect(reloaded.summary()).toEqual(sim.eventTotals());
	});
});
