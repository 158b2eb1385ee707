import { isProductKeyShape } from '../data/products.ts';
import { MAX_INTERVAL, MIN_INTERVAL, cacheSizeFor } from '../data/timers.ts';
import type { InconsistentRule, Issue } from './issues.ts';
import {
	ACTIVATION_OBJECT_NAME,
	ACT_TYPE,
	BOOLEAN,
	DOMAIN,
	GROUP,
	HOST_OS,
	INTEGER,
	MAX_ISSUES,
	NAME,
	PORT,
	PRODUCT,
	TEXT,
	TOKEN,
	arrayOf,
	checkFields,
	isCleanString,
	isDnsName,
	isObject,
	isPrefix,
	isToken,
	joinPath,
	keyPath,
	leaf,
	nullableObject,
	object,
	optional,
	orNull,
	own,
	report,
	reportExpected,
	run,
	show,
	table,
	type Check,
	type FieldTable,
} from './jsonCheck.ts';
import { CLI_LIMITS, STRING_LIMITS, type Limits } from './limits.ts';
import { validateAction, validateScenario } from './scenarioSchema.ts';
import { KIND_NAMES } from './scheduler.ts';
import { SNAPSHOT_FORMAT, type Snapshot } from './snapshot.ts';

/**
 * Hand-written validator for a saved simulation state (`Simulation.snapshot()`), for states that
 * come back from storage or a URL. It checks the whole structure, not just the top level, so a
 * damaged state gets issues naming each path instead of a throw deep inside the engine or a world
 * that contradicts itself: `{ path: 'world.machines[3].status', code: 'expected', expected:
 * 'licenseStatus', got: '9' }`.
 *
 * Kept in step with `Snapshot` and the world types (src/engine/types.ts): a new field there
 * needs a line in the tables below (the preset test in tests/engine/snapshotSchema.test.ts fails
 * until it has one).
 */

export type SnapshotValidation = { ok: true; snapshot: Snapshot } | { ok: false; issues: Issue[] };

/** Scheduled event kinds (src/engine/scheduler.ts) and what an entry's `ref` points at. */
const QUEUE_TARGETS = ['machine', 'machine', 'machine', 'host', 'timeline'] as const satisfies {
	length: (typeof KIND_NAMES)['length'];
};

// ---------------------------------------------------------------- leaves

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Any string a log entry may carry (a computer name, or empty). */
const STRING = leaf('string', (v) => isCleanString(v, 0, STRING_LIMITS.text));
/** A host's FQDN: its computer name and a dot before a domain of up to 253 characters. */
const FQDN = leaf('domain', (v) =>
	isDnsName(v, STRING_LIMITS.domain + STRING_LIMITS.computerName + 1)
);
const NUMBER = leaf('number', (v) => typeof v === 'number' && Number.isFinite(v));
const TIME = leaf('time', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0);
const INTERVAL = leaf('minutes', (v) => isInt(v) && v >= MIN_INTERVAL && v <= MAX_INTERVAL);
const RESULT_CODE = leaf(
	'resultCode',
	(v) => typeof v === 'string' && /^0x[0-9A-Fa-f]{8}$/.test(v)
);
const LICENSE_STATUS = leaf('licenseStatus', (v) => isInt(v) && v >= 0 && v <= 6);
const PRODUCT_KEY = leaf(
	'productKey',
	(v) => typeof v === 'string' && v.length <= STRING_LIMITS.token && isProductKeyShape(v)
);
const UINT32 = leaf('seed', (v) => isInt(v) && v >= 0 && v <= 0xffff_ffff);
const KEY_KIND = leaf(
	'keyKind',
	(v) => v === 'gvlk' || v === 'mak' || v === 'retail' || v === 'csvlk'
);
const ACTIVATION_METHOD = leaf(
	'activationMethod',
	(v) => v === 'kms' || v === 'adba' || v === 'mak' || v === 'retail' || v === 'phone'
);
const AO_METHOD = leaf('activationObjectMethod', (v) => v === 'online' || v === 'phone');

// ---------------------------------------------------------------- world (src/engine/types.ts)

