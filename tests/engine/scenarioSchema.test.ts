import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import {
	CLI_LIMITS,
	LAB_LIMITS,
	validateAction,
	validateScenario,
	type Issue,
	type Limits,
} from '../../src/engine/index.ts';
import { formatIssue } from '../../src/i18n/issues/index.ts';

function issuesOf(data: unknown, limits: Limits = LAB_LIMITS): Issue[] {
	const r = validateScenario(data, limits);
	return r.ok ? [] : r.issues;
}

/** `path code` per issue, the short form most assertions read best in. */
function codesOf(data: unknown, limits: Limits = LAB_LIMITS): string[] {
	return issuesOf(data, limits).map((i) => `${i.path} ${i.code}`);
}

function actionIssues(action: unknown): Issue[] {
	const issues: Issue[] = [];
	validateAction('action', action, issues);
	return issues;
}

const en = (issues: readonly Issue[]): string[] => issues.map((i) => formatIssue(i, 'en'));
const ja = (issues: readonly Issue[]): string[] => issues.map((i) => formatIssue(i, 'ja'));

const machines = (...specs: object[]) => ({ world: { machines: specs } });
const PC = { product: 'win11-enterprise' };

describe('scenario validator: shapes', () => {
	it('accepts a minimal scenario and every preset', () => {
		expect(issuesOf({ world: {} })).toEqual([]);
		for (const file of readdirSync(new URL('../../content/scenarios/', import.meta.url)).filter(
			(f) => f.endsWith('.json')
		)) {
			const data: unknown = JSON.parse(
				readFileSync(new URL(`../../content/scenarios/${file}`, import.meta.url), 'utf8')
			);
			expect(codesOf(data), file).toEqual([]);
		}
	});

	it('names the JSON path, what was expected and what was found', () => {
		const timeline = issuesOf({
			world: {},
			timeline: [
				{ at: '1d', action: { type: 'activate', target: 'PC001' } },
				{},
				{},
				{ at: 12, action: { type: 'activate', target: 'PC001' } },
			],
		});
		expect(timeline).toContainEqual({
			path: 'timeline[3].at',
			code: 'expected',
			expected: 'duration',
			got: '12',
		});
		expect(timeline).toContainEqual({ path: 'timeline[1].at', code: 'missing' });
		expect(en(timeline)).toContain(
			'timeline[3].at: expected a duration like "30d", "36h" or "90m", got 12'
		);
		expect(ja(timeline)).toContain(
			'timeline[3].at: "30d"、"36h"、"90m" のような期間を指定してください (指定値: 12)'
		);

		expect(issuesOf(null)).toEqual([
			{ path: '$', code: 'expected', expected: 'scenario', got: 'null' },
		]);
		expect(en(issuesOf(null))).toEqual([
			'$: expected a scenario object with "world" (and optional "timeline"), got null',
		]);
		expect(
			issuesOf({ world: { hosts: [{ name: 'KMS01', os: 'ws2099', hostKey: 'ws2022' }] } })
		).toEqual([
			{ path: 'world.hosts[0].os', code: 'expected', expected: 'hostOs', got: '"ws2099"' },
		]);
		expect(
			en(issuesOf({ world: { hosts: [{ name: 'KMS01', os: 'ws2099', hostKey: 'ws2022' }] } }))[0]
		).toMatch(/^world\.hosts\[0\]\.os: expected a host OS: ws2025, .*ws2008r2/);
		expect(codesOf(machines({ product: 'win12' }))).toEqual(['world.machines[0].product expected']);
		expect(issuesOf(machines({ name: 'PC001' }))).toEqual([
			{ path: 'world.machines[0].product', code: 'missing' },
		]);
		expect(en(issuesOf(machines({ name: 'PC001' })))).toEqual([
			'world.machines[0].product: missing (required)',
		]);
		expect(ja(issuesOf(machines({ name: 'PC001' })))).toEqual([
			'world.machines[0].product: 必須の項目がありません',
		]);
		expect(issuesOf({ world: {}, timeline: [{ at: '1d', action: { type: 'fly' } }] })).toEqual([
			{ path: 'timeline[0].action.type', code: 'expected', expected: 'actionType', got: '"fly"' },
		]);
		expect(
			en(issuesOf({ world: {}, timeline: [{ at: '1d', action: { type: 'fly' } }] }))[0]
		).toMatch(/^timeline\[0\]\.action\.type: expected one of addMachines, /);
		const port = issuesOf({
			world: {},
			timeline: [{ at: '1d', action: { type: 'setPort', host: 'KMS01', port: 0 } }],
		});
		expect(en(port)).toEqual([
			'timeline[0].action.port: expected a port number from 1 to 65535, got 0',
		]);
		expect(ja(port)).toEqual([
			'timeline[0].action.port: 1～65535 のポート番号を指定してください (指定値: 0)',
		]);
		const colour = issuesOf({ world: { colour: 'blue' } });
		expect(colour).toEqual([
			{
				path: 'world.colour',
				code: 'unknown_field',
				allowed: expect.arrayContaining(['hosts', 'machines', 'zones']),
			},
		]);
		expect(en(colour)[0]).toMatch(/^world\.colour: unknown field; allowed: domain, internet, /);
		expect(ja(colour)[0]).toMatch(
			/^world\.colour: 不明な項目です \(使用できる項目: domain, internet, /
		);
		expect(codesOf({ world: {}, assumptions: { additionalGraceMinutes: -1 } })).toEqual([
			'assumptions.additionalGraceMinutes expected',
		]);
		expect(
			issuesOf({
				world: { forest: { activationObjects: [{ name: 'x'.repeat(41), group: 'ws2022' }] } },
			})[0]
		).toMatchObject({
			path: 'world.forest.activationObjects[0].name',
			expected: 'activationObjectName',
		});
	});

	it('accepts every host OS of the updates table, Server 2008 R2 included', () => {
		expect(
			issuesOf({ world: { hosts: [{ name: 'KMS01', os: 'ws2008r2', hostKey: null }] } })
		).toEqual([]);
		expect(codesOf({ world: { hosts: [{ name: 'KMS01', os: 'ws2008', hostKey: null }] } })).toEqual(
			['world.hosts[0].os expected']
		);
	});

	it('accepts a host without its updates, and the action that installs them', () => {
		expect(
			issuesOf({
				world: {
					hosts: [{ name: 'KMS01', os: 'ws2016', hostKey: 'ws2022', updatesInstalled: false }],
				},
				timeline: [
					{ at: '1d', action: { type: 'setHostUpdates', host: 'KMS01', installed: true } },
				],
			})
		).toEqual([]);
		expect(
			en(
				issuesOf({
					world: {
						hosts: [{ name: 'KMS01', os: 'ws2016', hostKey: 'ws2022', updatesInstalled: 'no' }],
					},
				})
			)
		).toEqual(['world.hosts[0].updatesInstalled: expected true or false, got "no"']);
		expect(
			issuesOf({
				world: {},
				timeline: [{ at: '1d', action: { type: 'setHostUpdates', host: 'KMS01' } }],
			})
		).toEqual([{ path: 'timeline[0].action.installed', code: 'missing' }]);
	});

	it('shows values JSON cannot write without throwing', () => {
		const cyclic: Record<string, unknown> = {};
		cyclic['self'] = cyclic;
		expect(issuesOf({ world: { internet: cyclic } })).toEqual([
			{ path: 'world.internet', code: 'expected', expected: 'boolean', got: '[object Object]' },
		]);
		expect(issuesOf({ world: { internet: 10n } })).toEqual([
			{ path: 'world.internet', code: 'expected', expected: 'boolean', got: '10n' },
		]);
	});

	it('reports conflicting fields', () => {
		expect(issuesOf(machines({ ...PC, name: 'PC001', count: 3 }))).toEqual([
			{ path: 'world.machines[0]', code: 'conflict', rule: 'name_with_count' },
		]);
		expect(en(issuesOf(machines({ ...PC, name: 'PC001', count: 3 })))).toEqual([
			'world.machines[0]: "name" gives one machine; use "prefix" with "count" for several',
		]);
		const timeline = (item: object) =>
			codesOf({
				world: {},
				timeline: [{ at: '1d', action: { type: 'activate', target: 'PC001' }, ...item }],
			});
		expect(timeline({ times: 3 })).toEqual(['timeline[0].times conflict']);
		expect(timeline({ every: '0m', times: 2 })).toEqual(['timeline[0].every conflict']);
		expect(timeline({ every: '1d', times: 2 })).toEqual([]);
	});
});

describe('scenario validator: own properties only', () => {
	const RESERVED = [
		'__proto__',
		'constructor',
		'prototype',
		'toString',
		'hasOwnProperty',
		'valueOf',
	];

	it('refuses the names of Object.prototype members as action types', () => {
		for (const type of RESERVED) {
			const action = JSON.parse(`{ "type": ${JSON.stringify(type)}, "target": "PC001" }`);
			expect(actionIssues(action), type).toEqual([
				{
					path: 'action.type',
					code: 'expected',
					expected: 'actionType',
					got: JSON.stringify(type),
				},
			]);
		}
	});

	it('refuses them as field names, "__proto__" from JSON.parse included', () => {
		for (const name of RESERVED) {
			const action = JSON.parse(
				`{ "type": "activate", "target": "PC001", ${JSON.stringify(name)}: "x" }`
			);
			expect(actionIssues(action), name).toEqual([
				{ path: `action.${name}`, code: 'unknown_field', allowed: ['type', 'target'] },
			]);
			const world = JSON.parse(
				`{ "world": { "machines": [{ "product": "win11-pro", ${JSON.stringify(name)}: 1 }] } }`
			);
			expect(codesOf(world), name).toEqual([`world.machines[0].${name} unknown_field`]);
			const top = JSON.parse(`{ "world": {}, ${JSON.stringify(name)}: {} }`);
			expect(codesOf(top), name).toEqual([`${name} unknown_field`]);
		}
	});

	it('refuses them as assumption names', () => {
		for (const name of RESERVED)
			expect(
				codesOf(JSON.parse(`{ "world": {}, "assumptions": { ${JSON.stringify(name)}: 1 } }`)),
				name
			).toEqual([`assumptions.${name} unknown_field`]);
	});

	it('reads no inherited value', () => {
		expect(codesOf(Object.create({ world: {} }))).toEqual(['world missing']);
		expect(actionIssues(Object.create({ type: 'activate', target: 'PC001' }))).toEqual([
			{ path: 'action.type', code: 'missing' },
		]);
		const inheritedTarget = Object.assign(Object.create({ target: 'PC001' }), { type: 'activate' });
		expect(actionIssues(inheritedTarget)).toEqual([{ path: 'action.target', code: 'missing' }]);
	});

	it('refuses prefixes that would become Object.prototype keys', () => {
		for (const prefix of ['toString', 'valueOf'])
			expect(codesOf(machines({ ...PC, prefix, count: 2 })), prefix).toEqual([
				'world.machines[0].prefix expected',
			]);
	});

	it('escapes a hostile key in the path', () => {
		const issues = issuesOf({ world: {}, 'bad\u001b[31mkey': 1 });
		expect(issues).toEqual([
			{ path: '["bad\\u001b[31mkey"]', code: 'unknown_field', allowed: expect.any(Array) },
		]);
		expect(formatIssue(issues[0] as Issue, 'en')).not.toMatch(/[\u0000-\u001f]/);
	});
});

describe('scenario validator: strings', () => {
	const target = (value: string) =>
		actionIssues({ type: 'activate', target: value }).map(
			(i) => i.code === 'expected' && i.expected
		);

	it('computer names: 1–15 letters, digits or hyphens', () => {
		for (const ok of ['PC001', 'a', 'KMS-01', 'A23456789012345'])
			expect(target(ok), ok).toEqual([]);
		for (const bad of [
			'',
			'-PC',
			'PC 001',
			'PC_001',
			'A234567890123456',
			'PC\u0007',
			'PC.corp.contoso.com',
			'ＰＣ',
		])
			expect(target(bad), bad).toEqual(['name']);
	});

	it('prefixes: a letter, then up to 8 letters, digits or hyphens', () => {
		for (const ok of ['PC', 'SRV', 'A', 'LAB-PC123'])
			expect(codesOf(machines({ ...PC, prefix: ok, count: 2 })), ok).toEqual([]);
		for (const bad of ['', '1PC', 'LAB-PC1234', 'P C', 'PC\u0000'])
			expect(codesOf(machines({ ...PC, prefix: bad, count: 2 })), bad).toEqual([
				'world.machines[0].prefix expected',
			]);
	});

	it('DNS names: at most 253 characters, labels of 1–63', () => {
		const zone = (name: string) => codesOf({ world: { zones: [{ name }] } });
		const label = 'a'.repeat(63);
		for (const ok of ['corp.contoso.com', 'local', `${label}.${label}.${label}.${'b'.repeat(61)}`])
			expect(zone(ok), ok).toEqual([]);
		for (const bad of [
			'',
			'corp..contoso.com',
			'.corp',
			'corp.',
			`${'a'.repeat(64)}.com`,
			`${label}.${label}.${label}.${'b'.repeat(62)}`,
			'corp contoso',
			'corp\u0085.com',
		])
			expect(zone(bad), bad).toEqual(['world.zones[0].name expected']);
		expect(actionIssues({ type: 'joinDomain', machine: 'PC001', domain: 'a_b' })[0]).toMatchObject({
			path: 'action.domain',
			expected: 'domain',
		});
		expect(codesOf(machines({ ...PC, domain: null, dnsSuffix: 'corp.contoso.com' }))).toEqual([]);
		expect(issuesOf(machines({ ...PC, domain: 'a b' }))[0]).toMatchObject({
			expected: 'domainOrNull',
		});
	});

	it('tokens: 1–128 characters, no spaces or control characters', () => {
		const key = (k: string) =>
			actionIssues({ type: 'installKey', target: 'PC001', key: k }).map((i) => i.path);
		for (const ok of ['NPPR9-FWDCX-D2C8J-H872K-2YT43', 'mak:office', 'x'.repeat(128)])
			expect(key(ok), ok).toEqual([]);
		for (const bad of ['', 'a b', 'x'.repeat(129), 'a\u0000', 'a\u009b', 'a\u200b'])
			expect(key(bad), bad).toEqual(['action.key']);
		expect(actionIssues({ type: 'setKmsHost', machine: 'PC001', host: '[fe80::1]:1688' })).toEqual(
			[]
		);
		expect(
			actionIssues({ type: 'setKmsHost', machine: 'PC001', host: 'KMS01 extra' })[0]
		).toMatchObject({ path: 'action.host', expected: 'token' });
	});

	it('other text: at most 256 characters (descriptions 2000), no control characters or lone surrogates', () => {
		const title = (t: string) => codesOf({ world: {}, title: { ja: t, en: 'Title' } });
		for (const ok of ['タイトル', '𠮷'.repeat(256), '😀 emoji']) expect(title(ok), ok).toEqual([]);
		for (const bad of [
			'',
			'x'.repeat(257),
			'𠮷'.repeat(257),
			'a\nb',
			'a\u007f',
			'\ud800',
			'x\udc00y',
		])
			expect(title(bad), JSON.stringify(bad)).toEqual(['title.ja expected']);
		expect(codesOf({ world: {}, description: { ja: 'x'.repeat(2000), en: 'y' } })).toEqual([]);
		expect(codesOf({ world: {}, description: { ja: 'x'.repeat(2001), en: 'y' } })).toEqual([
			'description.ja expected',
		]);
		expect(codesOf({ world: {}, title: { ja: 'x' } })).toEqual(['title.en missing']);
		expect(codesOf({ world: {}, id: 'x\u0000' })).toEqual(['id expected']);
		expect(
			actionIssues({ type: 'createActivationObject', key: 'K', name: 'a\u001bb' })[0]
		).toMatchObject({ path: 'action.name', expected: 'text' });
	});

	it('seed: a whole number from 0 to 2^32−1; start: an ISO UTC date-time', () => {
		for (const ok of [0, 1, 2 ** 32 - 1]) expect(codesOf({ world: {}, seed: ok })).toEqual([]);
		for (const bad of [-1, 1.5, 2 ** 32, Number.NaN, '1'])
			expect(codesOf({ world: {}, seed: bad }), String(bad)).toEqual(['seed expected']);
		expect(codesOf({ world: {}, start: '2026-01-05T09:00:00Z' })).toEqual([]);
		for (const bad of [
			'Jan 5 2026',
			'2026-01-05',
			'+275760-09-13T00:00:00Z',
			'2026-13-05T09:00:00Z',
		])
			expect(codesOf({ world: {}, start: bad }), bad).toEqual(['start expected']);
	});

	it('machine counts and repeats are any whole number; other counts stay within 100000', () => {
		expect(issuesOf(machines({ ...PC, count: 1.5 }))[0]).toMatchObject({
			path: 'world.machines[0].count',
			expected: 'integer',
		});
		expect(
			issuesOf({
				world: {
					zones: [
						{
							name: 'corp.contoso.com',
							records: [{ target: 'kms.corp.contoso.com', priority: 100_001 }],
						},
					],
				},
			})[0]
		).toMatchObject({ expected: 'count' });
		expect(
			issuesOf({ world: { makPools: [{ id: 'm', key: 'K', remaining: 100_001 }] } })[0]
		).toMatchObject({ path: 'world.makPools[0].remaining', expected: 'count' });
	});
});

describe('scenario validator: limits at load', () => {
	it('refuses more machines than one entry or action may add', () => {
		const issues = issuesOf(machines({ ...PC, prefix: 'PC', count: 10_000_000 }));
		expect(issues).toEqual([
			{
				path: 'world.machines[0].count',
				code: 'limit',
				limit: 'maxAddCount',
				max: 1000,
				value: 10_000_000,
			},
			{ path: 'world.machines', code: 'limit', limit: 'maxMachines', max: 2000, value: 10_000_000 },
		]);
		expect(en(issues)).toEqual([
			'world.machines[0].count: at most 1000 machines at once (got 10000000)',
			'world.machines: at most 2000 machines (got 10000000)',
		]);
		expect(ja(issues)).toEqual([
			'world.machines[0].count: 一度に追加できるコンピューターは 1000 台までです (指定: 10000000)',
			'world.machines: コンピューターは 2000 台までです (指定: 10000000)',
		]);
		expect(codesOf(machines({ ...PC, count: 1000 }, { ...PC, count: 1000 }))).toEqual([]);
		expect(
			codesOf({
				world: {},
				timeline: [{ at: '0m', action: { type: 'addMachines', ...PC, count: 1001 } }],
			})
		).toEqual(['timeline[0].action.count limit']);
		// The CLI profile allows more.
		expect(codesOf(machines({ ...PC, count: 50_000 }), CLI_LIMITS)).toEqual([]);
		expect(codesOf(machines({ ...PC, count: 100_000 }, { ...PC, count: 1 }), CLI_LIMITS)).toEqual([
			'world.machines limit',
		]);
	});

	it('counts every timeline run toward the machine and host totals', () => {
		const timeline = [
			{ at: '0m', every: '1d', times: 30, action: { type: 'addMachines', ...PC, count: 50 } },
		];
		expect(issuesOf({ world: { machines: [{ ...PC, count: 600 }] }, timeline })).toEqual([
			{ path: 'timeline[0]', code: 'limit', limit: 'maxMachines', max: 2000, value: 2100 },
		]);
		expect(codesOf({ world: { machines: [{ ...PC, count: 500 }] }, timeline })).toEqual([]);
		const host = (i: number) => ({ name: `KMS${i}`, os: 'ws2022', hostKey: 'ws2022' });
		const hosts = Array.from({ length: 20 }, (_, i) => host(i));
		expect(codesOf({ world: { hosts } })).toEqual([]);
		expect(issuesOf({ world: { hosts: [...hosts, host(20)] } })).toEqual([
			{ path: 'world.hosts', code: 'limit', limit: 'maxHosts', max: 20, value: 21 },
		]);
		expect(
			codesOf({
				world: { hosts },
				timeline: [{ at: '1d', action: { type: 'addHost', ...host(99) } }],
			})
		).toEqual(['timeline[0] limit']);
	});

	it('refuses times past the horizon and too many runs', () => {
		const activate = { type: 'activate', target: 'PC001' };
		expect(issuesOf({ world: {}, timeline: [{ at: '1097d', action: activate }] })).toEqual([
			{
				path: 'timeline[0].at',
				code: 'limit',
				limit: 'maxMinutes',
				max: LAB_LIMITS.maxMinutes,
				value: 1097 * 1440,
			},
		]);
		expect(en(issuesOf({ world: {}, timeline: [{ at: '1097d', action: activate }] }))).toEqual([
			'timeline[0].at: at most 1096d after the start (got 1097d)',
		]);
		expect(ja(issuesOf({ world: {}, timeline: [{ at: '1097d', action: activate }] }))).toEqual([
			'timeline[0].at: シミュレーションできるのは開始から 1096 日までです (指定: 1097 日)',
		]);
		expect(
			codesOf({ world: {}, timeline: [{ at: '1000d', every: '1d', times: 97, action: activate }] })
		).toEqual([]);
		expect(
			issuesOf({ world: {}, timeline: [{ at: '1000d', every: '1d', times: 98, action: activate }] })
		).toEqual([
			{
				path: 'timeline[0].times',
				code: 'limit',
				limit: 'maxMinutes',
				max: LAB_LIMITS.maxMinutes,
				value: 1097 * 1440,
			},
		]);
		expect(
			codesOf({ world: {}, timeline: [{ at: '99999999999999999999999d', action: activate }] })
		).toEqual(['timeline[0].at limit']);
		expect(issuesOf({ world: {}, until: '2000d' })).toEqual([
			{
				path: 'until',
				code: 'limit',
				limit: 'maxMinutes',
				max: LAB_LIMITS.maxMinutes,
				value: 2000 * 1440,
			},
		]);
		expect(
			issuesOf({ world: {}, timeline: [{ at: '0m', every: '1m', times: 2001, action: activate }] })
		).toEqual([
			{ path: 'timeline', code: 'limit', limit: 'maxTimelineRuns', max: 2000, value: 2001 },
		]);
		expect(
			codesOf({
				world: {},
				timeline: [
					{ at: '0m', every: '1m', times: 1000, action: activate },
					{ at: '0m', every: '1m', times: 1001, action: activate },
				],
			})
		).toEqual(['timeline limit']);
	});
});

describe('scenario validator: host key and OS', () => {
	it('refuses a host key its OS cannot hold, in the world and in addHost', () => {
		const issues = issuesOf({
			world: { hosts: [{ name: 'KMS01', os: 'ws2008r2', hostKey: 'ws2016' }] },
		});
		expect(issues).toEqual([
			{ path: 'world.hosts[0].hostKey', code: 'host_key_os', group: 'ws2016', os: 'ws2008r2' },
		]);
		expect(en(issues)).toEqual([
			'world.hosts[0].hostKey: the Volume License for Windows Server 2016 key cannot be installed on Windows Server 2008 R2 (0xC004F069)',
		]);
		expect(ja(issues)).toEqual([
			'world.hosts[0].hostKey: Volume License for Windows Server 2016 のキーは Windows Server 2008 R2 にはインストールできません (0xC004F069)',
		]);
		expect(
			actionIssues({ type: 'addHost', name: 'KMS02', os: 'win10', hostKey: 'ws2022' })
		).toEqual([{ path: 'action.hostKey', code: 'host_key_os', group: 'ws2022', os: 'win10' }]);
		expect(
			codesOf({
				world: {
					hosts: [
						{ name: 'KMS01', os: 'ws2016', hostKey: 'ws2022' },
						{ name: 'KMS02', os: 'win10', hostKey: 'win10' },
						{ name: 'KMS03', os: 'ws2008r2', hostKey: null },
					],
				},
			})
		).toEqual([]);
	});
});
