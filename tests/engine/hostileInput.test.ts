import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	ACTION_TYPES,
	LAB_LIMITS,
	createSimulation,
	validateAction,
	validateScenario,
	type Issue,
	type Snapshot,
} from '../../src/engine/index.ts';
import { validateSnapshot } from '../../src/engine/snapshotSchema.ts';
import { formatIssue } from '../../src/i18n/issues/index.ts';
import { DAY, loadPreset } from './helpers.ts';

/**
 * Hostile text in every field the validators read: Object.prototype's member names, 100k-character
 * strings, control characters, lone surrogates and non-BMP text. The validators never throw,
 * refuse or accept exactly as the string rules say (checked against the rules written out again
 * here), name the field in the issue, and never touch Object.prototype.
 */

const RESERVED = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const hostileString: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(...RESERVED),
	fc.constantFrom(
		'x'.repeat(100_000),
		'あ'.repeat(100_000),
		'𠮷'.repeat(50_000),
		'a'.repeat(257),
		'a'.repeat(129),
		'A'.repeat(16),
		`${'a'.repeat(63)}.`.repeat(4)
	),
	fc.constantFrom(
		'\ud800',
		'a\udc00b',
		'\udbff\udfff',
		'😀',
		'𠮷野家',
		'KMS01\u0000',
		'\u001b[31mred',
		'a\u0085b',
		'a\u009bb',
		'\u202eevil',
		'PC\u200b01',
		'a\nb',
		'tab\there',
		' ',
		''
	),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({
		unit: fc.constantFrom(
			'a',
			'Z',
			'0',
			'-',
			'.',
			'_',
			' ',
			'\u0000',
			'\u001f',
			'\u007f',
			'\u0080',
			'\u009f',
			'\ud800',
			'\udc00',
			'😀',
			'𠮷',
			'あ'
		),
		maxLength: 20,
	}),
	fc.string({ unit: 'grapheme', maxLength: 20 })
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
	hostileString,
	fc.constantFrom<unknown>(
		null,
		true,
		false,
		0,
		-1,
		1.5,
		Number.NaN,
		Number.POSITIVE_INFINITY,
		2 ** 53,
		-0,
		[],
		{},
		['PC001']
	),
	fc
		.constantFrom(...RESERVED)
		.map((k) => JSON.parse(`{ ${JSON.stringify(k)}: { "polluted": true } }`) as unknown)
);

// ---------------------------------------------------------------- the string rules, written out again

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function hasLoneSurrogate(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff) {
			const d = s.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) i++;
			else return true;
		} else if (c >= 0xdc00 && c <= 0xdfff) return true;
	}
	return false;
}

const clean = (s: string, min: number, max: number): boolean => {
	const n = Array.from(s).length;
	return n >= min && n <= max && !CONTROL.test(s) && !hasLoneSurrogate(s);
};

type Kind = 'name' | 'prefix' | 'domain' | 'token' | 'text' | 'longText' | 'aoName' | 'never';

const RULES: Readonly<Record<Kind, (s: string) => boolean>> = {
	name: (s) => /^[A-Za-z0-9][A-Za-z0-9-]{0,14}$/.test(s),
	prefix: (s) => /^[A-Za-z][A-Za-z0-9-]{0,8}$/.test(s) && !RESERVED.includes(s),
	domain: (s) =>
		s.length <= 253 && s.split('.').every((label) => /^[A-Za-z0-9-]{1,63}$/.test(label)),
	// No whitespace, no control or format character (zero-width space, bidi marks).
	token: (s) => clean(s, 1, 128) && !/\s|\p{Cf}/u.test(s),
	text: (s) => clean(s, 1, 256),
	longText: (s) => clean(s, 1, 2000),
	aoName: (s) => clean(s, 1, 40),
	// Enumerations and formats no hostile string matches (a product id, a date…).
	never: () => false,
};

