import { isProductKeyShape } from '../data/products.ts';
import { MAX_INTERVAL, MIN_INTERVAL } from '../data/timers.ts';
import type { Issue } from './issues.ts';
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
	STRING,
	TEXT,
	TIME,
	TOKEN,
	arrayOf,
	checkFields,
	isDnsName,
	isInt,
	isObject,
	isPrefix,
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
import { QUEUE_TARGETS } from './scheduler.ts';
import { checkConsistency } from './snapshotConsistency.ts';
import { SAVED_LOG } from './savedLogSchema.ts';
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

// ---------------------------------------------------------------- leaves

/** A host's FQDN: its computer name and a dot before a domain of up to 253 characters. */
const FQDN = leaf('domain', (v) =>
	isDnsName(v, STRING_LIMITS.domain + STRING_LIMITS.computerName + 1)
);
const NUMBER = leaf('number', (v) => typeof v === 'number' && Number.isFinite(v));
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

// ---------------------------------------------------------------- cross-references

const EVENT_KIND = leaf('eventKind', (v) => isInt(v) && v >= 0 && v < QUEUE_TARGETS.length);
const QUEUE_ENTRY_FIELDS = table(
	{ t: TIME, seq: INTEGER, kind: EVENT_KIND, ref: INTEGER, gen: INTEGER },
	'required'
);

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
