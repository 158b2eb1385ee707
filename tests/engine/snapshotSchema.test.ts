import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	LAB_LIMITS,
	createSimulation,
	restoreSimulation,
	type Issue,
	type Snapshot,
} from '../../src/engine/index.ts';
import { validateSnapshot } from '../../src/engine/snapshotSchema.ts';
import { formatIssue } from '../../src/i18n/issues/index.ts';
import { DAY, loadPreset, minutes } from './helpers.ts';

/** Presets that between them use every part of the world: two hosts, ADBA, MAK, clones, timelines. */
const PRESETS = [
	'threshold',
	'two-hosts',
	'adba',
	'mak',
	'cloned-image',
	'old-host-key',
	'laptop-away',
	'dns-missing',
];

/** A snapshot after running `name` for `days` (or to its end), through JSON like a saved state. */
function snapshotOf(name: string, days?: number): Snapshot {
	const scenario = loadPreset(name);
	const sim = createSimulation(scenario);
	sim.advanceTo(days !== undefined ? days * DAY : minutes(scenario.until ?? '30d'));
	return JSON.parse(JSON.stringify(sim.snapshot())) as Snapshot;
}

/** A mutable copy of a snapshot, as loose JSON. */
function copy(s: Snapshot): Record<string, any> {
	return structuredClone(s);
}

function issuesOf(value: unknown): Issue[] {
	const r = validateSnapshot(value);
	return r.ok ? [] : r.issues;
}

/** The issues in English, `path: sentence`. */
function errorsOf(value: unknown): string[] {
	return issuesOf(value).map((i) => formatIssue(i, 'en'));
}

