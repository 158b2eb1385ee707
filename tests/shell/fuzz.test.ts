import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	checkInvariants,
	createSimulation,
	replay,
	type Scenario,
	type Simulation,
} from '../../src/engine/index.ts';
import { SLMGR_OPTIONS } from '../../src/data/slmgrOptions.ts';
import { createShell } from '../../src/shell/shell.ts';
import { catalogueFor } from '../../src/shell/messages/all.ts';
import { MAX_OUTPUT_BYTES, utf8Length } from '../../src/shell/format.ts';
import { kms } from './helpers.ts';

/**
 * Random command lines (unicode, control characters, very long arguments, quoting, operators):
 * no line throws, every output is at most 64 kB of UTF-8, and the world stays valid. The replay
 * check proves the shell changed the world only through recorded engine actions.
 */

const SCENARIO: Scenario = {
	world: {
		forest: {},
		hostKeys: [{ key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX', group: 'ws2022' }],
		makPools: [{ id: 'm', key: 'LABMA-KKEYX-XXXXX-XXXXX-XXX10', remaining: 3 }],
		hosts: [kms('KMS01'), kms('KMS02', { hostKey: null })],
		machines: [
			{ prefix: 'PC', count: 3, product: 'win11-enterprise' },
			{ name: 'SRV01', product: 'ws2022-standard' },
			{ name: 'LAPTOP', product: 'win11-pro', key: 'mak:m', domain: null },
		],
	},
};

const MACHINES = ['PC001', 'PC002', 'SRV01', 'LAPTOP', 'KMS01', 'KMS02'];

const COMMANDS = [
	'slmgr',
	'slmgr.vbs',
	'cscript slmgr.vbs',
	'cscript //nologo slmgr.vbs',
	'nslookup',
	'ipconfig',
	'Test-NetConnection',
	'tnc',
	'w32tm',
	'sc',
	'net',
	'Restart-Service',
	'Get-NetFirewallRule',
	'Set-NetFirewallRule',
	'Get-WinEvent',
	'wevtutil',
	'slui',
	'sysprep',
	'hostname',
	'cls',
	'help',
	'echo',
	'type',
	'powershell -Command',
	'findstr',
	'ver',
];

const WORDS = [
	...SLMGR_OPTIONS.flatMap((o) => [o.option, o.option.toUpperCase().replace('/', '-')]),
	'/all',
	'/query',
	'/status',
	'/resync',
	'/stripchart',
	'/computer:KMS01',
	'-type=srv',
	'-type=all',
	'_vlmcs._tcp',
	'_vlmcs._tcp.corp.contoso.com',
	'query',
	'stop',
	'start',
	'sppsvc',
	'SPPSVC-In-TCP',
	'-Name',
	'-Enabled',
	'True',
	'False',
	'-Profile',
	'Domain,Private',
	'-Port',
	'1688',
	'-ComputerName',
	'KMS01',
	'kms01.corp.contoso.com',
	"@{LogName='Application'; Id=12288}",
	'-FilterHashtable',
	'-LogName',
	"'Key Management Service'",
	'-MaxEvents',
	'|',
	'fl',
	'qe',
	'Application',
	'/c:3',
	'/rd:true',
	'/f:text',
	'0x2a',
	'0xC004F074',
	'/generalize',
	'NPPR9-FWDCX-D2C8J-H872K-2YT43',
	'W269N-WFGWX-YVC9B-4J6C9-T83GX',
	'LABXX-HOSTK-EYFOR-WS202-2XXXX',
	'kms01:1688',
	'[::1]:1688',
	':1700',
	'15',
	'43200',
	'0',
	'3',
	'-1',
	'All',
	'"quoted arg"',
	'>',
	'>>',
	'out.txt',
	'&&',
	'||',
	'&',
	'^',
];

const word = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...WORDS) },
	{ weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
	{
		weight: 1,
		arbitrary: fc.string({
			unit: fc.constantFrom(
				'"',
				'\\',
				'^',
				'&',
				'|',
				'>',
				'<',
				' ',
				'\t',
				'\u0000',
				'\u0001',
				'\n',
				'\r',
				'%',
				"'"
			),
			maxLength: 10,
		}),
	},
	{ weight: 1, arbitrary: fc.integer({ min: 100, max: 9000 }).map((n) => 'x'.repeat(n)) },
	{ weight: 1, arbitrary: fc.integer({ min: 10, max: 3000 }).map((n) => 'あ'.repeat(n)) }
);

const line = fc.oneof(
	{
		weight: 6,
		arbitrary: fc
			.tuple(fc.constantFrom(...COMMANDS), fc.array(word, { maxLength: 6 }))
			.map(([c, ws]) => [c, ...ws].join(' ')),
	},
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
	{ weight: 1, arbitrary: fc.array(word, { maxLength: 8 }).map((ws) => ws.join(' ')) },
	{
		weight: 1,
		arbitrary: fc.integer({ min: 8000, max: 20000 }).map((n) => `echo ${'y'.repeat(n)}`),
	}
);

