import { isProductKeyShape } from '../data/products.ts';
import { MAX_INTERVAL, MIN_INTERVAL, cacheSizeFor } from '../data/timers.ts';
import { GROUP_IDS, HOST_OS_IDS, PRODUCT_IDS, isObject, show } from './jsonCheck.ts';
import { validateAction, validateScenario } from './scenarioSchema.ts';
import { KIND_NAMES, SNAPSHOT_FORMAT, type Snapshot } from './simulation.ts';

/**
 * Hand-written validator for a saved simulation state (`Simulation.snapshot()`), for states that
 * come back from storage or a URL. It checks the whole structure, not just the top level, so a
 * damaged state gets a clear message instead of a throw deep inside the engine or a world that
 * contradicts itself. Each error names the JSON path, what was expected and what was found, like
 * the scenario validator: `world.machines[3].status: expected a license status 0–6, got 9`.
 *
 * Kept in step with `Snapshot` and the world types (src/engine/types.ts): a new field there
 * needs a line in the tables below (the preset test in tests/engine/snapshotSchema.test.ts fails
 * until it has one).
 */

export type SnapshotValidation = { ok: true; snapshot: Snapshot } | { ok: false; errors: string[] };

/** Stop collecting after this many errors: a badly damaged state would otherwise list thousands. */
const MAX_ERRORS = 200;

// ---------------------------------------------------------------- leaf checks

interface Leaf {
	readonly test: (v: unknown) => boolean;
	readonly expected: string;
}

/** A field's check: a leaf test, or a function that checks (and reports) a nested value. */
type Check = Leaf | ((path: string, v: unknown, errors: string[]) => void);

/** A field the engine may omit (older snapshots, or "missing = default"). */
interface Optional {
	readonly optional: Check;
}

type FieldTable = Readonly<Record<string, Check | Optional>>;

const leaf = (test: (v: unknown) => boolean, expected: string): Leaf => ({ test, expected });

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