/** "world.machines[3].status", "caches[0][2]", "$", "world.nextNumber[\"a b\"]": a JSON path. */
const A_PATH = /^(\$|[A-Za-z_][\w]*)(\.[\w-]+|\[\d+\]|\["[^"]*"\])*$/;

describe('snapshot validator: real snapshots', () => {
	it.each(PRESETS)('accepts %s at the start, midway and at the end', (name) => {
		for (const days of [0, 3, undefined]) {
			const snap = snapshotOf(name, days);
			expect(issuesOf(snap)).toEqual([]);
			const r = validateSnapshot(snap);
			expect(r.ok && r.snapshot).toBe(snap);
		}
	});

	it('accepts a host with or without updatesInstalled, but only as a boolean', () => {
		const s = copy(snapshotOf('two-hosts', 2));
		delete s.world.hosts[0].updatesInstalled;
		expect(issuesOf(s)).toEqual([]);
		s.world.hosts[0].updatesInstalled = false;
		expect(issuesOf(s)).toEqual([]);
		s.world.hosts[0].updatesInstalled = 'yes';
		expect(issuesOf(s)).toEqual([
			{
				path: 'world.hosts[0].updatesInstalled',
				code: 'expected',
				expected: 'boolean',
				got: '"yes"',
			},
		]);
		expect(errorsOf(s)).toEqual([
			'world.hosts[0].updatesInstalled: expected true or false, got "yes"',
		]);
	});
});

describe('snapshot validator: saves from before SRV names had owners and 12294 was logged', () => {
	it('accepts a zone without srvOwner and srvGrants, and totals without e12294; the restored run defaults them', () => {
		const s = copy(snapshotOf('threshold', 2));
		expect(s.world.zones[0]).toMatchObject({ srvOwner: 'KMS01', srvGrants: [] });
		expect(s.log.totals.e12294).toBeGreaterThan(0);
		for (const z of s.world.zones) {
			delete z.srvOwner;
			delete z.srvGrants;
		}
		delete s.log.totals.e12294;
		s.log.entries = s.log.entries.filter((e: { id: unknown }) => e.id !== 12294);
		expect(issuesOf(s)).toEqual([]);
		const sim = restoreSimulation(s);
		expect(sim.zone('corp.contoso.com')).toMatchObject({ srvOwner: null, srvGrants: [] });
		expect(sim.eventTotals().totals.e12294).toBe(0);
		sim.runFor(DAY);
		expect(sim.eventTotals().totals.e12294).toBe(1);
	});

	it('checks srvOwner and srvGrants when present', () => {
		const s = copy(snapshotOf('threshold', 0));
		s.world.zones[0].srvOwner = 5;
		s.world.zones[0].srvGrants = ['KMS 02'];
		expect(issuesOf(s).map((i) => [i.path, i.code])).toEqual([
			['world.zones[0].srvOwner', 'expected'],
			['world.zones[0].srvGrants[0]', 'expected'],
		]);
	});
});

describe('snapshot validator: damaged snapshots', () => {
	const base = snapshotOf('two-hosts', 5);

	function damagedIssues(change: (s: Record<string, any>) => void): Issue[] {
		const s = copy(base);
		change(s);
		return issuesOf(s);
	}

	function damaged(change: (s: Record<string, any>) => void): string[] {
		return damagedIssues(change).map((i) => formatIssue(i, 'en'));
	}

	it('rejects a value that is not a saved state, and another format', () => {
		expect(issuesOf(null)).toEqual([
			{ path: '$', code: 'expected', expected: 'snapshot', got: 'null' },
		]);
		expect(errorsOf(null)).toEqual([
			'$: expected a saved simulation state (an object with "format": "kms-lab-sim/1"), got null',
		]);
		expect(formatIssue(issuesOf(null)[0] as Issue, 'ja')).toBe(
			'$: 保存したシミュレーションの状態 ("format": "kms-lab-sim/1" を持つオブジェクト)を指定してください (指定値: null)'
		);
		expect(issuesOf([])[0]).toMatchObject({ path: '$', expected: 'snapshot' });
		expect(damaged((s) => (s.format = 'kms-lab-sim/2'))).toEqual([
			'format: expected "kms-lab-sim/1", got "kms-lab-sim/2"',
		]);
	});

	it('names the path, what was expected and what was found', () => {
		expect(damaged((s) => (s.now = 'later'))).toContain(
			'now: expected a number of minutes ≥ 0, got "later"'
		);
		expect(damaged((s) => (s.now = -5))).toContain('now: expected a number of minutes ≥ 0, got -5');
		expect(damagedIssues((s) => (s.rng = 2 ** 40))).toEqual([
			{ path: 'rng', code: 'expected', expected: 'seed', got: '1099511627776' },
		]);
		expect(damagedIssues((s) => delete s.world.machines[1].status)).toEqual([
			{ path: 'world.machines[1].status', code: 'missing' },
		]);
		expect(damaged((s) => (s.world.machines[1].status = 9))).toEqual([
			'world.machines[1].status: expected a license status 0–6, got 9',
		]);
		expect(damaged((s) => (s.world.machines[0].attemptGen = 1.5))).toContain(
			'world.machines[0].attemptGen: expected a whole number ≥ 0, got 1.5'
		);
		expect(damagedIssues((s) => (s.world.machines[0].product = 'win12-pro'))[0]).toMatchObject({
			path: 'world.machines[0].product',
			code: 'expected',
			expected: 'product',
		});
		expect(damagedIssues((s) => (s.world.machines[0].lastResult = 'C004F074'))[0]).toEqual({
			path: 'world.machines[0].lastResult',
			code: 'expected',
			expected: 'resultCode',
			got: '"C004F074"',
			nullable: true,
		});
		expect(damaged((s) => (s.world.machines[0].lastResult = 'C004F074'))[0]).toMatch(
			/^world\.machines\[0\]\.lastResult: expected null or a result code like "0xC004F074"/
		);
		expect(damaged((s) => (s.world.machines[0].colour = 'blue'))[0]).toMatch(
			/^world\.machines\[0\]\.colour: unknown field; allowed: index, name, /
		);
		expect(damaged((s) => (s.world.hosts[1].os = 'ws2003'))[0]).toMatch(
			/^world\.hosts\[1\]\.os: expected a host OS: ws2025, .*ws2008r2/
		);
		expect(damagedIssues((s) => (s.world.hosts[0].hostKey = 'ws2012'))[0]).toMatchObject({
			path: 'world.hosts[0].hostKey',
			expected: 'groupOrNull',
		});
		expect(damagedIssues((s) => (s.world.hosts[0].counters.byStatus = [0, 0]))[0]).toMatchObject({
			path: 'world.hosts[0].counters.byStatus',
			expected: 'statusCounts',
		});
		expect(damaged((s) => (s.world.hosts[0].port = 70000))).toEqual([
			'world.hosts[0].port: expected a port number from 1 to 65535, got 70000',
		]);
		expect(damaged((s) => (s.log.entries = [{ id: 4625, time: 0, computer: 'PC001' }]))).toEqual([
			'log.entries[0].id: expected a known event id (12288, 12289, 12290, 12293, 12294 or "note"), got 4625',
		]);
		expect(damaged((s) => (s.log.limit = 'all'))).toEqual([
			'log.limit: expected a whole number ≥ 0, got "all"',
		]);
		expect(damagedIssues((s) => (s.scenario.world.hosts[0].os = 'ws2099'))[0]).toMatchObject({
			path: 'scenario.world.hosts[0].os',
			expected: 'hostOs',
		});
		expect(
			damagedIssues((s) => (s.actionLog = [{ at: 0, action: { type: 'fly' } }]))[0]
		).toMatchObject({ path: 'actionLog[0].action.type', expected: 'actionType' });
	});

	it('checks names, keys and prefixes as the scenario validator does', () => {
		expect(damagedIssues((s) => (s.world.machines[0].name = 'PC 001'))[0]).toMatchObject({
			path: 'world.machines[0].name',
			expected: 'name',
		});
		expect(damagedIssues((s) => (s.world.zones[0].name = 'corp..contoso.com'))[0]).toMatchObject({
			path: 'world.zones[0].name',
			expected: 'domain',
		});
		expect(damagedIssues((s) => (s.world.machines[0].cmid = 'a\u001bb'))[0]).toMatchObject({
			path: 'world.machines[0].cmid',
			expected: 'token',
		});
		// Keys of nextNumber become property names in the engine: only valid prefixes.
		for (const prefix of ['__proto__', 'constructor', 'toString', 'valueOf', 'a b'])
			expect(
				damagedIssues((s) => (s.world.nextNumber = JSON.parse(`{ ${JSON.stringify(prefix)}: 3 }`))),
				prefix
			).toEqual([
				{
					path: prefix === 'a b' ? 'world.nextNumber["a b"]' : `world.nextNumber.${prefix}`,
					code: 'expected',
					expected: 'prefix',
					got: JSON.stringify(prefix),
				},
			]);
		expect(
			damagedIssues(
				(s) =>
					(s.log.totals = JSON.parse(
						'{ "e12288": 0, "e12289": 0, "e12290": 0, "e12293": 0, "e12294": 0, "note": 0, "__proto__": 1 }'
					))
			)
		).toEqual([
			{
				path: 'log.totals.__proto__',
				code: 'unknown_field',
				allowed: ['e12288', 'e12289', 'e12290', 'e12293', 'e12294', 'note'],
			},
		]);
	});

	it("applies the caller's limits, to the scenario inside as well", () => {
		const r = validateSnapshot(copy(base), { ...LAB_LIMITS, maxMachines: 3, maxHosts: 1 });
		const n = base.world.machines.length;
		expect(r.ok ? [] : r.issues).toEqual([
			{ path: 'scenario.world.machines', code: 'limit', limit: 'maxMachines', max: 3, value: n },
			{ path: 'scenario.world.hosts', code: 'limit', limit: 'maxHosts', max: 1, value: 2 },
			{ path: 'world.machines', code: 'limit', limit: 'maxMachines', max: 3, value: n },
			{ path: 'world.hosts', code: 'limit', limit: 'maxHosts', max: 1, value: 2 },
		]);
		// Default: the widest profile (the CLI's).
		expect(damagedIssues((s) => (s.now = 5000 * DAY))).toContainEqual({
			path: 'now',
			code: 'limit',
			limit: 'maxMinutes',
			max: 3653 * DAY,
			value: 5000 * DAY,
		});
	});

	it('checks that indexes and references point at what exists', () => {
		expect(damagedIssues((s) => (s.world.machines[2].index = 7))).toEqual([
			{
				path: 'world.machines[2].index',
				code: 'inconsistent',
				rule: 'index_position',
				expected: 2,
				got: 7,
			},
		]);
		expect(damaged((s) => (s.world.machines[2].index = 7))).toEqual([
			'world.machines[2].index: expected 2 (its position in the list), got 7',
		]);
		const duplicate = damagedIssues(
			(s) => (s.world.machines[1].name = s.world.hosts[0].name.toLowerCase())
		);
		expect(duplicate).toEqual([
			{
				path: 'world.hosts[0].name',
				code: 'duplicate_name',
				name: base.world.hosts[0]!.name,
				usedBy: 'world.machines[1].name',
			},
		]);
		expect(formatIssue(duplicate[0] as Issue, 'en')).toMatch(
			/^world\.hosts\[0\]\.name: the name "KMS\w+" is already used by world\.machines\[1\]\.name$/i
		);
		expect(formatIssue(duplicate[0] as Issue, 'ja')).toMatch(
			/^world\.hosts\[0\]\.name: "KMS\w+" という名前は既に使われています \(world\.machines\[1\]\.name\)$/
		);
		const machines = base.world.machines.length;
		expect(
			damaged((s) => {
				s.queue[0].kind = 0;
				s.queue[0].ref = machines;
			})
		).toEqual([
			`queue[0].ref: expected the index of an existing machine (0–${machines - 1}), got ${machines}`,
		]);
		expect(
			damagedIssues((s) => {
				s.queue[0].kind = 3;
				s.queue[0].ref = 2;
			})
		).toEqual([
			{ path: 'queue[0].ref', code: 'inconsistent', rule: 'queue_ref_host', expected: 1, got: 2 },
		]);
		expect(damagedIssues((s) => (s.queue[0].kind = 5))[0]).toMatchObject({
			path: 'queue[0].kind',
			expected: 'eventKind',
		});
		expect(damagedIssues((s) => (s.queue[0].t = s.now - 1))[0]).toMatchObject({
			path: 'queue[0].t',
			rule: 'queue_time',
		});
		expect(damagedIssues((s) => (s.seq = 0))[0]).toMatchObject({
			code: 'inconsistent',
			rule: 'queue_seq',
			expected: 0,
		});
		expect(
			damagedIssues((s) => {
				s.queue[0].kind = 0;
				s.queue[0].ref = 0;
				s.queue[0].gen = s.world.machines[0].attemptGen + 1;
			})
		).toEqual([
			{
				path: 'queue[0].gen',
				code: 'inconsistent',
				rule: 'queue_gen',
				expected: base.world.machines[0]!.attemptGen,
				got: base.world.machines[0]!.attemptGen + 1,
			},
		]);
		expect(damaged((s) => s.caches.pop())).toEqual([
			'caches: expected one CMID table per host (2), got 1',
		]);
	});

	it('checks the engine invariants a world must keep', () => {
		const licensed = base.world.machines.findIndex((m) => m.status === 1 && !m.removed);
		expect(licensed).toBeGreaterThanOrEqual(0);
		expect(damagedIssues((s) => (s.world.machines[licensed].activatedAt = null))).toEqual([
			{
				path: `world.machines[${licensed}].status`,
				code: 'inconsistent',
				rule: 'licensed_without_activation',
			},
		]);
		expect(damaged((s) => (s.world.machines[licensed].expiresAt = s.now - 1))).toEqual([
			`world.machines[${licensed}].expiresAt: the state ended at ${base.now - 1}, before now (${base.now})`,
		]);
		expect(
			damagedIssues(
				(s) => (s.world.hosts[0].counters.failed = s.world.hosts[0].counters.total + 1)
			)[0]
		).toMatchObject({ path: 'world.hosts[0].counters.failed', rule: 'failed_over_total' });
		expect(damagedIssues((s) => (s.world.hosts[0].counters.byStatus[6] += 1))[0]).toMatchObject({
			path: 'world.hosts[0].counters.byStatus',
			rule: 'status_counts_sum',
		});
		expect(damagedIssues((s) => (s.world.hosts[0].highestThreshold = 1))[0]).toMatchObject({
			path: 'caches[0]',
			rule: 'cache_size',
			expected: 2,
		});
		// A pending attempt for a machine whose key is not a GVLK (the engine does not check the key again).
		const pending = base.queue.findIndex(
			(e) => e.kind === 0 && e.gen === base.world.machines[e.ref]!.attemptGen
		);
		expect(pending).toBeGreaterThanOrEqual(0);
		const owner = base.world.machines[base.queue[pending]!.ref]!;
		const notGvlk = damagedIssues(
			(s) =>
				(s.world.machines[owner.index].key = {
					kind: 'mak',
					key: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
					partial: 'EEEEE',
				})
		);
		expect(notGvlk).toEqual([
			{
				path: `queue[${pending}]`,
				code: 'inconsistent',
				rule: 'attempt_without_gvlk',
				name: owner.name,
			},
		]);
		expect(formatIssue(notGvlk[0] as Issue, 'en')).toBe(
			`queue[${pending}]: a pending activation attempt for "${owner.name}", whose installed key is not a GVLK (only GVLK machines attempt on their own)`
		);
		expect(formatIssue(notGvlk[0] as Issue, 'ja')).toContain('ライセンス認証');
	});

	it('checks the hosts’ CMID tables: [string, number] pairs, oldest first, each CMID once', () => {
		const withEntries = base.caches.findIndex((c) => c.length >= 2);
		expect(withEntries).toBeGreaterThanOrEqual(0);
		const p = `caches[${withEntries}]`;
		expect(damaged((s) => (s.caches[withEntries][0] = ['abc', 'yesterday']))).toEqual([
			`${p}[0]: expected a [cmid, lastSeen] pair like ["3f2a…", 1440], got ["abc","yesterday"]`,
		]);
		expect(
			damagedIssues((s) => (s.caches[withEntries][0] = { cmid: 'abc', seen: 0 }))[0]
		).toMatchObject({ path: `${p}[0]`, expected: 'cmidPair' });
		expect(
			damagedIssues((s) => s.caches[withEntries].reverse()).some(
				(i) => i.code === 'inconsistent' && i.rule === 'cmid_order'
			)
		).toBe(true);
		expect(
			damagedIssues((s) => (s.caches[withEntries][1][0] = s.caches[withEntries][0][0])).some(
				(i) => i.code === 'inconsistent' && i.rule === 'cmid_twice'
			)
		).toBe(true);
		expect(damagedIssues((s) => (s.caches[withEntries][1][1] = s.now + 1))).toContainEqual({
			path: `${p}[1][1]`,
			code: 'inconsistent',
			rule: 'cmid_time',
			expected: base.now,
			got: base.now + 1,
		});
	});

	it('does not throw on values JSON cannot express', () => {
		const cyclic = copy(base);
		cyclic.world.machines[0].key = cyclic;
		const withBigInt = copy(base);
		withBigInt.now = 10n;
		const nullProto = copy(base);
		nullProto.world.hosts[0] = Object.assign(Object.create(null), { name: 1 });
		for (const v of [cyclic, withBigInt, nullProto, undefined, 5, 'snapshot', () => 1]) {
			expect(() => validateSnapshot(v)).not.toThrow();
			expect(validateSnapshot(v).ok).toBe(false);
		}
	});

	it('stops listing after 200 problems', () => {
		const issues = damagedIssues((s) => {
			for (const m of s.world.machines) for (const k of Object.keys(m)) m[k] = 'x\u0000';
		});
		expect(issues).toHaveLength(201);
		expect(issues[200]).toEqual({ path: '$', code: 'too_many_issues', max: 200 });
		expect(formatIssue(issues[200] as Issue, 'en')).toBe(
			'$: more than 200 problems; the rest are not listed'
		);
	});
});

// ---------------------------------------------------------------- random damage

type Path = readonly (string | number)[];

/** Every path to a value inside `value` (objects and arrays included). */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
	if (typeof value === 'object' && value !== null) {
		for (const [k, v] of Array.isArray(value)
			? value.map((v, i) => [i, v] as const)
			: Object.entries(value)) {
			const p = [...prefix, k];
			out.push(p);
			pathsOf(v, p, out);
		}
	}
	return out;
}

