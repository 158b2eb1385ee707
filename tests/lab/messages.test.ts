import { describe, expect, it } from 'vitest';
import type { LogContact } from '../../src/engine/index.ts';
import { SUCCESS } from '../../src/engine/index.ts';
import { MINUTES_PER_DAY } from '../../src/data/timers.ts';
import {
	LEG_MS,
	MAX_FLIGHTS,
	NO_ANSWER_STOP,
	OUTCOME_CLASS,
	OUTCOME_GLYPH,
	PULSE_MACHINES,
	PULSE_MS,
	STAGGER_MS,
	exchangeOf,
	flightAt,
	hostIndexOf,
	newest,
	outcomeOf,
	planBatch,
	planMs,
	pulseAt,
	summarised,
} from '../../src/lab/messages.ts';
import { fieldLink } from '../../src/lab/messageLinks.ts';

const HOSTS = [
	{ name: 'KMS01', fqdn: 'KMS01.corp.contoso.com' },
	{ name: 'KMS02', fqdn: 'KMS02.corp.contoso.com' },
];

function contact(extra: Partial<LogContact> = {}): LogContact {
	return {
		time: 0,
		client: 'PC001',
		lookup: 'corp.contoso.com',
		request: true,
		target: 'KMS01.corp.contoso.com',
		port: 1688,
		host: 'KMS01',
		result: SUCCESS,
		cmid: 'c',
		nPolicy: 25,
		count: 25,
		...extra,
	};
}
const answeredFailure = contact({ result: '0xC004F038', count: 3 });
const lost = contact({ host: null, result: '0x800706BA', count: 0 });
const noRecord = contact({ request: false, host: null, target: '', port: 0, result: '0x8007232B' });
const skms = contact({ lookup: null });

describe('outcomes', () => {
	it('is success, failure or no answer, each with its own class and glyph', () => {
		expect(outcomeOf(contact())).toBe('ok');
		expect(outcomeOf(answeredFailure)).toBe('fail');
		expect(outcomeOf(lost)).toBe('none');
		expect(outcomeOf(noRecord)).toBe('fail');
		expect(new Set(Object.values(OUTCOME_CLASS)).size).toBe(3);
		expect(new Set(Object.values(OUTCOME_GLYPH)).size).toBe(3);
	});
});

describe('legs of an exchange', () => {
	it('discovery: SRV query and answer on the DNS link, then request and response on the host link', () => {
		const e = exchangeOf(contact({ host: 'KMS02', target: 'KMS02.corp.contoso.com' }), HOSTS, 0);
		expect(e.legs.map((l) => [l.kind, l.link])).toEqual([
			['query', 'dns'],
			['answer', 'dns'],
			['request', 1],
			['response', 1],
		]);
		expect(e.ms).toBe(LEG_MS.query + LEG_MS.answer + LEG_MS.request + LEG_MS.response);
	});

	it('a host set with /skms (or cached): no DNS legs', () => {
		expect(exchangeOf(skms, HOSTS, 0).legs.map((l) => l.kind)).toEqual(['request', 'response']);
	});

	it('no SRV record: the lookup alone, no request', () => {
		expect(exchangeOf(noRecord, HOSTS, 0).legs.map((l) => l.kind)).toEqual(['query', 'answer']);
	});

	it('no answer: the request stops short of the host and nothing comes back', () => {
		const e = exchangeOf(lost, HOSTS, 0);
		expect(e.legs.map((l) => l.kind)).toEqual(['query', 'answer', 'request']);
		const end = flightAt(e, e.ms - 1);
		expect(end?.leg.kind).toBe('request');
		expect(end!.at).toBeLessThanOrEqual(NO_ANSWER_STOP);
		expect(end!.at).toBeGreaterThan(NO_ANSWER_STOP - 0.05);
	});

	it('finds the host of an unanswered request by its DNS name', () => {
		expect(hostIndexOf(contact({ host: null, target: 'kms02.CORP.contoso.com' }), HOSTS)).toBe(1);
		expect(hostIndexOf(contact({ host: null, target: 'elsewhere.example' }), HOSTS)).toBeNull();
	});
});

