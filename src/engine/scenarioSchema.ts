import { DEFAULT_ASSUMPTIONS } from './assumptions.ts';
import { GROUP_IDS, HOST_OS_IDS, PRODUCT_IDS, isObject, show } from './jsonCheck.ts';
import type { Scenario } from './scenario.ts';
import { parseDuration } from './time.ts';

/**
 * Hand-written validator for scenario JSON (no schema library). Every error names the JSON path,
 * says what was expected and what was found, e.g.
 * `timeline[3].at: expected a duration like "30d", got 12`.
 */

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

type FieldKind =
	| 'string'
	| 'name'
	| 'boolean'
	| 'count'
	| 'minutes'
	| 'number'
	| 'duration'
	| 'offset'
	| 'port'
	| 'actType'
	| 'product'
	| 'hostOs'
	| 'group'
	| 'groupOrNull'
	| 'domainOrNull'
	| 'localized'
	| 'serviceCommand'
	| 'publishList';

interface Field {
	kind: FieldKind;
	required?: boolean;
}

function checkField(path: string, kind: FieldKind, v: unknown, errors: string[]): void {
	const bad = (expected: string): void => {
		errors.push(`${path}: expected ${expected}, got ${show(v)}`);
	};
	switch (kind) {
		case 'string':
			if (typeof v !== 'string' || v === '') bad('a non-empty string');
			return;
		case 'name':
			if (typeof v !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9-]{0,14}$/.test(v)) bad('a computer name of 1–15 letters, digits or hyphens, like "PC001"');
			return;
		case 'boolean':
			if (typeof v !== 'boolean') bad('true or false');
			return;
		case 'count':
			if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100_000) bad('a whole number from 0 to 100000');
			return;
		case 'minutes':
			if (typeof v !== 'number' || !Number.isInteger(v) || v < 15 || v > 43_200) bad('a whole number of minutes from 15 to 43200');
			return;
		case 'number':
			if (typeof v !== 'number' || !Number.isFinite(v)) bad('a number');
			return;
		case 'duration':
			if (typeof v !== 'string' || parseDuration(v) === undefined || (parseDuration(v) as number) < 0) bad('a duration like "30d", "36h" or "90m"');
			return;
		case 'offset':
			if (typeof v !== 'string' || parseDuration(v) === undefined) bad('a clock offset like "5h" or "-30m"');
			return;
		case 'port':
			if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 65535) bad('a port number from 1 to 65535');
			return;
		case 'actType':
			if (v !== 0 && v !== 1 && v !== 2) bad('0 (all), 1 (AD only) or 2 (KMS only)');
			return;
		case 'product':
			if (typeof v !== 'string' || !PRODUCT_IDS.has(v)) bad(`a product id such as "win11-enterprise" or "ws2022-standard" (see src/data/products.ts)`);
			return;
		case 'hostOs':
			if (typeof v !== 'string' || !HOST_OS_IDS.has(v)) bad(`a host OS: ${[...HOST_OS_IDS].join(', ')}`);
			return;
		case 'group':
			if (typeof v !== 'string' || !GROUP_IDS.has(v)) bad(`a host key group: ${[...GROUP_IDS].join(', ')}`);
			return;
		case 'groupOrNull':
			if (v !== null && (typeof v !== 'string' || !GROUP_IDS.has(v))) bad(`null or a host key group: ${[...GROUP_IDS].join(', ')}`);
			return;
		case 'domainOrNull':
			if (v !== null && (typeof v !== 'string' || !/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(v))) bad('null or a DNS domain like "corp.contoso.com"');
			return;
		case 'localized':
			if (!isObject(v) || typeof v['ja'] !== 'string' || typeof v['en'] !== 'string') bad('an object with "ja" and "en" strings');
			return;
		case 'serviceCommand':
			if (v !== 'stop' && v !== 'start' && v !== 'restart') bad('"stop", "start" or "restart"');
			return;
		case 'publishList':
			if (!Array.isArray(v)) return bad('an array of { "domain", "priority", "weight" }');
			v.forEach((item, i) => checkObject(`${path}[${i}]`, item, { domain: { kind: 'string', required: true }, priority: { kind: 'count' }, weight: { kind: 'count' } }, errors));
			return;
	}
}