type Mutation =
	{ kind: 'delete' } | { kind: 'replace'; value: unknown } | { kind: 'outOfRange'; delta: number };

function mutate(root: Record<string, any>, path: Path, m: Mutation): void {
	let parent: any = root;
	for (const k of path.slice(0, -1)) parent = parent[k];
	const key = path[path.length - 1] as string | number;
	if (m.kind === 'delete') {
		if (Array.isArray(parent)) parent.splice(key as number, 1);
		else delete parent[key];
	} else if (m.kind === 'replace') parent[key] = m.value;
	else {
		// A number just past an edge: an index or count one too far, a negative one, a fraction.
		const old = parent[key];
		parent[key] =
			typeof old === 'number'
				? old + m.delta
				: Array.isArray(parent)
					? parent.length + m.delta
					: m.delta;
	}
}

const otherValue = fc.constantFrom<unknown>(
	null,
	true,
	false,
	0,
	-1,
	0.5,
	7,
	1e300,
	Number.NaN,
	Number.POSITIVE_INFINITY,
	'',
	'x',
	'0xC004F074',
	'ws2022',
	[],
	[1, 'a'],
	{},
	{ id: 'note' },
	undefined
);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
	fc.constant<Mutation>({ kind: 'delete' }),
	otherValue.map((value): Mutation => ({ kind: 'replace', value })),
	fc
		.constantFrom(1, -1, 1000, -1000, 0.5, 2 ** 32)
		.map((delta): Mutation => ({ kind: 'outOfRange', delta }))
);

