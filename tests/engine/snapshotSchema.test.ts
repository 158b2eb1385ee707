import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulation, restoreSimulation, type Snapshot } from '../../src/engine/index.ts';
import { validateSnapshot } from '../../src/engine/snapshotSchema.ts';
import { DAY, loadPreset, minutes } from './helpers.ts';

/** Presets that between them use every part of the world: two hosts, ADBA, MAK, clones, timelines. */
const PRESETS = ['threshold', 'two-hosts', 'adba', 'mak', 'cloned-image', 'old-host-key', 'laptop-away', 'dns-missing'];

/** A snapshot after running `name` for `days` (or to its end), through JSON like a saved state. */
function snapshotOf(name: string, days?: number): Snapshot {
	const scenario = loadPreset(name);
	const sim = createSimulation(scenario);
	sim.advanceTo(days !== undefined ? days * DAY : minutes(scenario.until ?? '30d'));
	return JSON.parse(JSON.stringify(sim.snapshot())) as Snapshot;
}

/** A mutable copy of a snapshot, as loose JSON. */
function copy(s: Snapshot): Record<string, any> {
	return structuredClone(s) as unknown as Record<string, any>;
}

function errorsOf(value: unknown): string[] {
	const r = validateSnapshot(value);
	return r.ok ? [] : r.errors;
}

/** "world.machines[3].status: …", "caches[0][2]: …", "$: …": a JSON path, then what is wrong. */
const NAMES_A_PATH = /^(\$|…|[A-Za-z_][\w]*(\.[\w.-]+|\[\d+\])*): \S/;

describe('snapshot validator: real snapshots', () => {
	it.each(PRESETS)('accepts %s at the start, midway and at the end', (name) => {
		for (const days of [0, 3, undefined]) {
			const snap = snapshotOf(name, days);
			expect(errorsOf(snap)).toEqual([]);
			const r = validateSnapshot(snap);
			expect(r.ok && r.snapshot).toBe(snap);
		}
	});

	it('accepts a host with or without updatesInstalled, but only as a boolean', () => {
		const s = copy(snapshotOf('two-hosts', 2));
		delete s.world.hosts[0].updatesInstalled;
		expect(errorsOf(s)).toEqual([]);
		s.world.hosts[0].updatesInstalled = false;
		expect(errorsOf(s)).toEqual([]);
		s.world.hosts[0].updatesInstalled = 'yes';
		expect(errorsOf(s)).toEqual(['world.hosts[0].updatesInstalled: expected true or false, got "yes"']);
	});
});