const STRING = leaf((v) => typeof v === 'string', 'a string');
const TEXT = leaf((v) => typeof v === 'string' && v !== '', 'a non-empty string');
const BOOLEAN = leaf((v) => typeof v === 'boolean', 'true or false');
const NUMBER = leaf((v) => typeof v === 'number' && Number.isFinite(v), 'a finite number');
const COUNT = leaf((v) => isInt(v) && v >= 0, 'a whole number ≥ 0');
const TIME = leaf((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'a number of minutes ≥ 0');
const PORT = leaf((v) => isInt(v) && v >= 1 && v <= 65535, 'a port number from 1 to 65535');
const INTERVAL = leaf((v) => isInt(v) && v >= MIN_INTERVAL && v <= MAX_INTERVAL, `a whole number of minutes from ${MIN_INTERVAL} to ${MAX_INTERVAL}`);
const RESULT_CODE = leaf((v) => typeof v === 'string' && /^0x[0-9A-Fa-f]{8}$/.test(v), 'a result code like "0xC004F074" (0x and 8 hex digits)');
const LICENSE_STATUS = leaf((v) => isInt(v) && v >= 0 && v <= 6, 'a license status 0–6');
const ACT_TYPE = leaf((v) => v === 0 || v === 1 || v === 2, '0 (all), 1 (AD only) or 2 (KMS only)');
const PRODUCT = leaf((v) => typeof v === 'string' && PRODUCT_IDS.has(v), 'a product id from src/data/products.ts, like "win11-enterprise"');
const GROUP = leaf((v) => typeof v === 'string' && GROUP_IDS.has(v), `a host key group: ${[...GROUP_IDS].join(', ')}`);
const HOST_OS = leaf((v) => typeof v === 'string' && HOST_OS_IDS.has(v), `a host OS: ${[...HOST_OS_IDS].join(', ')}`);
const PRODUCT_KEY = leaf((v) => typeof v === 'string' && isProductKeyShape(v), 'a product key like "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"');

const oneOf = (values: readonly (string | number)[]): Leaf => leaf((v) => values.includes(v as string | number), `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);

function orNull(check: Leaf): Leaf {
	return leaf((v) => v === null || check.test(v), `null or ${check.expected}`);
}

const KEY_KINDS = oneOf(['gvlk', 'mak', 'retail', 'csvlk']);
const ACTIVATION_METHODS = oneOf(['kms', 'adba', 'mak', 'retail', 'phone']);

// ---------------------------------------------------------------- structure

function report(errors: string[], message: string): void {
	if (errors.length < MAX_ERRORS) errors.push(message);
	else if (errors.length === MAX_ERRORS) errors.push(`…: more than ${MAX_ERRORS} problems; the rest are not listed`);
}

function run(check: Check, path: string, v: unknown, errors: string[]): void {
	if (typeof check === 'function') check(path, v, errors);
	else if (!check.test(v)) report(errors, `${path}: expected ${check.expected}, got ${show(v)}`);
}

/** Checks an object's fields against a table; unknown fields are errors. True if `v` is an object. */
function checkFields(path: string, v: unknown, fields: FieldTable, errors: string[]): v is Record<string, unknown> {
	if (!isObject(v)) {
		report(errors, `${path}: expected an object, got ${show(v)}`);
		return false;
	}
	for (const [name, field] of Object.entries(fields)) {
		const value = v[name];
		const optional = typeof field === 'object' && 'optional' in field;
		if (value === undefined) {
			if (!optional) report(errors, `${path}.${name}: missing (required)`);
			continue;
		}
		run(optional ? field.optional : field, `${path}.${name}`, value, errors);
	}
	for (const name of Object.keys(v)) if (!Object.hasOwn(fields, name)) report(errors, `${path}.${name}: unknown field; allowed: ${Object.keys(fields).join(', ')}`);
	return true;
}

function object(fields: FieldTable): Check {
	return (path, v, errors) => {
		checkFields(path, v, fields, errors);
	};
}

function nullableObject(fields: FieldTable): Check {
	return (path, v, errors) => {
		if (v !== null) checkFields(path, v, fields, errors);
	};
}

function arrayOf(item: Check, what = 'an array'): Check {
	return (path, v, errors) => {
		if (!Array.isArray(v)) return report(errors, `${path}: expected ${what}, got ${show(v)}`);
		v.forEach((x, i) => run(item, `${path}[${i}]`, x, errors));
	};
}

// ---------------------------------------------------------------- world (src/engine/types.ts)

const MACHINE_FIELDS: FieldTable = {
	index: COUNT,
	name: TEXT,
	product: PRODUCT,
	key: nullableObject({ kind: KEY_KINDS, key: TEXT, partial: STRING }),
	cmid: TEXT,
	vm: BOOLEAN,
	clockOffset: NUMBER,
	domain: orNull(TEXT),
	dnsSuffix: orNull(TEXT),
	online: BOOLEAN,
	internet: BOOLEAN,
	manualKms: nullableObject({ host: TEXT, port: orNull(PORT) }),
	lookupDomain: orNull(TEXT),
	hostCaching: BOOLEAN,
	cachedHost: nullableObject({ host: TEXT, port: PORT }),
	actType: ACT_TYPE,
	activationInterval: INTERVAL,
	renewalInterval: INTERVAL,
	status: LICENSE_STATUS,
	expiresAt: orNull(NUMBER),
	graceEndsAt: NUMBER,
	activatedBy: orNull(ACTIVATION_METHODS),
	activatedAt: orNull(NUMBER),
	kmsHostUsed: orNull(TEXT),
	activationObject: orNull(TEXT),
	lastCount: orNull(COUNT),
	lastResult: orNull(RESULT_CODE),
	lastAttemptAt: orNull(NUMBER),
	nextAttemptAt: orNull(NUMBER),
	notificationReason: orNull(RESULT_CODE),
	rearmsLeft: COUNT,
	serviceRunning: BOOLEAN,
	removed: BOOLEAN,
	attemptGen: COUNT,
	stateGen: COUNT,
};

const BY_STATUS: Check = (path, v, errors) => {
	if (!Array.isArray(v) || v.length !== 7) return report(errors, `${path}: expected an array of 7 counts (one per license status 0–6), got ${show(v)}`);
	v.forEach((x, i) => run(COUNT, `${path}[${i}]`, x, errors));
};

const HOST_FIELDS: FieldTable = {
	name: TEXT,
	fqdn: TEXT,
	domain: TEXT,
	address: TEXT,
	os: HOST_OS,
	hostKey: orNull(GROUP),
	keyActivated: BOOLEAN,
	serviceRunning: BOOLEAN,
	online: BOOLEAN,
	internet: BOOLEAN,
	port: PORT,
	pendingPort: orNull(PORT),
	firewallOpen: BOOLEAN,
	dnsPublishing: BOOLEAN,
	publishList: arrayOf(object({ domain: TEXT, priority: COUNT, weight: COUNT })),
	lowPriority: BOOLEAN,
	activationInterval: INTERVAL,
	renewalInterval: INTERVAL,
	clockOffset: NUMBER,
	highestThreshold: COUNT,
	counters: object({ total: COUNT, failed: COUNT, byStatus: BY_STATUS }),
	removed: BOOLEAN,
	publishGen: COUNT,
	/** Missing = true (states saved before the field existed). */
	updatesInstalled: { optional: BOOLEAN },
};

const ZONE_FIELDS: FieldTable = {
	name: TEXT,
	dynamicUpdates: BOOLEAN,
	records: arrayOf(object({ target: TEXT, port: PORT, priority: COUNT, weight: COUNT, publishedBy: orNull(TEXT), registeredAt: orNull(NUMBER) })),
};

const ACTIVATION_OBJECT_NAME = leaf((v) => typeof v === 'string' && v !== '' && [...v].length <= 40, 'a name of 1–40 characters');

const FOREST_FIELDS: FieldTable = {
	rootDomain: TEXT,
	domains: arrayOf(TEXT),
	activationObjects: arrayOf(object({ name: ACTIVATION_OBJECT_NAME, group: GROUP, partialKey: STRING, createdAt: NUMBER, method: oneOf(['online', 'phone']) })),
};

const NEXT_NUMBER: Check = (path, v, errors) => {
	if (!isObject(v)) return report(errors, `${path}: expected an object of name prefix → next number, got ${show(v)}`);
	for (const [prefix, n] of Object.entries(v)) run(COUNT, `${path}.${prefix}`, n, errors);
};

const WORLD_FIELDS: FieldTable = {
	domain: TEXT,
	internet: BOOLEAN,
	hosts: arrayOf(object(HOST_FIELDS)),
	machines: arrayOf(object(MACHINE_FIELDS)),
	zones: arrayOf(object(ZONE_FIELDS)),
	forest: nullableObject(FOREST_FIELDS),
	makPools: arrayOf(object({ id: TEXT, key: PRODUCT_KEY, remaining: COUNT, blocked: BOOLEAN })),
	hostKeys: arrayOf(object({ key: PRODUCT_KEY, group: GROUP })),
	retailKeys: arrayOf(object({ key: PRODUCT_KEY, product: PRODUCT })),
	nextNumber: NEXT_NUMBER,
};

// ---------------------------------------------------------------- event log

const LOG_ENTRY_IDS: readonly (number | string)[] = [12288, 12289, 12290, 12293, 'note'];
const LOG_TOTALS_KEYS = ['e12288', 'e12289', 'e12290', 'e12293', 'note'] as const;

/**
 * The saved event log, checked loosely on purpose (its storage may change): an object with a
 * whole-number `limit` and `dropped`, a `totals` object of counts per event id, and `entries`, an array of
 * objects each with a known event id, a time and a computer name.
 */
function checkSavedLog(path: string, v: unknown, errors: string[]): void {
	if (!isObject(v)) return report(errors, `${path}: expected an object with limit, entries, dropped and totals, got ${show(v)}`);
	run(COUNT, `${path}.limit`, v['limit'], errors);
	run(COUNT, `${path}.dropped`, v['dropped'], errors);
	const totals = v['totals'];
	if (!isObject(totals)) report(errors, `${path}.totals: expected an object of counts per event id, got ${show(totals)}`);
	else {
		// The engine adds to these counters, so each must be there.
		for (const id of LOG_TOTALS_KEYS) if (totals[id] === undefined) report(errors, `${path}.totals.${id}: missing (required)`);
		for (const [id, n] of Object.entries(totals)) run(COUNT, `${path}.totals.${id}`, n, errors);
	}
	const entries = v['entries'];
	if (!Array.isArray(entries)) return report(errors, `${path}.entries: expected an array, got ${show(entries)}`);
	entries.forEach((entry, i) => {
		const p = `${path}.entries[${i}]`;
		if (!isObject(entry)) return report(errors, `${p}: expected an event log entry object, got ${show(entry)}`);
		if (!LOG_ENTRY_IDS.includes(entry['id'] as number | string)) report(errors, `${p}.id: expected a known event id (12288, 12289, 12290, 12293 or "note"), got ${show(entry['id'])}`);
		run(TIME, `${p}.time`, entry['time'], errors);
		run(STRING, `${p}.computer`, entry['computer'], errors);
	});
}

// ---------------------------------------------------------------- cross-references

/** Scheduled event kinds (QueueEntry.kind in simulation.ts) and what `ref` points at. */
const QUEUE_TARGETS = ['machine', 'machine', 'machine', 'host', 'timeline item'] as const;

const QUEUE_ENTRY_FIELDS: FieldTable = {
	t: TIME,
	seq: COUNT,
	kind: leaf((v) => isInt(v) && v >= 0 && v < QUEUE_TARGETS.length, `an event kind 0–${QUEUE_TARGETS.length - 1} (${KIND_NAMES.join(', ')})`),
	ref: COUNT,
	gen: COUNT,
};

/** The checks that need several parts at once; run only on parts whose structure is sound. */
function checkConsistency(s: Record<string, unknown>, errors: string[]): void {
	const world = s['world'] as Record<string, unknown>;
	const machines = Array.isArray(world['machines']) ? world['machines'].filter(isObject) : [];
	const hosts = Array.isArray(world['hosts']) ? world['hosts'].filter(isObject) : [];
	const machinesOk = Array.isArray(world['machines']) && machines.length === world['machines'].length;
	const hostsOk = Array.isArray(world['hosts']) && hosts.length === world['hosts'].length;
	const now = typeof s['now'] === 'number' ? s['now'] : NaN;

	// Machines: `index` is the position (the engine addresses machines by it).
	if (machinesOk)
		machines.forEach((m, i) => {
			if (isInt(m['index']) && m['index'] !== i) report(errors, `world.machines[${i}].index: expected ${i} (its position in world.machines), got ${show(m['index'])}`);
		});

	// The engine's own invariants (src/engine/invariants.ts) hold for every machine and host that is not removed.
	if (machinesOk)
		machines.forEach((m, i) => {
			if (m['removed'] !== false) return;
			const p = `world.machines[${i}]`;
			if (typeof m['expiresAt'] === 'number' && m['expiresAt'] < now) report(errors, `${p}.expiresAt: the state ended at ${m['expiresAt']}, before now (${now})`);
			if (m['status'] === 1 && (m['activatedAt'] === null || m['activatedBy'] === null)) report(errors, `${p}.status: Licensed (1) needs activatedAt and activatedBy, got ${show(m['activatedAt'])} and ${show(m['activatedBy'])}`);
		});
	if (hostsOk)
		hosts.forEach((h, i) => {
			const c = h['counters'];
			if (!isObject(c) || !isInt(c['total']) || !isInt(c['failed']) || !Array.isArray(c['byStatus']) || !c['byStatus'].every(isInt)) return;
			const p = `world.hosts[${i}].counters`;
			if (c['failed'] > c['total']) report(errors, `${p}.failed: expected at most total (${c['total']}), got ${c['failed']}`);
			const sum = (c['byStatus'] as number[]).reduce((a, b) => a + b, 0);
			if (sum !== c['total']) report(errors, `${p}.byStatus: expected counts adding up to total (${c['total']}), got ${sum}`);
		});

	// Computer names are unique across machines and hosts (case-insensitive), removed ones included.
	const seen = new Map<string, string>();
	const names: [string, unknown][] = [...(machinesOk ? machines.map((m, i): [string, unknown] => [`world.machines[${i}].name`, m['name']]) : []), ...(hostsOk ? hosts.map((h, i): [string, unknown] => [`world.hosts[${i}].name`, h['name']]) : [])];
	for (const [path, name] of names) {
		if (typeof name !== 'string') continue;
		const first = seen.get(name.toLowerCase());
		if (first !== undefined) report(errors, `${path}: the name ${show(name)} is already used by ${first}`);
		else seen.set(name.toLowerCase(), path);
	}

	// One CMID table per host, in host order, each [cmid, lastSeen] oldest first.
	const caches = s['caches'];
	if (Array.isArray(caches)) {
		if (hostsOk && caches.length !== hosts.length) report(errors, `caches: expected one CMID table per host (${hosts.length}), got ${caches.length}`);
		caches.forEach((table, hi) => {
			checkCmidTable(`caches[${hi}]`, table, now, errors);
			// The table holds at most twice the highest threshold seen (R5).
			const threshold = hostsOk ? hosts[hi]?.['highestThreshold'] : undefined;
			if (Array.isArray(table) && isInt(threshold) && table.length > cacheSizeFor(threshold))
				report(errors, `caches[${hi}]: expected at most ${cacheSizeFor(threshold)} entries (twice world.hosts[${hi}].highestThreshold), got ${table.length}`);
		});
	}

	// Queue entries point at existing machines, hosts and timeline items, with generations not ahead of them.
	const queue = s['queue'];
	const timeline = isObject(s['scenario']) && Array.isArray(s['scenario']['timeline']) ? s['scenario']['timeline'] : [];
	const seq = s['seq'];
	if (Array.isArray(queue) && machinesOk && hostsOk)
		queue.forEach((e, i) => {
			// Entries with a malformed kind or ref were reported above.
			if (!isObject(e) || !isInt(e['kind']) || !isInt(e['ref']) || e['ref'] < 0) return;
			const p = `queue[${i}]`;
			const target = QUEUE_TARGETS[e['kind']];
			if (target === undefined) return;
			if (typeof e['t'] === 'number' && e['t'] < now) report(errors, `${p}.t: expected a time at or after now (${now}), got ${show(e['t'])}`);
			if (isInt(e['seq']) && isInt(seq) && e['seq'] >= seq) report(errors, `${p}.seq: expected less than seq (${seq}), got ${show(e['seq'])}`);
			const list = target === 'machine' ? machines : target === 'host' ? hosts : timeline;
			const ref = e['ref'];
			if (ref >= list.length) return report(errors, `${p}.ref: expected the index of an existing ${target} (0–${list.length - 1}), got ${ref}`);
			if (target === 'timeline item') return;
			const owner = list[ref] as Record<string, unknown>;
			const genField = e['kind'] === 0 ? 'attemptGen' : target === 'machine' ? 'stateGen' : 'publishGen';
			const gen = owner[genField];
			if (isInt(e['gen']) && isInt(gen) && e['gen'] > gen) report(errors, `${p}.gen: expected at most the ${target}'s ${genField} (${gen}), got ${e['gen']}`);
			// Only GVLK machines attempt on their own; the engine relies on it and does not check the key again.
			const key = owner['key'];
			if (e['kind'] === 0 && e['gen'] === gen && owner['removed'] === false && !(isObject(key) && key['kind'] === 'gvlk'))
				report(errors, `${p}: a pending activation attempt for ${show(owner['name'])}, whose installed key is not a GVLK (only GVLK machines attempt on their own)`);
		});

	// Recorded user actions happened by now.
	const actionLog = s['actionLog'];
	if (Array.isArray(actionLog))
		actionLog.forEach((r, i) => {
			if (isObject(r) && typeof r['at'] === 'number' && r['at'] > now) report(errors, `actionLog[${i}].at: expected a time at or before now (${now}), got ${r['at']}`);
		});
}

