import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type {
	ConflictRule,
	ExpectedKind,
	InconsistentRule,
	Issue,
	IssueCode,
	NameKind,
} from '../../src/engine/issues.ts';
import type { LimitName } from '../../src/engine/limits.ts';
import {
	describeIssue,
	formatIssue,
	issueCatalogue,
	type IssueLang,
} from '../../src/i18n/issues/index.ts';

/**
 * The wording of validator issues: every code, expected kind, limit and rule has a sentence in
 * both languages (the lists below must name every member, or the type check fails), Japanese
 * sentences are Japanese, and no value from the input can put a control character in a sentence.
 */

const LANGS: readonly IssueLang[] = ['ja', 'en'];

const EXPECTED_KINDS = Object.keys({
	string: 1,
	text: 1,
	longText: 1,
	token: 1,
	name: 1,
	prefix: 1,
	domain: 1,
	boolean: 1,
	count: 1,
	minutes: 1,
	number: 1,
	time: 1,
	seed: 1,
	integer: 1,
	duration: 1,
	offset: 1,
	port: 1,
	actType: 1,
	product: 1,
	hostOs: 1,
	group: 1,
	groupOrNull: 1,
	domainOrNull: 1,
	localized: 1,
	serviceCommand: 1,
	date: 1,
	object: 1,
	array: 1,
	action: 1,
	actionType: 1,
	scenario: 1,
	snapshot: 1,
	recordedAction: 1,
	format: 1,
	world: 1,
	zone: 1,
	timeline: 1,
	timelineItem: 1,
	activationObjectName: 1,
	productKey: 1,
	resultCode: 1,
	licenseStatus: 1,
	keyKind: 1,
	activationMethod: 1,
	activationObjectMethod: 1,
	eventId: 1,
	eventKind: 1,
	statusCounts: 1,
	cmidPair: 1,
	cmidTable: 1,
	cmidTables: 1,
	savedLog: 1,
	logTotals: 1,
	nextNumber: 1,
} satisfies Record<ExpectedKind, 1>) as ExpectedKind[];

const LIMITS = Object.keys({
	maxMachines: 1,
	maxAddCount: 1,
	maxHosts: 1,
	maxActions: 1,
	maxActionLogBytes: 1,
	maxMinutes: 1,
	maxEvents: 1,
	maxTimelineRuns: 1,
} satisfies Record<LimitName, 1>) as LimitName[];
const CONFLICTS = Object.keys({
	name_with_count: 1,
	times_without_every: 1,
	every_zero: 1,
	not_in_time_order: 1,
} satisfies Record<ConflictRule, 1>) as ConflictRule[];
const NAME_KINDS = Object.keys({ machine: 1, host: 1, any: 1, zone: 1 } satisfies Record<
	NameKind,
	1
>) as NameKind[];
const RULES = Object.keys({
	index_position: 1,
	expired_before_now: 1,
	licensed_without_activation: 1,
	failed_over_total: 1,
	status_counts_sum: 1,
	cache_per_host: 1,
	cache_size: 1,
	queue_time: 1,
	queue_seq: 1,
	queue_ref_machine: 1,
	queue_ref_host: 1,
	queue_ref_timeline: 1,
	queue_gen: 1,
	attempt_without_gvlk: 1,
	action_after_now: 1,
	cmid_twice: 1,
	cmid_time: 1,
	cmid_order: 1,
} satisfies Record<InconsistentRule, 1>) as InconsistentRule[];