describe('snapshot validator: damaged snapshots', () => {
	const base = snapshotOf('two-hosts', 5);

	function damaged(change: (s: Record<string, any>) => void): string[] {
		const s = copy(base);
		change(s);
		return errorsOf(s);
	}

	it('rejects a value that is not a saved state, and another format', () => {
		expect(errorsOf(null)).toEqual(['$: expected a saved simulation state (an object with "format": "kms-lab-sim/1"), got null']);
		expect(errorsOf([])[0]).toMatch(/^\$: expected a saved simulation state/);
		expect(damaged((s) => (s.format = 'kms-lab-sim/2'))).toEqual(['format: expected "kms-lab-sim/1", got "kms-lab-sim/2"']);
	});

	it('names the path, what was expected and what was found', () => {
		expect(damaged((s) => (s.now = 'later'))).toContain('now: expected a number of minutes ≥ 0, got "later"');
		expect(damaged((s) => (s.now = -5))).toContain('now: expected a number of minutes ≥ 0, got -5');
		expect(damaged((s) => (s.rng = 2 ** 40))).toEqual(['rng: expected a 32-bit unsigned whole number, got 1099511627776']);
		expect(damaged((s) => delete s.world.machines[1].status)).toEqual(['world.machines[1].status: missing (required)']);
		expect(damaged((s) => (s.world.machines[1].status = 9))).toEqual(['world.machines[1].status: expected a license status 0–6, got 9']);
		expect(damaged((s) => (s.world.machines[0].attemptGen = 1.5))).toContain('world.machines[0].attemptGen: expected a whole number ≥ 0, got 1.5');
		expect(damaged((s) => (s.world.machines[0].product = 'win12-pro'))[0]).toMatch(/^world\.machines\[0\]\.product: expected a product id/);
		expect(damaged((s) => (s.world.machines[0].lastResult = 'C004F074'))[0]).toMatch(/^world\.machines\[0\]\.lastResult: expected null or a result code like "0xC004F074"/);
		expect(damaged((s) => (s.world.machines[0].colour = 'blue'))[0]).toMatch(/^world\.machines\[0\]\.colour: unknown field; allowed: index, name, /);
		expect(damaged((s) => (s.world.hosts[1].os = 'ws2003'))[0]).toMatch(/^world\.hosts\[1\]\.os: expected a host OS: ws2025, .*ws2008r2/);
		expect(damaged((s) => (s.world.hosts[0].hostKey = 'ws2012'))[0]).toMatch(/^world\.hosts\[0\]\.hostKey: expected null or a host key group: ws2025, /);
		expect(damaged((s) => (s.world.hosts[0].counters.byStatus = [0, 0]))[0]).toMatch(/^world\.hosts\[0\]\.counters\.byStatus: expected an array of 7 counts/);
		expect(damaged((s) => (s.world.hosts[0].port = 70000))).toEqual(['world.hosts[0].port: expected a port number from 1 to 65535, got 70000']);
		expect(damaged((s) => (s.log.entries = [{ id: 4625, time: 0, computer: 'PC001' }]))).toEqual([
			'log.entries[0].id: expected a known event id (12288, 12289, 12290, 12293 or "note"), got 4625',
		]);
		expect(damaged((s) => (s.log.limit = 'all'))).toEqual(['log.limit: expected a whole number ≥ 0, got "all"']);
		expect(damaged((s) => (s.scenario.world.hosts[0].os = 'ws2099'))[0]).toMatch(/^scenario\.world\.hosts\[0\]\.os: expected a host OS/);
		expect(damaged((s) => (s.actionLog = [{ at: 0, action: { type: 'fly' } }]))[0]).toMatch(/^actionLog\[0\]\.action\.type: expected one of /);
	});

	it('checks that indexes and references point at what exists', () => {
		expect(damaged((s) => (s.world.machines[2].index = 7))).toEqual(['world.machines[2].index: expected 2 (its position in world.machines), got 7']);
		expect(damaged((s) => (s.world.machines[1].name = s.world.hosts[0].name.toLowerCase()))[0]).toMatch(/^world\.hosts\[0\]\.name: the name "KMS\w+" is already used by world\.machines\[1\]\.name$/i);
		const machines = base.world.machines.length;
		expect(
			damaged((s) => {
				s.queue[0].kind = 0;
				s.queue[0].ref = machines;
			}),
		).toEqual([`queue[0].ref: expected the index of an existing machine (0–${machines - 1}), got ${machines}`]);
		expect(
			damaged((s) => {
				s.queue[0].kind = 3;
				s.queue[0].ref = 2;
			}),
		).toEqual(['queue[0].ref: expected the index of an existing host (0–1), got 2']);
		expect(damaged((s) => (s.queue[0].kind = 5))[0]).toMatch(/^queue\[0\]\.kind: expected an event kind 0–4/);
		expect(damaged((s) => (s.queue[0].t = s.now - 1))[0]).toMatch(/^queue\[0\]\.t: expected a time at or after now/);
		expect(damaged((s) => (s.seq = 0))[0]).toMatch(/^queue\[\d+\]\.seq: expected less than seq \(0\)/);
		expect(
			damaged((s) => {
				s.queue[0].kind = 0;
				s.queue[0].ref = 0;
				s.queue[0].gen = s.world.machines[0].attemptGen + 1;
			}),
		).toEqual([`queue[0].gen: expected at most the machine's attemptGen (${base.world.machines[0]!.attemptGen}), got ${base.world.machines[0]!.attemptGen + 1}`]);
		expect(damaged((s) => s.caches.pop())).toEqual(['caches: expected one CMID table per host (2), got 1']);
	});

	it('checks the engine invariants a world must keep', () => {
		const licensed = base.world.machines.findIndex((m) => m.status === 1 && !m.removed);
		expect(licensed).toBeGreaterThanOrEqual(0);
		expect(damaged((s) => (s.world.machines[licensed].activatedAt = null))).toEqual([
			`world.machines[${licensed}].status: Licensed (1) needs activatedAt and activatedBy, got null and ${JSON.stringify(base.world.machines[licensed]!.activatedBy)}`,
		]);
		expect(damaged((s) => (s.world.machines[licensed].expiresAt = s.now - 1))).toEqual([`world.machines[${licensed}].expiresAt: the state ended at ${base.now - 1}, before now (${base.now})`]);
		expect(damaged((s) => (s.world.hosts[0].counters.failed = s.world.hosts[0].counters.total + 1))[0]).toMatch(/^world\.hosts\[0\]\.counters\.failed: expected at most total/);
		expect(damaged((s) => (s.world.hosts[0].counters.byStatus[6] += 1))[0]).toMatch(/^world\.hosts\[0\]\.counters\.byStatus: expected counts adding up to total/);
		expect(damaged((s) => (s.world.hosts[0].highestThreshold = 1))[0]).toMatch(/^caches\[0\]: expected at most 2 entries \(twice world\.hosts\[0\]\.highestThreshold\)/);
		// A pending attempt for a machine whose key is not a GVLK (the engine does not check the key again).
		const pending = base.queue.findIndex((e) => e.kind === 0 && e.gen === base.world.machines[e.ref]!.attemptGen);
		expect(pending).toBeGreaterThanOrEqual(0);
		const owner = base.world.machines[base.queue[pending]!.ref]!;
		expect(damaged((s) => (s.world.machines[owner.index].key = { kind: 'mak', key: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', partial: 'EEEEE' }))).toEqual([
			`queue[${pending}]: a pending activation attempt for "${owner.name}", whose installed key is not a GVLK (only GVLK machines attempt on their own)`,
		]);
	});

	it('checks the hosts’ CMID tables: [string, number] pairs, oldest first, each CMID once', () => {
		const withEntries = base.caches.findIndex((c) => c.length >= 2);
		expect(withEntries).toBeGreaterThanOrEqual(0);
		const p = `caches[${withEntries}]`;
		expect(damaged((s) => (s.caches[withEntries][0] = ['abc', 'yesterday']))).toEqual([`${p}[0]: expected a [cmid, lastSeen] pair like ["3f2a…", 1440], got ["abc","yesterday"]`]);
		expect(damaged((s) => (s.caches[withEntries][0] = { cmid: 'abc', seen: 0 }))[0]).toMatch(new RegExp(`^${p.replace(/[[\]]/g, '\\$&')}\\[0\\]: expected a \\[cmid, lastSeen\\] pair`));
		expect(damaged((s) => s.caches[withEntries].reverse()).some((e) => e.includes('expected entries oldest first'))).toBe(true);
		expect(damaged((s) => (s.caches[withEntries][1][0] = s.caches[withEntries][0][0])).some((e) => e.includes('appears twice'))).toBe(true);
		expect(damaged((s) => (s.caches[withEntries][1][1] = s.now + 1)).some((e) => e.includes(`expected a time from 0 to now (${base.now})`))).toBe(true);
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
});

// ---------------------------------------------------------------- random damage

type Path = readonly (string | number)[];

/** Every path to a value inside `value` (objects and arrays included). */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
	if (typeof value === 'object' && value !== null) {
		for (const [k, v] of Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)) {
			const p = [...prefix, k];
			out.push(p);
			pathsOf(v, p, out);
		}
	}
	return out;
}

type Mutation = { kind: 'delete' } | { kind: 'replace'; value: unknown } | { kind: 'outOfRange'; delta: number };

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
		parent[key] = typeof old === 'number' ? old + m.delta : Array.isArray(parent) ? parent.length + m.delta : m.delta;
	}
}