function checkCmidTable(path: string, table: unknown, now: number, errors: string[]): void {
	if (!Array.isArray(table)) return report(errors, `${path}: expected an array of [cmid, lastSeen] pairs, got ${show(table)}`);
	const cmids = new Set<string>();
	let previous = -Infinity;
	table.forEach((entry, i) => {
		const p = `${path}[${i}]`;
		if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || entry[0] === '' || typeof entry[1] !== 'number' || !Number.isFinite(entry[1]))
			return report(errors, `${p}: expected a [cmid, lastSeen] pair like ["3f2a…", 1440], got ${show(entry)}`);
		const [cmid, time] = entry as [string, number];
		if (cmids.has(cmid)) report(errors, `${p}: CMID ${show(cmid)} appears twice`);
		cmids.add(cmid);
		if (time < 0 || time > now) report(errors, `${p}[1]: expected a time from 0 to now (${now}), got ${time}`);
		if (time < previous) report(errors, `${p}[1]: expected entries oldest first, but ${time} comes after ${previous}`);
		previous = Math.max(previous, time);
	});
}

// ---------------------------------------------------------------- top level

const RECORDED_ACTION: Check = (path, v, errors) => {
	if (!isObject(v)) return report(errors, `${path}: expected { "at", "action" }, got ${show(v)}`);
	run(TIME, `${path}.at`, v['at'], errors);
	const actionErrors: string[] = [];
	validateAction(`${path}.action`, v['action'], actionErrors);
	for (const e of actionErrors) report(errors, e);
	for (const k of Object.keys(v)) if (k !== 'at' && k !== 'action') report(errors, `${path}.${k}: unknown field; allowed: at, action`);
};

