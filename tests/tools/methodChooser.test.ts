import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	CLIENT_ACTIVATION_THRESHOLD,
	SECOND_KMS_HOST_ABOVE_CLIENTS,
	SERVER_ACTIVATION_THRESHOLD,
} from '../../src/data/timers.ts';
import {
	DEFAULT_FORM,
	MAX_COUNT,
	MAX_QUERY_LENGTH,
	chooseMethod,
	formFromQuery,
	parseCount,
	queryFromForm,
	readForm,
	type MethodAnswers,
	type MethodForm,
} from '../../src/tools/methodChooser.ts';

const base: MethodAnswers = {
	domain: 'none',
	versions: 'modern',
	clients: 100,
	servers: 10,
	connection: 'regular',
	isolated: 'no',
	office: false,
};

function methodsOf(answers: Partial<MethodAnswers>): string[] {
	return chooseMethod({ ...base, ...answers }).parts.map((p) => `${p.method}:${p.group}`);
}

describe('chooseMethod', () => {
	it('nothing to activate → none', () => {
		const advice = chooseMethod({ ...base, clients: 0, servers: 0 });
		expect(advice.verdict).toBe('none');
		expect(advice.notes).toContain('no-machines');
	});

	it('all domain members on Windows 8.1 / Server 2012+ → ADBA, no threshold', () => {
		const advice = chooseMethod({ ...base, domain: 'all', clients: 3, servers: 1 });
		expect(advice.verdict).toBe('ADBA');
		expect(methodsOf({ domain: 'all', clients: 3, servers: 1 })).toEqual(['ADBA:all']);
	});

	it('ADBA with Office mentions Office 2013+', () => {
		expect(chooseMethod({ ...base, domain: 'all', office: true }).parts[0]?.reasons).toContain(
			'office-adba'
		);
	});

	it('workgroup with enough machines → KMS', () => {
		const advice = chooseMethod({ ...base, clients: 25, servers: 0 });
		expect(advice.verdict).toBe('KMS');
		expect(advice.parts[0]?.reasons).toContain('kms-threshold-met');
	});

	it('the count is cumulative: 20 clients + 5 servers reach 25', () => {
		expect(chooseMethod({ ...base, clients: 20, servers: 5 }).verdict).toBe('KMS');
	});

	it('servers reach 5 but clients do not reach 25 → KMS for servers, MAK for clients', () => {
		const advice = chooseMethod({ ...base, clients: 10, servers: 6 });
		expect(advice.verdict).toBe('mix');
		expect(advice.parts.map((p) => `${p.method}:${p.group}`)).toEqual([
			'KMS:servers',
			'MAK:clients',
		]);
	});

	it('below every threshold → MAK', () => {
		expect(chooseMethod({ ...base, clients: 3, servers: 1 }).verdict).toBe('MAK');
		expect(chooseMethod({ ...base, clients: 0, servers: 4 }).verdict).toBe('MAK');
	});

	it('servers only, 5 or more → KMS', () => {
		expect(chooseMethod({ ...base, clients: 0, servers: 5 }).verdict).toBe('KMS');
	});

	it('KMS with Office notes the Office threshold and license pack', () => {
		expect(chooseMethod({ ...base, office: true }).parts[0]?.reasons).toContain('office-kms');
	});

	it('some domain members → ADBA for them, KMS for the others, with a note about counting', () => {
		const advice = chooseMethod({ ...base, domain: 'some' });
		expect(advice.verdict).toBe('mix');
		expect(advice.parts.map((p) => `${p.method}:${p.group}`)).toEqual([
			'ADBA:domain-modern',
			'KMS:others',
		]);
		expect(advice.notes).toContain('count-only-kms-users');
	});

	it('all domain members but some older Windows → ADBA plus KMS for the older ones', () => {
		const advice = chooseMethod({ ...base, domain: 'all', versions: 'some-older' });
		expect(advice.parts.map((p) => `${p.method}:${p.group}`)).toEqual([
			'ADBA:domain-modern',
			'KMS:others',
		]);
		expect(advice.parts[1]?.reasons).toContain('older-need-kms');
	});

	it('mixed domain, too few machines for KMS → ADBA plus MAK', () => {
		expect(methodsOf({ domain: 'some', clients: 4, servers: 0 })).toEqual([
			'ADBA:domain-modern',
			'MAK:others',
		]);
	});

	it('machines away for more than 180 days get MAK', () => {
		const advice = chooseMethod({ ...base, domain: 'all', connection: 'some-away' });
		expect(advice.verdict).toBe('mix');
		expect(advice.parts.at(-1)).toEqual({ method: 'MAK', group: 'away', reasons: ['away-180'] });
	});

	it('a closed isolated network gets MAK (VAMT proxy activation)', () => {
		expect(methodsOf({ isolated: 'closed' })).toContain('MAK:isolated');
	});

	it('an isolated network that reaches a central host on TCP 1688 needs no extra method', () => {
		const advice = chooseMethod({ ...base, isolated: 'reaches-central' });
		expect(advice.verdict).toBe('KMS');
		expect(advice.notes).toContain('isolated-central');
	});

	it('more than 50 clients on KMS → recommend a second host', () => {
		expect(chooseMethod({ ...base, clients: 51 }).notes).toContain('two-hosts');
		expect(chooseMethod({ ...base, clients: 50 }).notes).not.toContain('two-hosts');
		expect(chooseMethod({ ...base, domain: 'all', clients: 500 }).notes).not.toContain('two-hosts');
	});

	it('a workgroup with 10 clients and 2 servers → MAK for all: clients on MAK would not count', () => {
		const advice = chooseMethod({ ...base, clients: 10, servers: 2 });
		expect(advice.verdict).toBe('MAK');
		expect(methodsOf({ clients: 10, servers: 2 })).toEqual(['MAK:all']);
		expect(advice.parts[0]?.reasons).toContain('clients-leave-count');
		expect(advice.kmsCount).toBe(0);
	});

	it('never puts machines on KMS that its own KMS machines cannot activate', () => {
		// The machines on KMS are the only ones the host counts: each must reach its threshold.
		const counts = fc.integer({ min: 0, max: 200 });
		const choice = <T>(values: readonly T[]) => fc.constantFrom(...values);
		fc.assert(
			fc.property(
				counts,
				counts,
				choice(['all', 'some', 'none'] as const),
				choice(['modern', 'some-older'] as const),
				(clients, servers, domain, versions) => {
					const advice = chooseMethod({ ...base, clients, servers, domain, versions });
					const kms = advice.parts.filter((p) => p.method === 'KMS');
					for (const part of kms) {
						if (part.group !== 'servers' && clients > 0) {
							expect(advice.kmsCount).toBeGreaterThanOrEqual(CLIENT_ACTIVATION_THRESHOLD);
						}
						expect(advice.kmsCount).toBeGreaterThanOrEqual(SERVER_ACTIVATION_THRESHOLD);
					}
					if (kms.length === 0) expect(advice.kmsCount).toBe(0);
				}
			)
		);
	});

	it('thresholds come from src/data: one below each is not enough', () => {
		expect(
			chooseMethod({ ...base, clients: CLIENT_ACTIVATION_THRESHOLD - 1, servers: 0 }).verdict
		).toBe('MAK');
		expect(
			chooseMethod({ ...base, clients: 0, servers: SERVER_ACTIVATION_THRESHOLD - 1 }).verdict
		).toBe('MAK');
		expect(chooseMethod({ ...base, clients: SECOND_KMS_HOST_ABOVE_CLIENTS + 1 }).notes).toContain(
			'two-hosts'
		);
	});

	it('refuses counts that are not whole numbers from 0 to MAX_COUNT', () => {
		expect(() => chooseMethod({ ...base, clients: -5 })).toThrow(RangeError);
		expect(() => chooseMethod({ ...base, servers: 2.5 })).toThrow(RangeError);
		expect(() => chooseMethod({ ...base, servers: Number.NaN })).toThrow(RangeError);
		expect(() => chooseMethod({ ...base, clients: MAX_COUNT + 1 })).toThrow(RangeError);
		expect(chooseMethod({ ...base, clients: MAX_COUNT, servers: MAX_COUNT }).verdict).toBe('KMS');
	});
});