describe('positions', () => {
	const e = exchangeOf(contact(), HOSTS, STAGGER_MS);
	it('is nowhere before its start and after its end', () => {
		expect(flightAt(e, STAGGER_MS - 1)).toBeNull();
		expect(flightAt(e, STAGGER_MS + e.ms)).toBeNull();
	});
	it('goes out to the server and comes back', () => {
		const q = flightAt(e, STAGGER_MS + LEG_MS.query / 2)!;
		expect(q.leg.kind).toBe('query');
		expect(q.at).toBeCloseTo(0.5);
		const a = flightAt(e, STAGGER_MS + LEG_MS.query + LEG_MS.answer / 4)!;
		expect(a.leg.kind).toBe('answer');
		expect(a.at).toBeCloseTo(0.75);
		const r = flightAt(e, STAGGER_MS + LEG_MS.query + LEG_MS.answer + LEG_MS.request + 1)!;
		expect(r.leg.kind).toBe('response');
		expect(r.at).toBeGreaterThan(0.99);
	});
	it('moves a pulse out and back within its time', () => {
		expect(pulseAt(0)).toBe(0);
		expect(pulseAt(PULSE_MS / 2)).toBeCloseTo(1);
		expect(pulseAt(PULSE_MS)).toBeNull();
	});
});

describe('summarising', () => {
	it('draws a handful of contacts one by one, in a small network at a slow clock', () => {
		const plan = planBatch([lost, contact()], HOSTS, 30, 60);
		expect(plan.mode).toBe('flights');
		if (plan.mode !== 'flights') return;
		expect(plan.exchanges.map((e) => e.start)).toEqual([0, STAGGER_MS]);
		expect(planMs(plan)).toBe(STAGGER_MS + plan.exchanges[1]!.ms);
	});

	it('summarises above the thresholds: contacts per batch, machines, clock speed', () => {
		expect(summarised(MAX_FLIGHTS, PULSE_MACHINES, MINUTES_PER_DAY)).toBe(false);
		expect(summarised(MAX_FLIGHTS + 1, 1, 60)).toBe(true);
		expect(summarised(1, PULSE_MACHINES + 1, 60)).toBe(true);
		expect(summarised(1, 1, 7 * MINUTES_PER_DAY)).toBe(true);
	});

	it('gives one pulse per link with counts by outcome', () => {
		const batch = [
			contact(),
			contact(),
			answeredFailure,
			lost,
			noRecord,
			skms,
			contact({ host: 'KMS02', target: 'KMS02.corp.contoso.com', lookup: null }),
		];
		const plan = planBatch(batch, HOSTS, 1000, 60);
		expect(plan.mode).toBe('pulses');
		if (plan.mode !== 'pulses') return;
		expect(plan.total).toBe(7);
		expect(plan.pulses).toEqual([
			{ link: 'dns', total: 5, ok: 4, fail: 1, none: 0 },
			{ link: 0, total: 5, ok: 3, fail: 1, none: 1 },
			{ link: 1, total: 1, ok: 1, fail: 0, none: 0 },
		]);
		expect(planMs(plan)).toBe(PULSE_MS);
	});

	it('lists the newest first', () => {
		expect(newest([1, 2, 3, 4], 3)).toEqual([4, 3, 2]);
		expect(newest([1], 3)).toEqual([1]);
	});
});

describe('field links', () => {
	it('go to the glossary, the guide and the error reference, under /en/ in English', () => {
		expect(fieldLink('cmid', 'en')).toBe('/en/guides/glossary/#cmid');
		expect(fieldLink('nPolicy', 'ja')).toBe('/guides/glossary/#threshold');
		expect(fieldLink('result', 'en', '0xC004F038')).toBe('/en/guides/error-codes/#0xc004f038');
		expect(fieldLink('result', 'en', SUCCESS)).toBe(
			'/en/guides/how-kms-works/#the-request-and-the-response'
		);
		expect(fieldLink('host', 'ja')).toBe('/guides/how-kms-works/#要求と応答のやり取り');
	});
});