const SNAPSHOT_FIELDS: FieldTable = {
	format: leaf((v) => v === SNAPSHOT_FORMAT, `"${SNAPSHOT_FORMAT}"`),
	scenario: (path, v, errors) => {
		const r = validateScenario(v);
		if (!r.ok) for (const e of r.errors) report(errors, e.startsWith('$:') ? `${path}${e.slice(1)}` : `${path}.${e}`);
	},
	seed: NUMBER,
	now: TIME,
	rng: leaf((v) => isInt(v) && v >= 0 && v <= 0xffff_ffff, 'a 32-bit unsigned whole number'),
	seq: COUNT,
	processed: COUNT,
	queue: arrayOf(object(QUEUE_ENTRY_FIELDS)),
	world: object(WORLD_FIELDS),
	caches: (path, v, errors) => {
		if (!Array.isArray(v)) report(errors, `${path}: expected an array of CMID tables (one per host), got ${show(v)}`);
	},
	log: checkSavedLog,
	actionLog: arrayOf(RECORDED_ACTION),
};

/**
 * Validates an untrusted saved state (`Simulation.snapshot()` output after a trip through
 * storage). Never throws. On success the value is returned typed, unchanged.
 */
export function validateSnapshot(value: unknown): SnapshotValidation {
	const errors: string[] = [];
	if (!isObject(value)) return { ok: false, errors: [`$: expected a saved simulation state (an object with "format": "${SNAPSHOT_FORMAT}"), got ${show(value)}`] };
	if (value['format'] !== SNAPSHOT_FORMAT) return { ok: false, errors: [`format: expected "${SNAPSHOT_FORMAT}", got ${show(value['format'])}`] };
	checkFields('$', value, SNAPSHOT_FIELDS, errors);
	// Paths read better without the "$." prefix the generic checker adds at the top level.
	const top = errors.map((e) => (e.startsWith('$.') ? e.slice(2) : e));
	if (isObject(value['world'])) checkConsistency(value, top);
	return top.length ? { ok: false, errors: top } : { ok: true, snapshot: value as unknown as Snapshot };
}