const otherValue = fc.constantFrom<unknown>(null, true, false, 0, -1, 0.5, 7, 1e300, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', '0xC004F074', 'ws2022', [], [1, 'a'], {}, { id: 'note' }, undefined);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
	fc.constant<Mutation>({ kind: 'delete' }),
	otherValue.map((value): Mutation => ({ kind: 'replace', value })),
	fc.constantFrom(1, -1, 1000, -1000, 0.5, 2 ** 32).map((delta): Mutation => ({ kind: 'outOfRange', delta })),
);

describe('snapshot validator: random damage', () => {
	const sources = [snapshotOf('two-hosts', 4), snapshotOf('adba', 10), snapshotOf('mak', 2), snapshotOf('cloned-image', 6)];
	// Log entries are most of the paths but are checked loosely; keep a few so damage lands mostly elsewhere.
	const worthDamaging = (p: Path) => !(p[0] === 'log' && p[1] === 'entries' && typeof p[2] === 'number' && p[2] >= 3);
	const withPaths = sources.map((s) => ({ snapshot: s, paths: pathsOf(s).filter(worthDamaging) }));

	it('rejects with messages naming a path, or accepts; never throws; an accepted state restores and runs', () => {
		const damage = fc
			.integer({ min: 0, max: withPaths.length - 1 })
			.chain((si) => fc.tuple(fc.constant(si), fc.array(fc.tuple(fc.integer({ min: 0, max: withPaths[si]!.paths.length - 1 }), mutationArb), { minLength: 1, maxLength: 3 })));
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
					expect(result!.errors.length).toBeGreaterThan(0);
					for (const e of result!.errors) expect(e).toMatch(NAMES_A_PATH);
				} else {
					// Accepted damage (e.g. a different but valid count) must still be a world the engine can run.
					const sim = restoreSimulation(s);
					sim.runFor(20 * DAY);
					expect(validateSnapshot(JSON.parse(JSON.stringify(sim.snapshot()))).ok).toBe(true);
				}
			}),
			{ numRuns: 300 },
		);
	}, 120_000);
});