describe('parseCount', () => {
	it('accepts whole numbers from 0 to MAX_COUNT', () => {
		expect(parseCount('0')).toEqual({ ok: true, value: 0 });
		expect(parseCount(' 25 ')).toEqual({ ok: true, value: 25 });
		expect(parseCount(String(MAX_COUNT))).toEqual({ ok: true, value: MAX_COUNT });
	});

	it('names what is wrong with anything else', () => {
		expect(parseCount('-5')).toEqual({ ok: false, problem: 'negative' });
		expect(parseCount('-0')).toEqual({ ok: false, problem: 'negative' });
		expect(parseCount('')).toEqual({ ok: false, problem: 'empty' });
		expect(parseCount('  ')).toEqual({ ok: false, problem: 'empty' });
		expect(parseCount('2.5')).toEqual({ ok: false, problem: 'not-whole' });
		expect(parseCount('1e3')).toEqual({ ok: false, problem: 'not-whole' });
		expect(parseCount('abc')).toEqual({ ok: false, problem: 'not-whole' });
		expect(parseCount(String(MAX_COUNT + 1))).toEqual({ ok: false, problem: 'too-large' });
		expect(parseCount('9'.repeat(400))).toEqual({ ok: false, problem: 'too-large' });
		expect(parseCount('-' + '9'.repeat(400))).toEqual({ ok: false, problem: 'negative' });
	});

	it('any text gets a value or a problem, and a value is always valid', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30 }), (text) => {
				const result = parseCount(text);
				if (result.ok) {
					expect(Number.isInteger(result.value)).toBe(true);
					expect(result.value).toBeGreaterThanOrEqual(0);
					expect(result.value).toBeLessThanOrEqual(MAX_COUNT);
					expect(() => chooseMethod({ ...base, clients: result.value })).not.toThrow();
				} else {
					expect(['empty', 'negative', 'not-whole', 'too-large']).toContain(result.problem);
				}
			})
		);
	});
});