/** One issue of each code, and one of each variant's every kind and rule. */
function samples(value = 'PC999'): Issue[] {
	const got = JSON.stringify(value);
	const one: { [C in IssueCode]: Extract<Issue, { code: C }> } = {
		expected: { path: 'timeline[3].at', code: 'expected', expected: 'duration', got },
		missing: { path: 'world.machines[0].product', code: 'missing' },
		unknown_field: { path: 'world.colour', code: 'unknown_field', allowed: ['domain', value] },
		unknown_name: {
			path: 'timeline[3].machine',
			code: 'unknown_name',
			name: value,
			expected: 'machine',
		},
		duplicate_name: {
			path: 'world.hosts[0].name',
			code: 'duplicate_name',
			name: value,
			usedBy: 'world.machines[1].name',
		},
		host_key_os: {
			path: 'world.hosts[0].hostKey',
			code: 'host_key_os',
			group: 'ws2016',
			os: 'ws2008r2',
		},
		limit: {
			path: 'world.machines',
			code: 'limit',
			limit: 'maxMachines',
			max: 2000,
			value: 10_000_000,
		},
		conflict: { path: 'world.machines[0]', code: 'conflict', rule: 'name_with_count' },
		inconsistent: {
			path: 'queue[0]',
			code: 'inconsistent',
			rule: 'attempt_without_gvlk',
			name: value,
		},
		too_many_issues: { path: '$', code: 'too_many_issues', max: 200 },
	};
	return [
		...Object.values(one),
		...EXPECTED_KINDS.flatMap((expected): Issue[] => [
			{ path: 'x', code: 'expected', expected, got },
			{ path: 'x', code: 'expected', expected, got, nullable: true },
		]),
		...LIMITS.map((limit): Issue => ({ path: 'x', code: 'limit', limit, max: 1000, value: 2000 })),
		...CONFLICTS.map((rule): Issue => ({ path: 'x', code: 'conflict', rule })),
		...NAME_KINDS.map((expected): Issue => ({
			path: 'x',
			code: 'unknown_name',
			name: value,
			expected,
		})),
		...RULES.map((rule): Issue => ({
			path: 'x',
			code: 'inconsistent',
			rule,
			expected: 3,
			got: 4,
			name: value,
		})),
		{ path: 'x', code: 'host_key_os', group: value, os: value },
		{ path: 'x', code: 'inconsistent', rule: `internal: ${value}` },
	];
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hasLoneSurrogate(s: string): boolean {
	return /(?:[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/.test(s);
}

describe('issue wording', () => {
	it('has a sentence for every code, kind, limit and rule in both languages', () => {
		for (const lang of LANGS) {
			const c = issueCatalogue(lang);
			expect(Object.keys(c.expected).sort()).toEqual([...EXPECTED_KINDS].sort());
			expect(Object.keys(c.limits).sort()).toEqual([...LIMITS].sort());
			expect(Object.keys(c.conflicts).sort()).toEqual([...CONFLICTS].sort());
			expect(Object.keys(c.inconsistent).sort()).toEqual([...RULES].sort());
			for (const phrase of Object.values(c.expected)) expect(phrase.trim()).not.toBe('');
			for (const issue of samples()) {
				const sentence = describeIssue(issue, lang);
				expect(sentence.trim(), `${lang} ${JSON.stringify(issue)}`).not.toBe('');
				expect(sentence).not.toBe(issue.code);
			}
		}
	});

	it('gives different sentences for different kinds and rules', () => {
		for (const lang of LANGS) {
			const c = issueCatalogue(lang);
			expect(new Set(Object.values(c.expected)).size).toBe(EXPECTED_KINDS.length);
			const rules = RULES.map((rule) =>
				describeIssue(
					{ path: 'x', code: 'inconsistent', rule, expected: 3, got: 4, name: 'n' },
					lang
				)
			);
			expect(new Set(rules).size).toBe(RULES.length);
		}
	});

	it('writes Japanese in Japanese, and English without it', () => {
		for (const issue of samples()) {
			expect(describeIssue(issue, 'ja'), JSON.stringify(issue)).toMatch(JAPANESE);
			expect(describeIssue(issue, 'en'), JSON.stringify(issue)).not.toMatch(JAPANESE);
		}
	});

	it('words the examples as an administrator would read them', () => {
		const unknown: Issue = {
			path: 'timeline[3].machine',
			code: 'unknown_name',
			name: 'PC999',
			expected: 'machine',
		};
		expect(formatIssue(unknown, 'en')).toBe('timeline[3].machine: no machine named "PC999"');
		expect(formatIssue(unknown, 'ja')).toBe(
			'timeline[3].machine: "PC999" という名前のコンピューターはありません'
		);
		const limit: Issue = {
			path: 'world.machines',
			code: 'limit',
			limit: 'maxMachines',
			max: 2000,
			value: 10_000_000,
		};
		expect(formatIssue(limit, 'en')).toBe('world.machines: at most 2000 machines (got 10000000)');
		expect(formatIssue(limit, 'ja')).toBe(
			'world.machines: コンピューターは 2000 台までです (指定: 10000000)'
		);
		const duration: Issue = {
			path: 'timeline[3].at',
			code: 'expected',
			expected: 'duration',
			got: '12',
		};
		expect(describeIssue(duration, 'en')).toBe(
			'expected a duration like "30d", "36h" or "90m", got 12'
		);
		expect(
			describeIssue(
				{ path: 'x', code: 'expected', expected: 'port', got: '0', nullable: true },
				'en'
			)
		).toBe('expected null or a port number from 1 to 65535, got 0');
		expect(
			describeIssue({ path: 'x', code: 'unknown_name', name: 'KMS9', expected: 'host' }, 'ja')
		).toBe('"KMS9" という名前の KMS ホストはありません');
		expect(
			describeIssue({ path: 'x', code: 'host_key_os', group: 'ws2022', os: 'win10' }, 'ja')
		).toBe(
			'Volume License for Windows Server 2022 のキーは Windows 10 にはインストールできません (0xC004F069)'
		);
		expect(
			describeIssue(
				{ path: 'x', code: 'limit', limit: 'maxMinutes', max: 1096 * 1440, value: 1500 * 1440 },
				'en'
			)
		).toBe('at most 1096d after the start (got 1500d)');
		expect(
			describeIssue(
				{
					path: 'x',
					code: 'limit',
					limit: 'maxMinutes',
					max: 1096 * 1440,
					value: 1500 * 1440 + 90,
				},
				'ja'
			)
		).toBe('シミュレーションできるのは開始から 1096 日までです (指定: 1500 日 1 時間 30 分)');
	});

	it('never throws on an issue it does not know (an issue read back from a file)', () => {
		for (const lang of LANGS) {
			expect(() =>
				describeIssue({ path: 'x', code: 'bogus' } as unknown as Issue, lang)
			).not.toThrow();
			expect(() =>
				describeIssue(
					{ path: 'x', code: 'expected', expected: 'toString', got: '1' } as unknown as Issue,
					lang
				)
			).not.toThrow();
			expect(() =>
				describeIssue(
					{ path: 'x', code: 'limit', limit: 'constructor', max: 1, value: 2 } as unknown as Issue,
					lang
				)
			).not.toThrow();
			expect(() =>
				describeIssue({ path: 'x', code: 'conflict', rule: '__proto__' } as unknown as Issue, lang)
			).not.toThrow();
			expect(describeIssue({ path: 'x', code: 'toString' } as unknown as Issue, lang)).toBe(
				'toString'
			);
		}
	});

	it('escapes control characters from hostile values, in sentences and paths', () => {
		const hostile = fc.oneof(
			fc.constantFrom(
				'\u001b[2J\u001b[31mred',
				'bell\u0007',
				'csi\u009b31m',
				'nul\u0000',
				'line\nbreak',
				'bidi\u202eevil',
				'\ud800lone',
				'x'.repeat(100_000),
				'𠮷😀'
			),
			fc.string({ unit: 'binary', maxLength: 50 })
		);
		fc.assert(
			fc.property(hostile, (value) => {
				const path = `world[${JSON.stringify(value)}]`;
				for (const issue of samples(value))
					for (const lang of LANGS) {
						const line = formatIssue({ ...issue, path }, lang);
						expect(line).not.toMatch(UNSAFE);
						expect(hasLoneSurrogate(line)).toBe(false);
						expect(line.length).toBeLessThan(3000);
					}
			}),
			{ numRuns: 200 }
		);
	});
});
