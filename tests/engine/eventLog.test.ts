import { describe, expect, it } from 'vitest';
import { EventLog, KmsRequestRecord } from '../../src/engine/eventLog.ts';
import { createSimulation } from '../../src/engine/index.ts';
import { SUCCESS } from '../../src/engine/types.ts';
import { kms } from './helpers.ts';

function request(time: number, answered: boolean): KmsRequestRecord {
	return new KmsRequestRecord(time, 'PC001', answered ? 'KMS01' : null, answered ? SUCCESS : '0x800706BA', 'KMS01.corp.contoso.com', 1688, 'cmid', time + 5, 0, 2, 1000, 'act', 25, 7, 120, 10080);
}

describe('EventLog', () => {
	it('expands one answered request into 12288, 12290 and 12289, and an unanswered one into 12288 alone', () => {
		const log = new EventLog(100);
		log.addRequest(request(10, true));
		log.addRequest(request(20, false));
		const entries = log.entries();
		expect(entries.map((e) => e.id)).toEqual([12288, 12290, 12289, 12288]);
		expect(entries[0]).toMatchObject({ computer: 'PC001', server: 'KMS01.corp.contoso.com:1688', clientTime: 15, hresult: SUCCESS });
		expect(entries[1]).toMatchObject({ computer: 'KMS01', clientName: 'PC001', nPolicy: 25 });
		expect(entries[2]).toMatchObject({ computer: 'PC001', activated: 1, count: 7, renewalInterval: 10080 });
		expect(entries[3]).toMatchObject({ hresult: '0x800706BA', time: 20 });
		// Built once, then reused.
		expect(log.entries()[0]).toBe(entries[0]);
	});

	it('keeps exactly the newest `limit` entries and counts the dropped ones', () => {
		const log = new EventLog(10);
		for (let t = 0; t < 50; t++) log.addRequest(request(t, t % 2 === 0));
		const entries = log.entries();
		expect(entries).toHaveLength(10);
		expect(entries.at(-1)?.time).toBe(49);
		const total = 25 * 3 + 25;
		expect(log.summary().dropped).toBe(total - 10);
	});

	it('keeps nothing but totals with limit 0', () => {
		const log = new EventLog(0);
		log.count(12288);
		log.addRequest(request(1, true));
		expect(log.entries()).toEqual([]);
		expect(log.summary().totals.e12288).toBe(1);
	});

	it('survives a save and load as plain entries', () => {
		const sim = createSimulation({ world: { hosts: [kms()], machines: [{ prefix: 'PC', count: 3, product: 'win11-enterprise' }] } }, { logLimit: 7 });
		sim.runFor(600);
		const saved = sim.snapshot().log;
		expect(saved.entries.every((e) => typeof e.id === 'number' || e.id === 'note')).toBe(true);
		const reloaded = EventLog.fromSaved(JSON.parse(JSON.stringify(saved)));
		expect(reloaded.entries()).toEqual(sim.events());
		expect(reloaded.summary()).toEqual(sim.eventTotals());
	});
});