describe('the form in the page address', () => {
	const workgroup: MethodForm = {
		domain: 'none',
		versions: 'some-older',
		clients: '10',
		servers: '2',
		connection: 'some-away',
		isolated: 'closed',
		office: true,
	};

	it('round-trips through the query string', () => {
		expect(formFromQuery(queryFromForm(workgroup))).toEqual(workgroup);
		expect(formFromQuery(queryFromForm(DEFAULT_FORM))).toEqual(DEFAULT_FORM);
		const choice = <T>(values: readonly T[]) => fc.constantFrom(...values);
		fc.assert(
			fc.property(
				fc.record({
					domain: choice(['all', 'some', 'none'] as const),
					versions: choice(['modern', 'some-older'] as const),
					clients: fc.string({ maxLength: 12 }),
					servers: fc.string({ maxLength: 12 }),
					connection: choice(['regular', 'some-away'] as const),
					isolated: choice(['no', 'reaches-central', 'closed'] as const),
					office: fc.boolean(),
				}),
				(form) => {
					const query = queryFromForm(form);
					if (query.length <= MAX_QUERY_LENGTH) expect(formFromQuery(query)).toEqual(form);
				}
			)
		);
	});

	it('reads the 10 clients + 2 servers workgroup from a link', () => {
		const form = formFromQuery('?domain=none&clients=10&servers=2');
		const read = readForm(form);
		expect(read.ok).toBe(true);
		if (read.ok) expect(chooseMethod(read.answers).verdict).toBe('MAK');
	});

	it('keeps a refused count as typed and says why', () => {
		const form = formFromQuery('?domain=none&clients=-5&servers=2');
		expect(form.clients).toBe('-5');
		expect(readForm(form)).toEqual({ ok: false, problems: { clients: 'negative' } });
	});

	it('ignores unknown values, unknown keys and oversized input', () => {
		expect(formFromQuery('?domain=__proto__&versions=x&isolated=&office=1&toString=1')).toEqual(
			DEFAULT_FORM
		);
		expect(formFromQuery('?clients=' + '9'.repeat(MAX_QUERY_LENGTH))).toEqual(DEFAULT_FORM);
		const long = formFromQuery('?clients=' + '9'.repeat(50));
		expect(readForm(long)).toEqual({ ok: false, problems: { clients: 'too-large' } });
		expect(formFromQuery('')).toEqual(DEFAULT_FORM);
	});
});