const MACHINE_FIELDS = table(
	{
		index: INTEGER,
		name: NAME,
		product: PRODUCT,
		key: nullableObject(table({ kind: KEY_KIND, key: TOKEN, partial: STRING }, 'required')),
		cmid: TOKEN,
		vm: BOOLEAN,
		clockOffset: NUMBER,
		domain: orNull(DOMAIN),
		dnsSuffix: orNull(DOMAIN),
		online: BOOLEAN,
		internet: BOOLEAN,
		manualKms: nullableObject(table({ host: TOKEN, port: orNull(PORT) }, 'required')),
		lookupDomain: orNull(DOMAIN),
		hostCaching: BOOLEAN,
		cachedHost: nullableObject(table({ host: TOKEN, port: PORT }, 'required')),
		actType: ACT_TYPE,
		activationInterval: INTERVAL,
		renewalInterval: INTERVAL,
		status: LICENSE_STATUS,
		expiresAt: orNull(NUMBER),
		graceEndsAt: NUMBER,
		activatedBy: orNull(ACTIVATION_METHOD),
		activatedAt: orNull(NUMBER),
		kmsHostUsed: orNull(TOKEN),
		activationObject: orNull(TEXT),
		lastCount: orNull(INTEGER),
		lastResult: orNull(RESULT_CODE),
		lastAttemptAt: orNull(NUMBER),
		nextAttemptAt: orNull(NUMBER),
		notificationReason: orNull(RESULT_CODE),
		rearmsLeft: INTEGER,
		serviceRunning: BOOLEAN,
		/** Missing = off, for Any (states saved before the fields existed). */
		firewallOpen: optional(BOOLEAN),
		firewallProfile: optional(TEXT),
		removed: BOOLEAN,
		attemptGen: INTEGER,
		stateGen: INTEGER,
	},
	'required'
);

const STATUS_COUNTS: Check = (path, v, issues) => {
	if (!Array.isArray(v) || v.length !== 7) return reportExpected(issues, path, 'statusCounts', v);
	v.forEach((x, i) => run(INTEGER, `${path}[${i}]`, x, issues));
};

const HOST_FIELDS = table(
	{
		name: NAME,
		fqdn: FQDN,
		domain: DOMAIN,
		address: TOKEN,
		os: HOST_OS,
		hostKey: orNull(GROUP),
		keyActivated: BOOLEAN,
		serviceRunning: BOOLEAN,
		online: BOOLEAN,
		internet: BOOLEAN,
		port: PORT,
		pendingPort: orNull(PORT),
		firewallOpen: BOOLEAN,
		/** Missing = Any (states saved before the field existed). */
		firewallProfile: optional(TEXT),
		dnsPublishing: BOOLEAN,
		publishList: arrayOf(
			object(table({ domain: DOMAIN, priority: INTEGER, weight: INTEGER }, 'required'))
		),
		lowPriority: BOOLEAN,
		activationInterval: INTERVAL,
		renewalInterval: INTERVAL,
		clockOffset: NUMBER,
		highestThreshold: INTEGER,
		counters: object(
			table({ total: INTEGER, failed: INTEGER, byStatus: STATUS_COUNTS }, 'required')
		),
		removed: BOOLEAN,
		publishGen: INTEGER,
		/** Missing = true (states saved before the field existed). */
		updatesInstalled: optional(BOOLEAN),
	},
	'required'
);

const SRV_RECORD = table(
	{
		target: FQDN,
		port: PORT,
		priority: INTEGER,
		weight: INTEGER,
		publishedBy: orNull(NAME),
		registeredAt: orNull(NUMBER),
	},
	'required'
);
/** `srvOwner` and `srvGrants` missing = nobody owns the name (states saved before the fields existed). */
const ZONE_FIELDS = table(
	{
		name: DOMAIN,
		dynamicUpdates: BOOLEAN,
		records: arrayOf(object(SRV_RECORD)),
		srvOwner: optional(orNull(NAME)),
		srvGrants: optional(arrayOf(NAME)),
	},
	'required'
);

const ACTIVATION_OBJECT = table(
	{
		name: ACTIVATION_OBJECT_NAME,
		group: GROUP,
		partialKey: STRING,
		createdAt: NUMBER,
		method: AO_METHOD,
	},
	'required'
);
const FOREST_FIELDS = table(
	{
		rootDomain: DOMAIN,
		domains: arrayOf(DOMAIN),
		activationObjects: arrayOf(object(ACTIVATION_OBJECT)),
	},
	'required'
);