/** The engine's own invariants, plus a few the shell relies on. */
function checkWorld(sim: Simulation): void {
	expect(checkInvariants(sim)).toEqual([]);
	const w = sim.world;
	expect(() => JSON.stringify(sim.snapshot())).not.toThrow();
	const names = [
		...w.machines.map((m) => m.name.toLowerCase()),
		...w.hosts.map((h) => h.name.toLowerCase()),
	];
	expect(new Set(names).size).toBe(names.length);
	for (const m of w.machines) {
		expect([0, 1, 2, 3, 4, 5, 6]).toContain(m.status);
		expect([0, 1, 2]).toContain(m.actType);
		expect(m.rearmsLeft).toBeGreaterThanOrEqual(0);
		expect(m.activationInterval).toBeGreaterThanOrEqual(15);
		expect(m.renewalInterval).toBeLessThanOrEqual(43200);
		if (m.key !== null) expect(m.key.key).toMatch(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/);
		if (m.manualKms?.port != null) expect(m.manualKms.port).toBeGreaterThanOrEqual(1);
		if (m.status === 1 && m.activatedBy !== 'kms' && m.activatedBy !== 'adba')
			expect(m.expiresAt).toBeNull();
		expect(Number.isFinite(m.clockOffset)).toBe(true);
	}
	for (const h of w.hosts) {
		expect(h.port).toBeGreaterThanOrEqual(1);
		expect(h.port).toBeLessThanOrEqual(65535);
		expect(h.activationInterval).toBeGreaterThanOrEqual(15);
		expect(h.renewalInterval).toBeLessThanOrEqual(43200);
		expect(h.counters.failed).toBeLessThanOrEqual(h.counters.total);
		expect(h.counters.byStatus.reduce((a, b) => a + b, 0)).toBe(h.counters.total);
		expect(sim.hostCount(h.name)).toBeLessThanOrEqual(Math.max(sim.hostCacheSize(h.name), 0));
		if (h.keyActivated) expect(h.hostKey).not.toBeNull();
	}
	for (const o of w.forest?.activationObjects ?? [])
		expect([...o.name].length).toBeLessThanOrEqual(40);
}

describe('fuzzing the command line', () => {
	it('10,000 random lines: no throw, bounded output, a valid world changed only through actions', () => {
		const sim = createSimulation(SCENARIO, { seed: 7 });
		const shells = MACHINES.flatMap((name) => [
			createShell(sim, name, { catalogue: catalogueFor('en'), elevated: true }),
			createShell(sim, name, { catalogue: catalogueFor('ja'), elevated: false }),
		]);
		let runs = 0;
		fc.assert(
			fc.property(fc.nat({ max: shells.length - 1 }), line, (which, text) => {
				const shell = shells[which];
				if (shell === undefined) return;
				// Plain checks (not expect) keep 10,000 runs fast; a failure still names the line.
				const result = shell.run(text);
				if (typeof result.output !== 'string')
					throw new Error(`no output for ${JSON.stringify(text)}`);
				if (utf8Length(result.output) > MAX_OUTPUT_BYTES)
					throw new Error(`output over 64 kB for ${JSON.stringify(text.slice(0, 200))}`);
				if (result.output.includes('[KMS Lab] internal error'))
					throw new Error(
						`internal error for ${JSON.stringify(text.slice(0, 200))}: ${result.output}`
					);
				runs++;
			}),
			{ numRuns: 10_000, seed: 20261128 }
		);
		expect(runs).toBe(10_000);
		checkWorld(sim);
		// Every change the shell made is in the action log: replaying it rebuilds the same world.
		const again = replay(SCENARIO, { seed: 7 }, sim.actionLog, sim.now);
		expect(JSON.stringify(again.world)).toBe(JSON.stringify(sim.world));
		// And the world keeps running validly afterwards.
		sim.runFor(40 * 1440);
		checkWorld(sim);
	}, 60_000);

	it('a very large output (400 days of events) is cut at 64 kB with a marker', () => {
		const sim = createSimulation(
			{
				world: {
					hosts: [kms()],
					machines: [{ prefix: 'PC', count: 30, product: 'win11-enterprise' }],
				},
			},
			{ seed: 1 }
		);
		sim.runFor(400 * 1440);
		for (const lang of ['en', 'ja'] as const) {
			const out = createShell(sim, 'KMS01', { catalogue: catalogueFor(lang), elevated: true }).run(
				"Get-WinEvent -LogName 'Key Management Service' | fl"
			).output;
			expect(utf8Length(out)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
			expect(utf8Length(out)).toBeGreaterThan(MAX_OUTPUT_BYTES - 200);
			expect(out).toContain('[KMS Lab]');
		}
	});
});