describe('snapshot validator: random damage', () => {
	const sources = [
		snapshotOf('two-hosts', 4),
		snapshotOf('adba', 10),
		snapshotOf('mak', 2),
		snapshotOf('cloned-image', 6),
	];
	// Log entries are most of the paths but are checked loosely; keep a few so damage lands mostly elsewhere.
	const worthDamaging = (p: Path) =>
		!(p[0] === 'log' && p[1] === 'entries' && typeof p[2] === 'number' && p[2] >= 3);
	const withPaths = sources.map((s) => ({ snapshot: s, paths: pathsOf(s).filter(worthDamaging) }));

	it('rejects with issues naming a path, or accepts; never throws; an accepted state restores and runs', () => {
		const damage = fc
			.integer({ min: 0, max: withPaths.length - 1 })
			.chain((si) =>
				fc.tuple(
					fc.constant(si),
					fc.array(
						fc.tuple(fc.integer({ min: 0, max: withPaths[si]!.paths.length - 1 }), mutationArb),
						{ minLength: 1, maxLength: 3 }
					)
				)
			);
		fc.assert(
			fc.property(damage, ([si, changes]) => {
				const { snapshot, paths } = withPaths[si]!;
				const s = copy(snapshot);
				for (const [pi, m] of changes) {
					try {
						mutate(s, paths[pi]!, m);
					} catch {
						// An earlier change removed this path's parent: nothing to damage.
					}
				}
				let result: ReturnType<typeof validateSnapshot> | undefined;
				expect(() => (result = validateSnapshot(s))).not.toThrow();
				if (!result!.ok) {
					expect(result!.issues.length).toBeGreaterThan(0);
					for (const i of result!.issues) expect(i.path).toMatch(A_PATH);
				} else {
					// Accepted damage (e.g. a different but valid count) must still be a world the engine can run.
					const sim = restoreSimulation(s);
					sim.runFor(20 * DAY);
					expect(validateSnapshot(JSON.parse(JSON.stringify(sim.snapshot()))).ok).toBe(true);
				}
			}),
			{ numRuns: 300 }
		);
	}, 120_000);
});