/** Prefix → next number. Its keys are user text (prefixes): each must be a valid prefix. */
const NEXT_NUMBER: Check = (path, v, issues) => {
	if (!isObject(v)) return reportExpected(issues, path, 'nextNumber', v);
	for (const prefix of Object.keys(v)) {
		const p = keyPath(path, prefix);
		if (!isPrefix(prefix)) reportExpected(issues, p, 'prefix', prefix);
		else run(INTEGER, p, own(v, prefix), issues);
	}
};

const WORLD_FIELDS = table(
	{
		domain: DOMAIN,
		internet: BOOLEAN,
		hosts: arrayOf(object(HOST_FIELDS)),
		machines: arrayOf(object(MACHINE_FIELDS)),
		zones: arrayOf(object(ZONE_FIELDS, 'zone')),
		forest: nullableObject(FOREST_FIELDS),
		makPools: arrayOf(
			object(
				table({ id: TOKEN, key: PRODUCT_KEY, remaining: INTEGER, blocked: BOOLEAN }, 'required')
			)
		),
		hostKeys: arrayOf(object(table({ key: PRODUCT_KEY, group: GROUP }, 'required'))),
		retailKeys: arrayOf(object(table({ key: PRODUCT_KEY, product: PRODUCT }, 'required'))),
		nextNumber: NEXT_NUMBER,
	},
	'required'
);

// ---------------------------------------------------------------- event log

const LOG_ENTRY_ID = leaf(
	'eventId',
	(v) => v === 12288 || v === 12289 || v === 12290 || v === 12293 || v === 12294 || v === 'note'
);

/** The engine adds to each of these counters, so each must be there, and nothing else (e12294 may be missing in logs saved before it). */
const LOG_TOTALS = table(
	{
		e12288: INTEGER,
		e12289: INTEGER,
		e12290: INTEGER,
		e12293: INTEGER,
		e12294: optional(INTEGER),
		note: INTEGER,
	},
	'required'
);

/** Every field of every kind of entry (src/engine/types.ts: Event12288 … SimNote). */
const LOG_ENTRY_KEYS: readonly string[] = [
	...[
		'id',
		'time',
		'computer',
		'hresult',
		'statusFlags',
		'server',
		'cmid',
		'clientTime',
		'vm',
		'licensingStatus',
		'timeToExpiration',
		'actId',
		'nPolicy',
	],
	...[
		'activated',
		'count',
		'activationInterval',
		'renewalInterval',
		'clientName',
		'dnsDomain',
		'kind',
		'from',
		'to',
		'result',
		'method',
		'detail',
	],
];
const LOG_ENTRY_KEY_SET: ReadonlySet<string> = new Set(LOG_ENTRY_KEYS);

/**
 * The saved event log, its entries checked loosely on purpose (their storage may change): an
 * object with a whole-number `limit` and `dropped`, `totals` per event id, and `entries`, each
 * with a known event id, a time and a computer name, known fields only, and clean strings.
 */
const SAVED_LOG: Check = (path, v, issues) => {
	if (!isObject(v)) return reportExpected(issues, path, 'savedLog', v);
	for (const key of Object.keys(v))
		if (key !== 'limit' && key !== 'dropped' && key !== 'totals' && key !== 'entries')
			report(issues, {
				path: keyPath(path, key),
				code: 'unknown_field',
				allowed: ['limit', 'entries', 'dropped', 'totals'],
			});
	run(INTEGER, `${path}.limit`, own(v, 'limit'), issues);
	run(INTEGER, `${path}.dropped`, own(v, 'dropped'), issues);
	checkFields(`${path}.totals`, own(v, 'totals'), LOG_TOTALS, issues, 'logTotals');
	const entries = own(v, 'entries');
	if (!Array.isArray(entries)) return reportExpected(issues, `${path}.entries`, 'array', entries);
	entries.forEach((entry, i) => {
		const p = `${path}.entries[${i}]`;
		if (!isObject(entry)) return reportExpected(issues, p, 'object', entry);
		run(LOG_ENTRY_ID, `${p}.id`, own(entry, 'id'), issues);
		run(TIME, `${p}.time`, own(entry, 'time'), issues);
		for (const key of Object.keys(entry)) {
			const value = own(entry, key);
			if (!LOG_ENTRY_KEY_SET.has(key))
				report(issues, { path: keyPath(p, key), code: 'unknown_field', allowed: LOG_ENTRY_KEYS });
			else if (key !== 'id' && (typeof value === 'string' || key === 'computer'))
				run(STRING, `${p}.${key}`, value, issues);
		}
		if (own(entry, 'computer') === undefined)
			report(issues, { path: `${p}.computer`, code: 'missing' });
	});
};