function checkObject(path: string, value: unknown, fields: Record<string, Field>, errors: string[]): value is Record<string, unknown> {
	if (!isObject(value)) {
		errors.push(`${path}: expected an object, got ${show(value)}`);
		return false;
	}
	for (const [name, field] of Object.entries(fields)) {
		const v = value[name];
		if (v === undefined) {
			if (field.required) errors.push(`${path}.${name}: missing (required)`);
			continue;
		}
		checkField(`${path}.${name}`, field.kind, v, errors);
	}
	for (const name of Object.keys(value)) {
		if (!(name in fields)) errors.push(`${path}.${name}: unknown field; allowed: ${Object.keys(fields).join(', ')}`);
	}
	return true;
}

const MACHINE_FIELDS: Record<string, Field> = {
	name: { kind: 'name' },
	prefix: { kind: 'string' },
	count: { kind: 'count' },
	product: { kind: 'product', required: true },
	key: { kind: 'string' },
	vm: { kind: 'boolean' },
	sharedCmid: { kind: 'boolean' },
	cmid: { kind: 'string' },
	clockOffset: { kind: 'offset' },
	domain: { kind: 'domainOrNull' },
	dnsSuffix: { kind: 'domainOrNull' },
	online: { kind: 'boolean' },
	internet: { kind: 'boolean' },
	kms: { kind: 'string' },
	lookupDomain: { kind: 'string' },
	hostCaching: { kind: 'boolean' },
	actType: { kind: 'actType' },
};

const HOST_FIELDS: Record<string, Field> = {
	name: { kind: 'name', required: true },
	os: { kind: 'hostOs', required: true },
	hostKey: { kind: 'groupOrNull', required: true },
	activated: { kind: 'boolean' },
	domain: { kind: 'string' },
	address: { kind: 'string' },
	port: { kind: 'port' },
	firewallOpen: { kind: 'boolean' },
	serviceRunning: { kind: 'boolean' },
	dnsPublishing: { kind: 'boolean' },
	publishList: { kind: 'publishList' },
	activationInterval: { kind: 'minutes' },
	renewalInterval: { kind: 'minutes' },
	clockOffset: { kind: 'offset' },
	online: { kind: 'boolean' },
	internet: { kind: 'boolean' },
	updatesInstalled: { kind: 'boolean' },
};

const S = (required = true): Field => ({ kind: 'string', required });
const B: Field = { kind: 'boolean', required: true };

/** Fields of each action type (besides "type"). */
const ACTION_FIELDS: Record<string, Record<string, Field>> = {
	addMachines: MACHINE_FIELDS,
	addHost: HOST_FIELDS,
	removeMachine: { machine: S() },
	installKey: { target: S(), key: S() },
	uninstallKey: { target: S() },
	activate: { target: S() },
	setKmsHost: { machine: S(), host: S(false), port: { kind: 'port' } },
	clearKmsHost: { machine: S() },
	setLookupDomain: { machine: S(), domain: S() },
	clearLookupDomain: { machine: S() },
	setHostCaching: { machine: S(), enabled: B },
	setActType: { machine: S(), actType: { kind: 'actType', required: true } },
	setActivationInterval: { host: S(), minutes: { kind: 'minutes', required: true } },
	setRenewalInterval: { host: S(), minutes: { kind: 'minutes', required: true } },
	setPort: { host: S(), port: { kind: 'port', required: true } },
	setDnsPublishing: { host: S(), enabled: B },
	setLowPriority: { host: S(), enabled: B },
	setHostUpdates: { host: S(), installed: B },
	rearm: { machine: S() },
	sysprepGeneralize: { machine: S() },
	serviceControl: { target: S(), command: { kind: 'serviceCommand', required: true } },
	restart: { target: S() },
	setFirewall: { host: S(), open: B },
	setClockOffset: { target: S(), offset: { kind: 'offset', required: true } },
	resyncClock: { target: S() },
	setOnline: { target: S(), online: B },
	setInternet: { target: S(), internet: B },
	joinDomain: { machine: S(), domain: S() },
	leaveDomain: { machine: S() },
	deleteSrvRecord: { zone: S(), target: S(false) },
	addSrvRecord: { zone: S(), target: S(), port: { kind: 'port' }, priority: { kind: 'count' }, weight: { kind: 'count' } },
	setZoneDynamicUpdates: { zone: S(), enabled: B },
	createActivationObject: { key: S(), name: S(false) },
	createActivationObjectByPhone: { key: S(), confirmationId: S(), name: S(false) },
	deleteActivationObject: { name: S() },
	applyConfirmationId: { target: S(), confirmationId: S() },
};

/** Action types a scenario may use. */
export const ACTION_TYPES: readonly string[] = Object.keys(ACTION_FIELDS);

