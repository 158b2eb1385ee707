import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseMethod, cleanCount, type MethodAnswers } from '../../src/tools/methodChooser.ts';

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

	it('cleans bad counts instead of throwing', () => {
		expect(cleanCount(Number.NaN)).toBe(0);
		expect(cleanCount(-3)).toBe(0);
		expect(cleanCount(7.9)).toBe(7);
		fc.assert(
			fc.property(fc.double(), fc.double(), (clients, servers) => {
				const advice = chooseMethod({ ...base, clients, servers });
				expect(['ADBA', 'KMS', 'MAK', 'mix', 'none']).toContain(advice.verdict);
			})
		);
	});
});