// ---------------------------------------------------------------- cross-references

const EVENT_KIND = leaf('eventKind', (v) => isInt(v) && v >= 0 && v < QUEUE_TARGETS.length);
const QUEUE_ENTRY_FIELDS = table(
	{ t: TIME, seq: INTEGER, kind: EVENT_KIND, ref: INTEGER, gen: INTEGER },
	'required'
);

function broken(
	issues: Issue[],
	path: string,
	rule: InconsistentRule,
	values: { expected?: number; got?: number; name?: string } = {}
): void {
	report(issues, { path, code: 'inconsistent', rule, ...values });
}

/** Own array elements that are objects, or undefined if `v` is not an array of objects only. */
function objects(v: unknown): Record<string, unknown>[] | undefined {
	if (!Array.isArray(v)) return undefined;
	const out = v.filter(isObject);
	return out.length === v.length ? out : undefined;
}

/** The checks that need several parts at once; run only on parts whose structure is sound. */
function checkConsistency(s: Record<string, unknown>, limits: Limits, issues: Issue[]): void {
	const world = own(s, 'world') as Record<string, unknown>;
	const machines = objects(own(world, 'machines'));
	const hosts = objects(own(world, 'hosts'));
	const nowValue = own(s, 'now');
	const now = typeof nowValue === 'number' ? nowValue : NaN;

	// The caller's limits hold for saved state as for a scenario.
	if (machines && machines.length > limits.maxMachines)
		report(issues, {
			path: 'world.machines',
			code: 'limit',
			limit: 'maxMachines',
			max: limits.maxMachines,
			value: machines.length,
		});
	if (hosts && hosts.length > limits.maxHosts)
		report(issues, {
			path: 'world.hosts',
			code: 'limit',
			limit: 'maxHosts',
			max: limits.maxHosts,
			value: hosts.length,
		});
	if (now > limits.maxMinutes)
		report(issues, {
			path: 'now',
			code: 'limit',
			limit: 'maxMinutes',
			max: limits.maxMinutes,
			value: now,
		});
	const actionLog = own(s, 'actionLog');
	if (Array.isArray(actionLog) && actionLog.length > limits.maxActions)
		report(issues, {
			path: 'actionLog',
			code: 'limit',
			limit: 'maxActions',
			max: limits.maxActions,
			value: actionLog.length,
		});

	// Machines: `index` is the position (the engine addresses machines by it).
	machines?.forEach((m, i) => {
		const index = own(m, 'index');
		if (isInt(index) && index !== i)
			broken(issues, `world.machines[${i}].index`, 'index_position', { expected: i, got: index });
	});

	// The engine's own invariants (src/engine/invariants.ts) hold for every machine and host that is not removed.
	machines?.forEach((m, i) => {
		if (own(m, 'removed') !== false) return;
		const p = `world.machines[${i}]`;
		const expiresAt = own(m, 'expiresAt');
		if (typeof expiresAt === 'number' && expiresAt < now)
			broken(issues, `${p}.expiresAt`, 'expired_before_now', { expected: now, got: expiresAt });
		if (
			own(m, 'status') === 1 &&
			(own(m, 'activatedAt') === null || own(m, 'activatedBy') === null)
		)
			broken(issues, `${p}.status`, 'licensed_without_activation');
	});
	hosts?.forEach((h, i) => {
		const c = own(h, 'counters');
		if (!isObject(c)) return;
		const total = own(c, 'total');
		const failed = own(c, 'failed');
		const byStatus = own(c, 'byStatus');
		if (!isInt(total) || !isInt(failed) || !Array.isArray(byStatus) || !byStatus.every(isInt))
			return;
		const p = `world.hosts[${i}].counters`;
		if (failed > total)
			broken(issues, `${p}.failed`, 'failed_over_total', { expected: total, got: failed });
		const sum = byStatus.reduce((a, b) => a + b, 0);
		if (sum !== total)
			broken(issues, `${p}.byStatus`, 'status_counts_sum', { expected: total, got: sum });
	});

	// Computer names are unique across machines and hosts (case-insensitive), removed ones included.
	const seen = new Map<string, string>();
	const names: [string, unknown][] = [
		...(machines ?? []).map((m, i): [string, unknown] => [
			`world.machines[${i}].name`,
			own(m, 'name'),
		]),
		...(hosts ?? []).map((h, i): [string, unknown] => [`world.hosts[${i}].name`, own(h, 'name')]),
	];
	for (const [path, name] of names) {
		if (typeof name !== 'string') continue;
		const first = seen.get(name.toLowerCase());
		if (first !== undefined) report(issues, { path, code: 'duplicate_name', name, usedBy: first });
		else seen.set(name.toLowerCase(), path);
	}

	// One CMID table per host, in host order, each [cmid, lastSeen] oldest first.
	const caches = own(s, 'caches');
	if (Array.isArray(caches)) {
		if (hosts && caches.length !== hosts.length)
			broken(issues, 'caches', 'cache_per_host', { expected: hosts.length, got: caches.length });
		caches.forEach((t, hi) => {
			checkCmidTable(`caches[${hi}]`, t, now, issues);
			// The table holds at most twice the highest threshold seen (R5).
			const host = hosts?.[hi];
			const threshold = host ? own(host, 'highestThreshold') : undefined;
			if (Array.isArray(t) && isInt(threshold) && t.length > cacheSizeFor(threshold))
				broken(issues, `caches[${hi}]`, 'cache_size', {
					expected: cacheSizeFor(threshold),
					got: t.length,
				});
		});
	}

	// Queue entries point at existing machines, hosts and timeline items, with generations not ahead of them.
	const queue = own(s, 'queue');
	const scenario = own(s, 'scenario');
	const timelineValue = isObject(scenario) ? own(scenario, 'timeline') : undefined;
	const timeline = Array.isArray(timelineValue) ? timelineValue : [];
	const seq = own(s, 'seq');
	if (Array.isArray(queue) && machines && hosts)
		queue.forEach((e, i) => {
			// Entries with a malformed kind or ref were reported above.
			if (!isObject(e)) return;
			const kind = own(e, 'kind');
			const ref = own(e, 'ref');
			const t = own(e, 't');
			const eSeq = own(e, 'seq');
			const eGen = own(e, 'gen');
			if (!isInt(kind) || !isInt(ref) || ref < 0) return;
			const p = `queue[${i}]`;
			const target = QUEUE_TARGETS[kind];
			if (target === undefined) return;
			if (typeof t === 'number' && t < now)
				broken(issues, `${p}.t`, 'queue_time', { expected: now, got: t });
			if (isInt(eSeq) && isInt(seq) && eSeq >= seq)
				broken(issues, `${p}.seq`, 'queue_seq', { expected: seq, got: eSeq });
			const list = target === 'machine' ? machines : target === 'host' ? hosts : timeline;
			if (ref >= list.length)
				return broken(
					issues,
					`${p}.ref`,
					target === 'machine'
						? 'queue_ref_machine'
						: target === 'host'
							? 'queue_ref_host'
							: 'queue_ref_timeline',
					{ expected: list.length - 1, got: ref }
				);
			if (target === 'timeline') return;
			const owner = list[ref] as Record<string, unknown>;
			const gen = own(
				owner,
				kind === 0 ? 'attemptGen' : target === 'machine' ? 'stateGen' : 'publishGen'
			);
			if (isInt(eGen) && isInt(gen) && eGen > gen)
				broken(issues, `${p}.gen`, 'queue_gen', { expected: gen, got: eGen });
			// Only GVLK machines attempt on their own; the engine relies on it and does not check the key again.
			const key = own(owner, 'key');
			const name = own(owner, 'name');
			if (
				kind === 0 &&
				eGen === gen &&
				own(owner, 'removed') === false &&
				!(isObject(key) && own(key, 'kind') === 'gvlk')
			)
				broken(issues, p, 'attempt_without_gvlk', typeof name === 'string' ? { name } : {});
		});

	// Recorded user actions happened by now.
	if (Array.isArray(actionLog))
		actionLog.forEach((r, i) => {
			const at = isObject(r) ? own(r, 'at') : undefined;
			if (typeof at === 'number' && at > now)
				broken(issues, `actionLog[${i}].at`, 'action_after_now', { expected: now, got: at });
		});
}

