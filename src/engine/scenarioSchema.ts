import { groupHostableOn, type CsvlkGroupId, type HostOsId } from '../data/hostKeys.ts';
import type { ActionType } from './actions.ts';
import { DEFAULT_ASSUMPTIONS } from './assumptions.ts';
import type { Issue } from './issues.ts';
import {
	ACTIVATION_OBJECT_NAME,
	ACT_TYPE,
	BOOLEAN,
	COUNT,
	DOMAIN,
	GROUP,
	GROUP_IDS,
	HOST_OS,
	HOST_OS_IDS,
	INTEGER,
	NAME,
	PORT,
	PRODUCT,
	TEXT,
	TOKEN,
	arrayOf,
	checkFields,
	isCleanString,
	isObject,
	isPrefix,
	leaf,
	nullableObject,
	object,
	optional,
	orNull,
	own,
	report,
	reportExpected,
	required,
	show,
	table,
	type Check,
	type Field,
	type FieldTable,
	type Leaf,
} from './jsonCheck.ts';
import { CLI_LIMITS, STRING_LIMITS, type Limits } from './limits.ts';
import type { Scenario } from './scenario.ts';
import { checkLimits, minutesOf } from './scenarioLimits.ts';

/**
 * Hand-written validator for scenario JSON (no schema library). Every problem comes back as an
 * issue naming its JSON path, like `{ path: 'timeline[3].at', code: 'expected', expected:
 * 'duration', got: '12' }`; src/i18n/issues/ words it. Shapes and string rules first, then the
 * limits of the profile the caller passes (a scenario that would build more machines than the lab
 * allows is refused here, before anything is built).
 */

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; issues: Issue[] };

// ---------------------------------------------------------------- leaves

/** Descriptions run to a paragraph; other texts stay within STRING_LIMITS.text. */
const LONG_TEXT_MAX = STRING_LIMITS.longText;
const isDuration = (v: unknown): boolean => {
	const m = minutesOf(v);
	return m !== undefined && Number.isFinite(m) && m >= 0;
};

/** A clock offset stays within the widest horizon either way, so every date it shifts can be written. */
const isOffset = (v: unknown): boolean => {
	const m = minutesOf(v);
	return m !== undefined && Number.isFinite(m) && Math.abs(m) <= CLI_LIMITS.maxMinutes;
};

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;