/** Checks one action (used for timelines, and by the lab/command line for untrusted input). */
export function validateAction(path: string, value: unknown, errors: string[]): void {
	if (!isObject(value)) {
		errors.push(`${path}: expected an action object like { "type": "activate", "target": "PC001" }, got ${show(value)}`);
		return;
	}
	const type = value['type'];
	const fields = typeof type === 'string' ? ACTION_FIELDS[type] : undefined;
	if (!fields) {
		errors.push(`${path}.type: expected one of ${ACTION_TYPES.join(', ')}, got ${show(type)}`);
		return;
	}
	const rest = { ...value };
	delete rest['type'];
	checkObject(path, rest, fields, errors);
}

const ASSUMPTION_KINDS: Record<string, FieldKind> = {
	additionalGraceMinutes: 'count',
	hostCacheClearedOnRestart: 'boolean',
	srvPriorityWeightHonoured: 'boolean',
	rearmLimit: 'count',
	rearmResetsCmid: 'boolean',
	installationIdDigits: 'count',
	unlistedEditionsCovered: 'boolean',
};

/** Validates untrusted scenario JSON. Never throws. */
export function validateScenario(data: unknown): ValidationResult {
	const errors: string[] = [];
	if (!isObject(data)) return { ok: false, errors: [`$: expected a scenario object with "world" (and optional "timeline"), got ${show(data)}`] };
	const top: Record<string, Field> = {
		id: { kind: 'string' },
		title: { kind: 'localized' },
		description: { kind: 'localized' },
		start: { kind: 'string' },
		seed: { kind: 'number' },
		until: { kind: 'duration' },
	};
	for (const [name, field] of Object.entries(top)) if (data[name] !== undefined) checkField(name, field.kind, data[name], errors);
	if (typeof data['start'] === 'string' && Number.isNaN(Date.parse(data['start']))) errors.push(`start: expected a UTC date-time like "2026-01-05T09:00:00Z", got ${show(data['start'])}`);
	for (const name of Object.keys(data)) if (!['world', 'timeline', 'assumptions', ...Object.keys(top)].includes(name)) errors.push(`${name}: unknown field; allowed: world, timeline, assumptions, ${Object.keys(top).join(', ')}`);

	const assumptions = data['assumptions'];
	if (assumptions !== undefined) {
		if (!isObject(assumptions)) errors.push(`assumptions: expected an object, got ${show(assumptions)}`);
		else
			for (const [k, v] of Object.entries(assumptions)) {
				const kind = ASSUMPTION_KINDS[k];
				if (!kind) errors.push(`assumptions.${k}: unknown assumption; allowed: ${Object.keys(ASSUMPTION_KINDS).join(', ')}`);
				else checkField(`assumptions.${k}`, kind, v, errors);
			}
	}

	const world = data['world'];
	if (!isObject(world)) errors.push(`world: expected an object with hosts, machines, zones…, got ${show(world)}`);
	else {
		const allowed = ['domain', 'internet', 'zones', 'forest', 'hosts', 'machines', 'makPools', 'hostKeys', 'retailKeys'];
		for (const k of Object.keys(world)) if (!allowed.includes(k)) errors.push(`world.${k}: unknown field; allowed: ${allowed.join(', ')}`);
		if (world['domain'] !== undefined) checkField('world.domain', 'domainOrNull', world['domain'], errors);
		if (world['internet'] !== undefined) checkField('world.internet', 'boolean', world['internet'], errors);
		const list = (key: string, each: (path: string, item: unknown) => void) => {
			const v = world[key];
			if (v === undefined) return;
			if (!Array.isArray(v)) errors.push(`world.${key}: expected an array, got ${show(v)}`);
			else v.forEach((item, i) => each(`world.${key}[${i}]`, item));
		};
		list('hosts', (p, item) => checkObject(p, item, HOST_FIELDS, errors));
		list('machines', (p, item) => {
			if (checkObject(p, item, MACHINE_FIELDS, errors) && item['name'] !== undefined && item['count'] !== undefined && item['count'] !== 1)
				errors.push(`${p}: "name" gives one machine; use "prefix" with "count" for several`);
		});
		list('zones', (p, item) => {
			if (checkObject(p, item, { name: S(), dynamicUpdates: { kind: 'boolean' }, records: { kind: 'string' } }, [])) {
				checkField(`${p}.name`, 'string', item['name'], errors);
				if (item['dynamicUpdates'] !== undefined) checkField(`${p}.dynamicUpdates`, 'boolean', item['dynamicUpdates'], errors);
				const recs = item['records'];
				if (recs !== undefined) {
					if (!Array.isArray(recs)) errors.push(`${p}.records: expected an array, got ${show(recs)}`);
					else recs.forEach((r, i) => checkObject(`${p}.records[${i}]`, r, { target: S(), port: { kind: 'port' }, priority: { kind: 'count' }, weight: { kind: 'count' } }, errors));
				}
				for (const k of Object.keys(item)) if (!['name', 'dynamicUpdates', 'records'].includes(k)) errors.push(`${p}.${k}: unknown field; allowed: name, dynamicUpdates, records`);
			} else errors.push(`${p}: expected a zone object like { "name": "corp.contoso.com" }, got ${show(item)}`);
		});
		list('makPools', (p, item) => checkObject(p, item, { id: S(), key: S(), remaining: { kind: 'count', required: true }, blocked: { kind: 'boolean' } }, errors));
		list('hostKeys', (p, item) => checkObject(p, item, { key: S(), group: { kind: 'group', required: true } }, errors));
		list('retailKeys', (p, item) => checkObject(p, item, { key: S(), product: { kind: 'product', required: true } }, errors));
		const forest = world['forest'];
		if (forest !== undefined && forest !== null) {
			if (checkObject('world.forest', forest, { rootDomain: S(false), domains: { kind: 'string' }, activationObjects: { kind: 'string' } }, [])) {
				if (forest['rootDomain'] !== undefined) checkField('world.forest.rootDomain', 'string', forest['rootDomain'], errors);
				const domains = forest['domains'];
				if (domains !== undefined && (!Array.isArray(domains) || domains.some((d) => typeof d !== 'string'))) errors.push(`world.forest.domains: expected an array of domain names, got ${show(domains)}`);
				const objs = forest['activationObjects'];
				if (objs !== undefined) {
					if (!Array.isArray(objs)) errors.push(`world.forest.activationObjects: expected an array, got ${show(objs)}`);
					else
						objs.forEach((o, i) => {
							const p = `world.forest.activationObjects[${i}]`;
							if (checkObject(p, o, { name: S(), group: { kind: 'group', required: true } }, errors) && typeof o['name'] === 'string' && [...o['name']].length > 40)
								errors.push(`${p}.name: an activation object name can be at most 40 characters, got ${[...o['name']].length}`);
						});
				}
				for (const k of Object.keys(forest)) if (!['rootDomain', 'domains', 'activationObjects'].includes(k)) errors.push(`world.forest.${k}: unknown field; allowed: rootDomain, domains, activationObjects`);
			} else errors.push(`world.forest: expected an object or null, got ${show(forest)}`);
		}
	}

	const timeline = data['timeline'];
	if (timeline !== undefined) {
		if (!Array.isArray(timeline)) errors.push(`timeline: expected an array of { "at", "action" }, got ${show(timeline)}`);
		else
			timeline.forEach((item, i) => {
				const p = `timeline[${i}]`;
				if (!isObject(item)) {
					errors.push(`${p}: expected an object like { "at": "3d", "action": { … } }, got ${show(item)}`);
					return;
				}
				checkField(`${p}.at`, 'duration', item['at'], errors);
				if (item['every'] !== undefined) {
					checkField(`${p}.every`, 'duration', item['every'], errors);
					if (typeof item['every'] === 'string' && parseDuration(item['every']) === 0) errors.push(`${p}.every: must be longer than 0`);
				}
				if (item['times'] !== undefined) checkField(`${p}.times`, 'count', item['times'], errors);
				if (item['times'] !== undefined && item['every'] === undefined && item['times'] !== 1) errors.push(`${p}.times: needs "every" to repeat`);
				if (item['note'] !== undefined) checkField(`${p}.note`, 'localized', item['note'], errors);
				if (item['action'] === undefined) errors.push(`${p}.action: missing (required)`);
				else validateAction(`${p}.action`, item['action'], errors);
				for (const k of Object.keys(item)) if (!['at', 'every', 'times', 'note', 'action'].includes(k)) errors.push(`${p}.${k}: unknown field; allowed: at, every, times, note, action`);
			});
	}
	return errors.length ? { ok: false, errors } : { ok: true, scenario: data as unknown as Scenario };
}

/** The assumptions' defaults (for documentation and the lab). */
export { DEFAULT_ASSUMPTIONS };