function checkCmidTable(path: string, t: unknown, now: number, issues: Issue[]): void {
	if (!Array.isArray(t)) return reportExpected(issues, path, 'cmidTable', t);
	const cmids = new Set<string>();
	let previous = -Infinity;
	t.forEach((entry, i) => {
		const p = `${path}[${i}]`;
		if (
			!Array.isArray(entry) ||
			entry.length !== 2 ||
			!isToken(entry[0]) ||
			typeof entry[1] !== 'number' ||
			!Number.isFinite(entry[1])
		)
			return reportExpected(issues, p, 'cmidPair', entry);
		const [cmid, time] = entry as [string, number];
		if (cmids.has(cmid)) broken(issues, p, 'cmid_twice', { name: cmid });
		cmids.add(cmid);
		if (time < 0 || time > now)
			broken(issues, `${p}[1]`, 'cmid_time', { expected: now, got: time });
		if (time < previous) broken(issues, `${p}[1]`, 'cmid_order', { expected: previous, got: time });
		previous = Math.max(previous, time);
	});
}

// ---------------------------------------------------------------- top level

const RECORDED_ACTION = table(
	{ at: TIME, action: (path, v, issues) => validateAction(path, v, issues) },
	'required'
);

/** Copies a nested validator's issues under `outer`, keeping the list's cap. */
function nest(outer: string, inner: readonly Issue[], issues: Issue[]): void {
	for (const issue of inner)
		if (issue.code !== 'too_many_issues')
			report(issues, { ...issue, path: joinPath(outer, issue.path) });
	if (inner.length > MAX_ISSUES && issues.length <= MAX_ISSUES)
		issues.push({ path: outer, code: 'too_many_issues', max: MAX_ISSUES });
}