const LONG_TEXT = leaf('longText', (v) => isCleanString(v, 1, LONG_TEXT_MAX));
const PREFIX = leaf('prefix', isPrefix);
const MINUTES = leaf(
	'minutes',
	(v) => typeof v === 'number' && Number.isInteger(v) && v >= 15 && v <= 43_200
);
const SEED = leaf(
	'seed',
	(v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffff_ffff
);
const DURATION = leaf('duration', isDuration);
const OFFSET = leaf('offset', isOffset);
const SERVICE_COMMAND = leaf(
	'serviceCommand',
	(v) => v === 'stop' || v === 'start' || v === 'restart'
);
const DATE = leaf(
	'date',
	(v) => typeof v === 'string' && ISO_UTC.test(v) && Number.isFinite(Date.parse(v))
);

/** `{ "ja": …, "en": … }`, both texts checked by `text`. */
function localized(text: Leaf): FieldTable {
	return table({ ja: text, en: text }, 'required');
}

const LOCALIZED = object(localized(TEXT), 'localized');
const LOCALIZED_LONG = object(localized(LONG_TEXT), 'localized');

// ---------------------------------------------------------------- world parts (src/engine/actions.ts, scenario.ts)

const MACHINE = table(
	{
		name: NAME,
		prefix: PREFIX,
		count: INTEGER,
		product: required(PRODUCT),
		key: TOKEN,
		vm: BOOLEAN,
		sharedCmid: BOOLEAN,
		cmid: TOKEN,
		clockOffset: OFFSET,
		domain: orNull(DOMAIN),
		dnsSuffix: orNull(DOMAIN),
		online: BOOLEAN,
		internet: BOOLEAN,
		kms: TOKEN,
		lookupDomain: DOMAIN,
		hostCaching: BOOLEAN,
		actType: ACT_TYPE,
	},
	'optional',
	(path, spec, issues) => {
		const count = own(spec, 'count');
		if (own(spec, 'name') !== undefined && count !== undefined && count !== 1)
			report(issues, { path, code: 'conflict', rule: 'name_with_count' });
	}
);

const HOST = table(
	{
		name: required(NAME),
		os: required(HOST_OS),
		hostKey: required(orNull(GROUP)),
		activated: BOOLEAN,
		domain: DOMAIN,
		address: TOKEN,
		port: PORT,
		firewallOpen: BOOLEAN,
		serviceRunning: BOOLEAN,
		dnsPublishing: BOOLEAN,
		publishList: arrayOf(
			object(table({ domain: required(DOMAIN), priority: COUNT, weight: COUNT }, 'optional'))
		),
		activationInterval: MINUTES,
		renewalInterval: MINUTES,
		clockOffset: OFFSET,
		online: BOOLEAN,
		internet: BOOLEAN,
		updatesInstalled: BOOLEAN,
	},
	'optional',
	(path, spec, issues) => {
		// The rule `/ipk` applies on a host (0xC004F069), so a host cannot start with a key it could not install.
		const group = own(spec, 'hostKey');
		const os = own(spec, 'os');
		if (
			typeof group === 'string' &&
			GROUP_IDS.has(group) &&
			typeof os === 'string' &&
			HOST_OS_IDS.has(os) &&
			!groupHostableOn(group as CsvlkGroupId, os as HostOsId)
		)
			report(issues, { path: `${path}.hostKey`, code: 'host_key_os', group, os });
	}
);

const ZONE = table(
	{
		name: required(DOMAIN),
		dynamicUpdates: BOOLEAN,
		records: arrayOf(
			object(
				table({ target: required(DOMAIN), port: PORT, priority: COUNT, weight: COUNT }, 'optional')
			)
		),
	},
	'optional'
);

const FOREST = table(
	{
		rootDomain: DOMAIN,
		domains: arrayOf(DOMAIN),
		activationObjects: arrayOf(
			object(table({ name: ACTIVATION_OBJECT_NAME, group: GROUP }, 'required'))
		),
	},
	'optional'
);

const WORLD = table(
	{
		domain: DOMAIN,
		internet: BOOLEAN,
		zones: arrayOf(object(ZONE, 'zone')),
		forest: nullableObject(FOREST),
		hosts: arrayOf(object(HOST)),
		machines: arrayOf(object(MACHINE)),
		makPools: arrayOf(
			object(
				table(
					{
						id: required(TOKEN),
						key: required(TOKEN),
						remaining: required(COUNT),
						blocked: BOOLEAN,
					},
					'optional'
				)
			)
		),
		hostKeys: arrayOf(object(table({ key: TOKEN, group: GROUP }, 'required'))),
		retailKeys: arrayOf(object(table({ key: TOKEN, product: PRODUCT }, 'required'))),
	},
	'optional'
);

// ---------------------------------------------------------------- actions

const ACTION_TYPE = leaf('actionType', (v) => typeof v === 'string' && ACTION_FIELDS.has(v));

/** An action's table: "type" first (checked before the table is chosen), then its fields, required unless marked. */
const action = (fields: Readonly<Record<string, Check | Field>>): FieldTable =>
	table({ type: ACTION_TYPE, ...fields }, 'required');

const withType = (t: FieldTable): FieldTable => {
	const fields = new Map([['type', required(ACTION_TYPE)], ...t.fields]);
	return t.refine
		? { fields, allowed: [...fields.keys()], refine: t.refine }
		: { fields, allowed: [...fields.keys()] };
};

/** Fields of each action type. `machine` / `host` / `target` are computer names; `zone` and SRV targets DNS names. */
const ACTION_SPECS = {
	addMachines: withType(MACHINE),
	addHost: withType(HOST),
	removeMachine: action({ machine: NAME }),
	installKey: action({ target: NAME, key: TOKEN }),
	uninstallKey: action({ target: NAME }),
	activate: action({ target: NAME }),
	setKmsHost: action({ machine: NAME, host: optional(TOKEN), port: optional(PORT) }),
	clearKmsHost: action({ machine: NAME }),
	setLookupDomain: action({ machine: NAME, domain: DOMAIN }),
	clearLookupDomain: action({ machine: NAME }),
	setHostCaching: action({ machine: NAME, enabled: BOOLEAN }),
	setActType: action({ machine: NAME, actType: ACT_TYPE }),
	setActivationInterval: action({ host: NAME, minutes: MINUTES }),
	setRenewalInterval: action({ host: NAME, minutes: MINUTES }),
	setPort: action({ host: NAME, port: PORT }),
	setDnsPublishing: action({ host: NAME, enabled: BOOLEAN }),
	setLowPriority: action({ host: NAME, enabled: BOOLEAN }),
	setHostUpdates: action({ host: NAME, installed: BOOLEAN }),
	rearm: action({ machine: NAME }),
	sysprepGeneralize: action({ machine: NAME }),
	serviceControl: action({ target: NAME, command: SERVICE_COMMAND }),
	restart: action({ target: NAME }),
	setFirewall: action({ host: NAME, open: BOOLEAN }),
	setFirewallRule: action({ target: NAME, enabled: optional(BOOLEAN), profile: optional(TEXT) }),
	setClockOffset: action({ target: NAME, offset: OFFSET }),
	resyncClock: action({ target: NAME }),
	setOnline: action({ target: NAME, online: BOOLEAN }),
	setInternet: action({ target: NAME, internet: BOOLEAN }),
	joinDomain: action({ machine: NAME, domain: DOMAIN }),
	leaveDomain: action({ machine: NAME }),
	deleteSrvRecord: action({ zone: DOMAIN, target: optional(DOMAIN) }),
	addSrvRecord: action({
		zone: DOMAIN,
		target: DOMAIN,
		port: optional(PORT),
		priority: optional(COUNT),
		weight: optional(COUNT),
	}),
	setZoneDynamicUpdates: action({ zone: DOMAIN, enabled: BOOLEAN }),
	grantSrvRecordRights: action({ zone: DOMAIN, host: NAME }),
	createActivationObject: action({ key: TOKEN, name: optional(TEXT) }),
	createActivationObjectByPhone: action({
		key: TOKEN,
		confirmationId: TOKEN,
		name: optional(TEXT),
	}),
	deleteActivationObject: action({ name: TEXT }),
	applyConfirmationId: action({ target: NAME, confirmationId: TOKEN }),
} satisfies Record<ActionType, FieldTable>;

/** Looked up with a user-supplied type: a Map, so "constructor" or "toString" is no action. */
const ACTION_FIELDS: ReadonlyMap<string, FieldTable> = new Map(Object.entries(ACTION_SPECS));

/** Action types a scenario may use. */
export const ACTION_TYPES: readonly ActionType[] = Object.keys(ACTION_SPECS) as ActionType[];

/** Checks one action (used for timelines, and by the engine's dispatch for untrusted input). */
export function validateAction(path: string, value: unknown, issues: Issue[]): void {
	if (!isObject(value)) return reportExpected(issues, path, 'action', value);
	const type = own(value, 'type');
	const fields = typeof type === 'string' ? ACTION_FIELDS.get(type) : undefined;
	if (fields === undefined) {
		if (type === undefined) report(issues, { path: `${path}.type`, code: 'missing' });
		else reportExpected(issues, `${path}.type`, 'actionType', type);
		return;
	}
	checkFields(path, value, fields, issues, 'action');
}

// ---------------------------------------------------------------- timeline

const TIMELINE_ITEM = table(
	{
		at: required(DURATION),
		every: DURATION,
		times: INTEGER,
		note: LOCALIZED,
		action: required((path, v, issues) => validateAction(path, v, issues)),
	},
	'optional',
	(path, item, issues) => {
		const every = own(item, 'every');
		const times = own(item, 'times');
		if (every !== undefined && minutesOf(every) === 0)
			report(issues, { path: `${path}.every`, code: 'conflict', rule: 'every_zero' });
		if (times !== undefined && every === undefined && times !== 1)
			report(issues, { path: `${path}.times`, code: 'conflict', rule: 'times_without_every' });
	}
);

// ---------------------------------------------------------------- top level

/** Assumptions a scenario may override, and their kinds (a Map: names come from the input). */
const ASSUMPTIONS = table(
	{
		additionalGraceMinutes: COUNT,
		hostCacheClearedOnRestart: BOOLEAN,
		srvPriorityWeightHonoured: BOOLEAN,
		rearmLimit: COUNT,
		rearmResetsCmid: BOOLEAN,
		installationIdDigits: COUNT,
		unlistedEditionsCovered: BOOLEAN,
	},
	'optional'
);

const SCENARIO = table(
	{
		id: TEXT,
		title: LOCALIZED,
		description: LOCALIZED_LONG,
		start: DATE,
		seed: SEED,
		until: DURATION,
		assumptions: object(ASSUMPTIONS),
		world: required(object(WORLD, 'world')),
		timeline: arrayOf(object(TIMELINE_ITEM, 'timelineItem'), 'timeline'),
	},
	'optional'
);

/** Validates untrusted scenario JSON against its shape and `limits`. Never throws. */
export function validateScenario(data: unknown, limits: Limits): ValidationResult {
	const issues: Issue[] = [];
	if (!isObject(data))
		return {
			ok: false,
			issues: [{ path: '$', code: 'expected', expected: 'scenario', got: show(data) }],
		};
	// Top-level paths read better without "$.": `world.hosts[0].os`.
	checkFields('', data, SCENARIO, issues);
	checkLimits(data, limits, issues);
	return issues.length
		? { ok: false, issues }
		: { ok: true, scenario: data as unknown as Scenario };
}

/** The assumptions' defaults (for documentation and the lab). */
export { DEFAULT_ASSUMPTIONS };