/** A lowerCamel word that is not a member of Object.prototype could be a real optional field: not hostile. */
const mayBeAField = (key: string): boolean =>
	/^[a-z][A-Za-z0-9]*$/.test(key) && !RESERVED.includes(key);

/** `a.b[0].c` from keys, as the validators write paths. */
function pathOf(keys: readonly (string | number)[]): string {
	return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function setAt(root: unknown, keys: readonly (string | number)[], value: unknown): void {
	let parent = root as Record<string | number, unknown>;
	for (const k of keys.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
	parent[keys[keys.length - 1] as string | number] = value;
}

function getAt(root: unknown, keys: readonly (string | number)[]): unknown {
	let v = root as Record<string | number, unknown>;
	for (const k of keys) v = v[k] as Record<string | number, unknown>;
	return v;
}

// ---------------------------------------------------------------- fixtures: every string field with its rule

const SCENARIO = {
	id: 'fixture',
	title: { ja: 'タイトル', en: 'Title' },
	description: { ja: '説明', en: 'Description' },
	start: '2026-01-05T09:00:00Z',
	seed: 7,
	until: '30d',
	assumptions: { rearmLimit: 3 },
	world: {
		domain: 'corp.contoso.com',
		zones: [
			{ name: 'corp.contoso.com', records: [{ target: 'kms01.corp.contoso.com', port: 1688 }] },
		],
		forest: {
			rootDomain: 'corp.contoso.com',
			domains: ['corp.contoso.com'],
			activationObjects: [{ name: 'AO', group: 'ws2022' }],
		},
		hosts: [
			{
				name: 'KMS01',
				os: 'ws2022',
				hostKey: 'ws2022',
				domain: 'corp.contoso.com',
				address: '10.0.0.10',
				clockOffset: '1h',
				publishList: [{ domain: 'branch.contoso.com' }],
			},
		],
		machines: [
			{
				prefix: 'PC',
				count: 3,
				product: 'win11-enterprise',
				key: 'gvlk',
				cmid: 'cmid-1',
				domain: 'corp.contoso.com',
				dnsSuffix: 'corp.contoso.com',
				kms: 'KMS01:1688',
				lookupDomain: 'corp.contoso.com',
			},
			{ name: 'LAPTOP', product: 'win11-pro', key: 'mak:pool' },
		],
		makPools: [{ id: 'pool', key: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', remaining: 5 }],
		hostKeys: [{ key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX', group: 'ws2022' }],
		retailKeys: [{ key: 'RRRRR-BBBBB-CCCCC-DDDDD-EEEEE', product: 'win11-pro' }],
	},
	timeline: [
		{
			at: '1d',
			note: { ja: 'メモ', en: 'note' },
			action: { type: 'setKmsHost', machine: 'PC001', host: 'KMS01.corp.contoso.com' },
		},
		{ at: '1d', action: { type: 'joinDomain', machine: 'LAPTOP', domain: 'corp.contoso.com' } },
		{
			at: '2d',
			action: { type: 'addSrvRecord', zone: 'corp.contoso.com', target: 'kms02.corp.contoso.com' },
		},
		{
			at: '2d',
			action: {
				type: 'createActivationObjectByPhone',
				key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX',
				confirmationId: '123456',
				name: 'AO2',
			},
		},
		{
			at: '3d',
			action: { type: 'installKey', target: 'KMS01', key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX' },
		},
		{ at: '3d', action: { type: 'setFirewallRule', target: 'KMS01', profile: 'Domain, Private' } },
		{
			at: '4d',
			action: { type: 'addHost', name: 'KMS02', os: 'ws2022', hostKey: null, address: '10.0.0.11' },
		},
		{ at: '4d', action: { type: 'deleteActivationObject', name: 'AO2' } },
	],
};

const SCENARIO_FIELDS: readonly (readonly [keys: readonly (string | number)[], kind: Kind])[] = [
	[['id'], 'text'],
	[['title', 'ja'], 'text'],
	[['title', 'en'], 'text'],
	[['description', 'ja'], 'longText'],
	[['start'], 'never'],
	[['world', 'domain'], 'domain'],
	[['world', 'zones', 0, 'name'], 'domain'],
	[['world', 'zones', 0, 'records', 0, 'target'], 'domain'],
	[['world', 'forest', 'rootDomain'], 'domain'],
	[['world', 'forest', 'domains', 0], 'domain'],
	[['world', 'forest', 'activationObjects', 0, 'name'], 'aoName'],
	[['world', 'forest', 'activationObjects', 0, 'group'], 'never'],
	[['world', 'hosts', 0, 'name'], 'name'],
	[['world', 'hosts', 0, 'os'], 'never'],
	[['world', 'hosts', 0, 'domain'], 'domain'],
	[['world', 'hosts', 0, 'address'], 'token'],
	[['world', 'hosts', 0, 'publishList', 0, 'domain'], 'domain'],
	[['world', 'machines', 0, 'prefix'], 'prefix'],
	[['world', 'machines', 0, 'product'], 'never'],
	[['world', 'machines', 0, 'key'], 'token'],
	[['world', 'machines', 0, 'cmid'], 'token'],
	[['world', 'machines', 0, 'domain'], 'domain'],
	[['world', 'machines', 0, 'dnsSuffix'], 'domain'],
	[['world', 'machines', 0, 'kms'], 'token'],
	[['world', 'machines', 0, 'lookupDomain'], 'domain'],
	[['world', 'machines', 1, 'name'], 'name'],
	[['world', 'makPools', 0, 'id'], 'token'],
	[['world', 'makPools', 0, 'key'], 'token'],
	[['world', 'hostKeys', 0, 'key'], 'token'],
	[['world', 'retailKeys', 0, 'key'], 'token'],
	[['timeline', 0, 'note', 'en'], 'text'],
	[['timeline', 0, 'action', 'machine'], 'name'],
	[['timeline', 0, 'action', 'host'], 'token'],
	[['timeline', 1, 'action', 'domain'], 'domain'],
	[['timeline', 2, 'action', 'zone'], 'domain'],
	[['timeline', 2, 'action', 'target'], 'domain'],
	[['timeline', 3, 'action', 'key'], 'token'],
	[['timeline', 3, 'action', 'confirmationId'], 'token'],
	[['timeline', 3, 'action', 'name'], 'text'],
	[['timeline', 4, 'action', 'target'], 'name'],
	[['timeline', 5, 'action', 'profile'], 'text'],
	[['timeline', 6, 'action', 'name'], 'name'],
	[['timeline', 6, 'action', 'address'], 'token'],
	[['timeline', 7, 'action', 'name'], 'text'],
];

/** Paths of every object in a value (where a hostile key can go). */
function objectPaths(
	value: unknown,
	prefix: (string | number)[] = [],
	out: (string | number)[][] = []
): (string | number)[][] {
	if (Array.isArray(value)) value.forEach((v, i) => objectPaths(v, [...prefix, i], out));
	else if (typeof value === 'object' && value !== null) {
		out.push(prefix);
		for (const [k, v] of Object.entries(value)) objectPaths(v, [...prefix, k], out);
	}
	return out;
}

function stringPaths(
	value: unknown,
	prefix: (string | number)[] = [],
	out: (string | number)[][] = []
): (string | number)[][] {
	if (typeof value === 'string') out.push(prefix);
	else if (Array.isArray(value)) value.forEach((v, i) => stringPaths(v, [...prefix, i], out));
	else if (typeof value === 'object' && value !== null)
		for (const [k, v] of Object.entries(value)) stringPaths(v, [...prefix, k], out);
	return out;
}

// ---------------------------------------------------------------- Object.prototype stays as it was

const prototypeKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort();
let keysBefore: string[] = [];

beforeAll(() => {
	keysBefore = prototypeKeys();
});

afterAll(() => {
	expect(prototypeKeys()).toEqual(keysBefore);
	expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

function untouched(): void {
	expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	expect(Object.getPrototypeOf({})).toBe(Object.prototype);
	expect(prototypeKeys()).toEqual(keysBefore);
}

/** Every issue's path and sentences are free of control characters. */
function wordedSafely(issues: readonly Issue[]): void {
	for (const issue of issues) {
		expect(issue.path).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
		for (const lang of ['ja', 'en'] as const)
			expect(formatIssue(issue, lang)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
	}
}

// ---------------------------------------------------------------- properties

describe('hostile input: validateScenario', () => {
	it('the fixture is valid', () => {
		expect(validateScenario(structuredClone(SCENARIO), LAB_LIMITS)).toMatchObject({ ok: true });
	});

	it('a hostile string in any string field is refused or accepted by that field’s rule, naming the field', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: SCENARIO_FIELDS.length - 1 }),
				hostileString,
				(fi, text) => {
					const [keys, kind] = SCENARIO_FIELDS[fi]!;
					const data = structuredClone(SCENARIO);
					setAt(data, keys, text);
					let r: ReturnType<typeof validateScenario> | undefined;
					expect(() => (r = validateScenario(data, LAB_LIMITS))).not.toThrow();
					const issues = r!.ok ? [] : r!.issues;
					if (RULES[kind](text)) expect(issues).toEqual([]);
					else expect(issues.map((i) => i.path)).toContain(pathOf(keys));
					wordedSafely(issues);
					untouched();
				}
			),
			{ numRuns: 1500 }
		);
	});

	it('a hostile key in any object is an unknown field; a hostile value anywhere is refused or accepted, never thrown', () => {
		const objects = objectPaths(SCENARIO);
		const leaves = stringPaths(SCENARIO);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: objects.length - 1 }),
				hostileString,
				fc.integer({ min: 0, max: leaves.length - 1 }),
				hostileValue,
				(oi, key, li, value) => {
					const keys = objects[oi]!;
					const data = JSON.parse(JSON.stringify(SCENARIO)) as Record<string, unknown>;
					const target = keys.length ? (getAt(data, keys) as Record<string, unknown>) : data;
					if (Object.hasOwn(target, key) || mayBeAField(key)) return;
					// Defined as an own data property, as JSON.parse would (so "__proto__" is a key, not the prototype).
					Object.defineProperty(target, key, {
						value: 1,
						enumerable: true,
						configurable: true,
						writable: true,
					});
					let r: ReturnType<typeof validateScenario> | undefined;
					expect(() => (r = validateScenario(data, LAB_LIMITS))).not.toThrow();
					expect(r!.ok).toBe(false);
					const unknown = r!.ok ? [] : r!.issues.filter((i) => i.code === 'unknown_field');
					expect(unknown).toHaveLength(1);
					wordedSafely(r!.ok ? [] : r!.issues);

					const other = JSON.parse(JSON.stringify(SCENARIO)) as Record<string, unknown>;
					setAt(other, leaves[li]!, value);
					expect(() => validateScenario(other, LAB_LIMITS)).not.toThrow();
					untouched();
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('JSON that names "__proto__" everywhere pollutes nothing', () => {
		const text = JSON.stringify(SCENARIO).replaceAll('{', '{"__proto__":{"polluted":true},');
		const data: unknown = JSON.parse(text);
		const r = validateScenario(data, LAB_LIMITS);
		expect(r.ok).toBe(false);
		expect(
			r.ok ? [] : r.issues.every((i) => i.code === 'unknown_field' && i.path.endsWith('__proto__'))
		).toBe(true);
		wordedSafely(r.ok ? [] : r.issues);
		untouched();
	});
});

describe('hostile input: validateAction', () => {
	const ACTIONS: readonly (readonly [
		action: Record<string, unknown>,
		fields: readonly (readonly [string, Kind])[],
	])[] = [
		[{ type: 'activate', target: 'PC001' }, [['target', 'name']]],
		[
			{ type: 'installKey', target: 'PC001', key: 'K' },
			[
				['target', 'name'],
				['key', 'token'],
			],
		],
		[
			{ type: 'setKmsHost', machine: 'PC001', host: 'KMS01' },
			[
				['machine', 'name'],
				['host', 'token'],
			],
		],
		[
			{ type: 'setLookupDomain', machine: 'PC001', domain: 'corp.contoso.com' },
			[['domain', 'domain']],
		],
		[
			{ type: 'addSrvRecord', zone: 'corp.contoso.com', target: 'kms.corp.contoso.com' },
			[
				['zone', 'domain'],
				['target', 'domain'],
			],
		],
		[
			{ type: 'grantSrvRecordRights', zone: 'corp.contoso.com', host: 'KMS02' },
			[
				['zone', 'domain'],
				['host', 'name'],
			],
		],
		[
			{ type: 'createActivationObjectByPhone', key: 'K', confirmationId: '1', name: 'AO' },
			[
				['key', 'token'],
				['confirmationId', 'token'],
				['name', 'text'],
			],
		],
		[{ type: 'deleteActivationObject', name: 'AO' }, [['name', 'text']]],
		[
			{ type: 'setFirewallRule', target: 'KMS01', profile: 'Any' },
			[
				['target', 'name'],
				['profile', 'text'],
			],
		],
		[{ type: 'setClockOffset', target: 'PC001', offset: '5h' }, [['offset', 'never']]],
		[{ type: 'serviceControl', target: 'KMS01', command: 'stop' }, [['command', 'never']]],
		[
			{ type: 'addMachines', prefix: 'PC', product: 'win11-pro', cmid: 'c', kms: 'K' },
			[
				['prefix', 'prefix'],
				['cmid', 'token'],
				['kms', 'token'],
				['product', 'never'],
			],
		],
		[
			{
				type: 'addHost',
				name: 'KMS02',
				os: 'ws2022',
				hostKey: null,
				domain: 'corp.contoso.com',
				address: '10.0.0.2',
			},
			[
				['name', 'name'],
				['domain', 'domain'],
				['address', 'token'],
				['os', 'never'],
			],
		],
	];
	const fieldArb = fc
		.integer({ min: 0, max: ACTIONS.length - 1 })
		.chain((ai) =>
			fc.tuple(fc.constant(ai), fc.integer({ min: 0, max: ACTIONS[ai]![1].length - 1 }))
		);

	it('every fixture is valid', () => {
		for (const [action] of ACTIONS) {
			const issues: Issue[] = [];
			validateAction('action', action, issues);
			expect(issues, String(action['type'])).toEqual([]);
		}
	});

	it('a hostile string in a field is refused or accepted by that field’s rule', () => {
		fc.assert(
			fc.property(fieldArb, hostileString, ([ai, fi], text) => {
				const [base, fields] = ACTIONS[ai]!;
				const [field, kind] = fields[fi]!;
				const issues: Issue[] = [];
				expect(() => validateAction('action', { ...base, [field]: text }, issues)).not.toThrow();
				if (RULES[kind](text)) expect(issues).toEqual([]);
				else expect(issues.map((i) => i.path)).toContain(`action.${field}`);
				wordedSafely(issues);
				untouched();
			}),
			{ numRuns: 1500 }
		);
	});

	it('a hostile type is no action; a hostile key is an unknown field; a hostile value is refused', () => {
		fc.assert(
			fc.property(
				hostileString,
				hostileValue,
				fc.integer({ min: 0, max: ACTIONS.length - 1 }),
				(text, value, ai) => {
					const typed: Issue[] = [];
					expect(() =>
						validateAction(
							'action',
							JSON.parse(JSON.stringify({ type: text, target: 'PC001' })),
							typed
						)
					).not.toThrow();
					expect(typed.length > 0).toBe(text !== 'activate');
					if (!(ACTION_TYPES as readonly string[]).includes(text))
						expect(typed).toEqual([
							{
								path: 'action.type',
								code: 'expected',
								expected: 'actionType',
								got: expect.any(String),
							},
						]);

					const [base] = ACTIONS[ai]!;
					if (!Object.hasOwn(base, text) && !mayBeAField(text)) {
						const keyed: Issue[] = [];
						const action = JSON.parse(
							`{ ${JSON.stringify(text)}: 1, ${JSON.stringify(base).slice(1)}`
						) as unknown;
						validateAction('action', action, keyed);
						expect(keyed.map((i) => i.code)).toEqual(['unknown_field']);
						wordedSafely(keyed);
					}

					const valued: Issue[] = [];
					expect(() =>
						validateAction('action', { ...base, [ACTIONS[ai]![1][0]![0]]: value }, valued)
					).not.toThrow();
					if (typeof value !== 'string') expect(valued.length).toBeGreaterThan(0);
					expect(() => validateAction('action', value, [])).not.toThrow();
					untouched();
				}
			),
			{ numRuns: 1000 }
		);
	});
});

describe('hostile input: validateSnapshot', () => {
	let snapshot: Snapshot;
	let leaves: (string | number)[][];
	let objects: (string | number)[][];

	beforeAll(() => {
		const sim = createSimulation(loadPreset('two-hosts'));
		sim.advanceTo(2 * DAY);
		snapshot = JSON.parse(JSON.stringify(sim.snapshot())) as Snapshot;
		// Fewer log entries, so damage lands mostly elsewhere.
		snapshot.log.entries = snapshot.log.entries.slice(0, 5);
		leaves = stringPaths(snapshot);
		objects = objectPaths(snapshot);
	});

	it('the base snapshot is valid', () => {
		expect(validateSnapshot(snapshot)).toMatchObject({ ok: true });
	});

	it('a dirty string anywhere is refused at its path; any hostile string never throws', () => {
		fc.assert(
			fc.property(fc.nat(), hostileString, (n, text) => {
				const keys = leaves[n % leaves.length]!;
				const s = structuredClone(snapshot) as unknown;
				setAt(s, keys, text);
				let r: ReturnType<typeof validateSnapshot> | undefined;
				expect(() => (r = validateSnapshot(s))).not.toThrow();
				const issues = r!.ok ? [] : r!.issues;
				// No string field of a saved state holds control characters, lone surrogates or more than 2000 characters.
				const p = pathOf(keys);
				if (!clean(text, 0, 2000))
					expect(
						issues.some(
							(i) =>
								i.path !== '$' &&
								(i.path === p || p.startsWith(`${i.path}[`) || p.startsWith(`${i.path}.`))
						),
						p
					).toBe(true);
				wordedSafely(issues);
				untouched();
			}),
			{ numRuns: 1000 }
		);
	});

	it('a hostile key in any object is refused (nextNumber: unless it is a valid prefix)', () => {
		fc.assert(
			fc.property(fc.nat(), hostileString, (n, key) => {
				const keys = objects[n % objects.length]!;
				const s = structuredClone(snapshot) as unknown as Record<string, unknown>;
				const target = keys.length ? (getAt(s, keys) as Record<string, unknown>) : s;
				if (Object.hasOwn(target, key) || mayBeAField(key)) return;
				Object.defineProperty(target, key, {
					value: 1,
					enumerable: true,
					configurable: true,
					writable: true,
				});
				let r: ReturnType<typeof validateSnapshot> | undefined;
				expect(() => (r = validateSnapshot(s))).not.toThrow();
				const nextNumber = pathOf(keys) === 'world.nextNumber';
				if (!nextNumber || !RULES.prefix(key))
					expect(r!.ok, `${pathOf(keys)} ${JSON.stringify(key).slice(0, 40)}`).toBe(false);
				wordedSafely(r!.ok ? [] : r!.issues);
				untouched();
			}),
			{ numRuns: 1000 }
		);
	});
});