function snapshotFields(limits: Limits): FieldTable {
	return table(
		{
			format: leaf('format', (v) => v === SNAPSHOT_FORMAT),
			scenario: (path, v, issues) => {
				const r = validateScenario(v, limits);
				if (!r.ok) nest(path, r.issues, issues);
			},
			seed: NUMBER,
			now: TIME,
			rng: UINT32,
			seq: INTEGER,
			processed: INTEGER,
			queue: arrayOf(object(QUEUE_ENTRY_FIELDS)),
			world: object(WORLD_FIELDS),
			caches: (path, v, issues) => {
				if (!Array.isArray(v)) reportExpected(issues, path, 'cmidTables', v);
			},
			log: SAVED_LOG,
			actionLog: arrayOf(object(RECORDED_ACTION, 'recordedAction')),
		},
		'required'
	);
}

/**
 * Validates an untrusted saved state (`Simulation.snapshot()` output after a trip through
 * storage) against its shape, its invariants and `limits` (default: the widest profile). Never
 * throws. On success the value is returned typed, unchanged.
 */
export function validateSnapshot(value: unknown, limits: Limits = CLI_LIMITS): SnapshotValidation {
	if (!isObject(value))
		return {
			ok: false,
			issues: [{ path: '$', code: 'expected', expected: 'snapshot', got: show(value) }],
		};
	const format = own(value, 'format');
	if (format !== SNAPSHOT_FORMAT)
		return {
			ok: false,
			issues: [{ path: 'format', code: 'expected', expected: 'format', got: show(format) }],
		};
	const issues: Issue[] = [];
	// Top-level paths read better without "$.": `world.machines[3].status`.
	checkFields('', value, snapshotFields(limits), issues);
	if (isObject(own(value, 'world'))) checkConsistency(value, limits, issues);
	return issues.length
		? { ok: false, issues }
		: { ok: true, snapshot: value as unknown as Snapshot };
}
