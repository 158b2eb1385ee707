import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/simCli.ts';
import { CLI_LIMITS } from '../../src/engine/limits.ts';
import { RAW_CONTROL, tempFile } from './helpers.ts';

const SMALL = {
	world: {
		hosts: [{ name: 'KMS01', os: 'ws2022', hostKey: 'ws2022', firewallOpen: true }],
		machines: [{ prefix: 'SRV', count: 5, product: 'ws2022-standard' }],
	},
};

describe('npm run sim: results', () => {
	it('prints the machine table in Windows wording and each host count', () => {
		const r = runCli(['threshold', '--until', '24d2h', '--lang', 'en']);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe('');
		expect(r.stdout).toMatch(/^Machine\s+License Status\s+Last result\s+Expires \(UTC\)$/m);
		expect(r.stdout).toMatch(/^PC001\s+Licensed\s+0x00000000\s+2026-07-2\d \d\d:\d\d$/m);
		expect(r.stdout).toMatch(/^KMS01\s+25\s+\d+\s+0$/m);
		expect(r.stdout).toContain('day 25');
	});

	it('defaults to Japanese and to the scenario length', () => {
		const r = runCli(['cloned-image']);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^PC030\s+初期猶予期間\s+0xC004F038/m);
		expect(r.stdout).toMatch(/^KMS01\s+1\s/m);
		expect(r.stdout).toContain('4 日目');
	});

	it('gives the same data as JSON, with events on request', () => {
		const r = runCli(['firewall', '--until', '1h', '--json', '--events', '--lang', 'en']);
		expect(r.code).toBe(0);
		const data = JSON.parse(r.stdout) as {
			now: number;
			machines: { name: string; lastResult: string; statusText: string }[];
			hosts: { name: string; currentCount: number }[];
			events: { id: number | string; hresult?: string }[];
		};
		expect(data.now).toBe(60);
		expect(data.machines).toHaveLength(30);
		expect(data.machines[0]).toMatchObject({
			name: 'PC001',
			lastResult: '0xC004F074',
			statusText: 'Initial grace period',
		});
		expect(data.hosts).toEqual([expect.objectContaining({ name: 'KMS01', currentCount: 0 })]);
		expect(data.events.filter((e) => e.id === 12288).every((e) => e.hresult === '0x800706BA')).toBe(
			true
		);
		const text = runCli(['firewall', '--until', '1h', '--events']);
		expect(text.stdout).toMatch(/PC001\s+12288\s+0x800706BA server=KMS01\.corp\.contoso\.com:1688/);
	});

	it('runs a scenario file, with options before or after it and as --option=value', () => {
		const path = tempFile('s.json', JSON.stringify(SMALL));
		const orders = [
			[path, '--until', '3h', '--lang', 'en'],
			['--lang', 'en', '--until', '3h', path],
			['--until=3h', path, '--lang=en'],
		];
		const results = orders.map((argv) => runCli(argv));
		for (const r of results) {
			expect(r.code).toBe(0);
			expect(r.stderr).toBe('');
			expect(r.stdout).toMatch(/^SRV05\s+Licensed/m);
		}
		expect(new Set(results.map((r) => r.stdout)).size).toBe(1);
	});

	it('accepts --until=30d', () => {
		const r = runCli(['threshold', '--until=30d', '--lang=en']);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('day 31, +30d)');
	});

	it('accepts a scenario file that starts with a UTF-8 byte order mark', () => {
		const path = tempFile(
			'bom.json',
			Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(SMALL))])
		);
		const r = runCli([path, '--until', '3h', '--lang', 'en']);
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^SRV01\s+Licensed/m);
	});
});

describe('npm run sim: usage in the --lang language, wherever --lang is', () => {
	const english = /^Usage: npm run sim -- <scenario\.json \| preset> \[options\]\n/;
	const japanese = /^使い方: npm run sim -- <シナリオ\.json \| プリセット名> \[オプション\]\n/;

	it('prints usage to stdout with exit 0', () => {
		for (const argv of [
			['--help', '--lang', 'en'],
			['--lang', 'en', '--help'],
			['--lang=en', '-h'],
			['threshold', '--help', '--lang', 'en'],
		]) {
			const r = runCli(argv);
			expect(r.code).toBe(0);
			expect(r.stderr).toBe('');
			expect(r.stdout).toMatch(english);
			expect(r.stdout).toContain('Presets: threshold, server-threshold, renewal');
			expect(r.stdout).toContain('at most 3653d');
		}
		for (const argv of [['--help'], ['-h', '--lang', 'ja'], ['--lang', 'ja', '--help']]) {
			const r = runCli(argv);
			expect(r.code).toBe(0);
			expect(r.stdout).toMatch(japanese);
			expect(r.stdout).toContain('プリセット: threshold, server-threshold, renewal');
		}
	});

	it('words usage errors in the chosen language, on stderr, with exit 2', () => {
		const en = runCli(['--verbose', '--lang', 'en']);
		expect(en).toEqual({
			code: 2,
			stdout: '',
			stderr:
				'sim: unknown option --verbose\nsim: no scenario given: name a preset or a scenario .json file\nRun "npm run sim -- --help --lang en" for usage.\n',
		});
		const ja = runCli(['threshold', '--verbose']);
		expect(ja.code).toBe(2);
		expect(ja.stdout).toBe('');
		expect(ja.stderr).toBe(
			'sim: 不明なオプション --verbose\n使い方は "npm run sim -- --help" で表示できます。\n'
		);
	});
});

describe('npm run sim: exit status 2 for bad usage or bad input', () => {
	const cases: [string, string[], RegExp][] = [
		['no scenario', ['--lang', 'en'], /^sim: no scenario given/],
		[
			'unknown option',
			['threshold', '--verbose', '--lang', 'en'],
			/^sim: unknown option --verbose$/m,
		],
		[
			'unknown option with a value',
			['threshold', '--colour=red', '--lang', 'en'],
			/^sim: unknown option --colour$/m,
		],
		[
			'a switch given a value',
			['threshold', '--json=yes', '--lang', 'en'],
			/^sim: --json takes no value$/m,
		],
		['a missing value', ['threshold', '--lang', 'en', '--until'], /^sim: --until needs a value$/m],
		[
			'a bad language',
			['threshold', '--lang', 'fr'],
			/^sim: --lang には ja か en を指定してください \(指定値: "fr"\)$/m,
		],
		[
			'two scenarios',
			['threshold', 'mak', '--lang', 'en'],
			/^sim: unexpected argument "mak": only one scenario can be given/m,
		],
		[
			'an --exec without a machine',
			['firewall', '--exec', 'slmgr /dli', '--lang', 'en'],
			/^sim: --exec expects "<MACHINE>: <command line>"/m,
		],
		[
			'an --exec without a value',
			['firewall', '--lang', 'en', '--exec'],
			/^sim: --exec needs a value$/m,
		],
		[
			'an unknown preset',
			['nosuchpreset', '--lang', 'en'],
			/^sim: unknown preset "nosuchpreset" and no such file \(presets: threshold, /,
		],
		[
			'a missing file',
			['/no/such/file.json', '--lang', 'en'],
			/^sim: file not found: \/no\/such\/file\.json$/m,
		],
		[
			'a directory',
			[dirname(tempFile('x.json', '{}')), '--lang', 'en'],
			/is a directory, not a scenario file$/m,
		],
		[
			'an unreadable path',
			[`${tempFile('x.json', '{}')}/y.json`, '--lang', 'en'],
			/^sim: cannot read .*x\.json\/y\.json \(ENOTDIR\)$/m,
		],
		[
			'invalid JSON',
			[tempFile('bad.json', '{\n  nope'), '--lang', 'en'],
			/bad\.json is not valid JSON \(line 2, column 3\)$/m,
		],
		[
			'an empty file',
			[tempFile('empty.json', ''), '--lang', 'en'],
			/empty\.json is not valid JSON \(line 1, column 1\)$/m,
		],
	];
	for (const [name, argv, message] of cases)
		it(name, () => {
			const r = runCli(argv);
			expect(r.code).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toMatch(message);
		});

	it('an invalid scenario: one problem per line with its JSON path', () => {
		const path = tempFile(
			'invalid.json',
			JSON.stringify({
				world: { hosts: 3 },
				timeline: [{ at: 12, action: { type: 'activate', target: 'PC001' } }],
			})
		);
		const r = runCli([path, '--lang', 'en']);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		const [head, ...problems] = r.stderr.trimEnd().split('\n');
		expect(head).toBe(`sim: ${path}: invalid scenario (2 problems):`);
		expect(problems).toHaveLength(2);
		expect(problems.find((p) => p.startsWith('  world.hosts: '))).toBeDefined();
		expect(problems.find((p) => p.startsWith('  timeline[0].at: '))).toBeDefined();
		expect(runCli([path]).stderr).toMatch(
			/^sim: .*invalid\.json: シナリオに誤りがあります \(2 件\):\n/
		);
	});
});

describe('npm run sim: every invalid time says what is wrong', () => {
	const cases: [string, string][] = [
		['-5d', '--until: the time cannot be negative (got -5d)'],
		[
			'30',
			'--until: the unit is missing after 30: write d (days), h (hours) or m (minutes), like 30d (got 30)',
		],
		['30w', '--until: unknown unit "w": use d (days), h (hours) or m (minutes) (got 30w)'],
		[
			'soon',
			'--until: not a duration: write a number and a unit, like 200d, 36h, 90m or 1d12h (got soon)',
		],
		[
			'NaN',
			'--until: not a duration: write a number and a unit, like 200d, 36h, 90m or 1d12h (got NaN)',
		],
		['Infinity', '--until: at most 3653 days (got Infinity)'],
		['99999999d', '--until: at most 3653 days (got 99999999d)'],
		['3654d', '--until: at most 3653 days (got 3654d)'],
	];
	for (const [value, message] of cases)
		it(value, () => {
			for (const argv of [
				['threshold', '--until', value, '--lang', 'en'],
				['--lang=en', `--until=${value}`, 'threshold'],
			]) {
				const r = runCli(argv);
				expect(r.code).toBe(2);
				expect(r.stdout).toBe('');
				expect(r.stderr.split('\n')[0]).toBe(`sim: ${message}`);
			}
		});

	it('in Japanese too', () => {
		expect(runCli(['threshold', '--until', '-5d']).stderr).toMatch(
			/^sim: --until: 時間に負の値は指定できません \(指定値: -5d\)\n/
		);
		expect(runCli(['threshold', '--until', '99999999d']).stderr).toMatch(
			/^sim: --until: 最大 3653 日です \(指定値: 99999999d\)\n/
		);
	});

	it('the horizon is CLI_LIMITS.maxMinutes, for --until and for a scenario\'s "until"', () => {
		expect(runCli(['threshold', '--until', `${CLI_LIMITS.maxMinutes}m`, '--json']).code).toBe(0);
		const path = tempFile('long.json', JSON.stringify({ ...SMALL, until: '99999999d' }));
		const r = runCli([path, '--lang', 'en']);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/^ {2}until: .*3653.*99999999d\)$/m);
	});
});

describe('npm run sim: limits', () => {
	it('refuses 10 million machines at once, naming the limit, without building any', () => {
		const group = { prefix: 'PC', count: 100_000, product: 'win11-enterprise' };
		const path = tempFile(
			'huge.json',
			JSON.stringify({ world: { machines: Array.from({ length: 100 }, () => group) } })
		);
		const r = runCli([path, '--lang', 'en']);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe(
			`sim: ${path}: invalid scenario (1 problem):\n  world.machines: at most ${CLI_LIMITS.maxMachines} machines (got 10000000)\n`
		);
	}, 1000);
});

describe('npm run sim: --exec', () => {
	it('works with --lang before or after it, and exits 0 when every command ran', () => {
		const after = runCli(['firewall', '--exec', 'PC001: slmgr /dli', '--lang', 'en']);
		const before = runCli(['--lang', 'en', '--exec', 'PC001: slmgr /dli', 'firewall']);
		expect(after.code).toBe(0);
		expect(after.stderr).toBe('');
		expect(after.stdout).toContain(
			'PC001 C:\\Windows\\system32>slmgr /dli\n\nName: Windows(R), Enterprise edition'
		);
		expect(before).toEqual(after);
	});

	it('exits 1 when a command cannot run (unknown machine), with the error on stderr', () => {
		const r = runCli([
			'firewall',
			'--exec',
			'NOPE: hostname',
			'--exec',
			'PC001: hostname',
			'--lang',
			'en',
		]);
		expect(r.code).toBe(1);
		expect(r.stdout).toBe('PC001 C:\\Windows\\system32>hostname\nPC001\n');
		expect(r.stderr).toMatch(/^sim: No computer named "NOPE" \(there are: KMS01, PC001, /);
		expect(r.stderr).toContain('sim: 1 of 2 --exec commands failed\n');
		const ja = runCli(['firewall', '--exec', 'NOPE: hostname']);
		expect(ja.code).toBe(1);
		expect(ja.stderr).toMatch(/^sim: "NOPE" という名前のコンピューターはありません/);
	});
});

describe('npm run sim: control characters are printed escaped', () => {
	it('in the problems of a scenario that carries them (the loader refuses such strings)', () => {
		const scenario = {
			id: 'evil\u001b[31m\u009b',
			world: {
				machines: [{ name: 'PC001', product: 'win11-enterprise', kms: '\u001b[31mKMS\u009b' }],
			},
		};
		const path = tempFile('evil.json', JSON.stringify(scenario));
		for (const argv of [
			[path, '--lang', 'en'],
			[path, '--json'],
		]) {
			const r = runCli(argv);
			expect(r.code).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).not.toMatch(RAW_CONTROL);
			expect(r.stderr).toContain('"evil\\u001b[31m\\u009b"');
			expect(r.stderr).toContain('"\\u001b[31mKMS\\u009b"');
		}
	});

	it('in output that echoes the command line', () => {
		const r = runCli(['firewall', '--exec', 'PC001: hostname \u001b[31m\u009b', '--lang', 'en']);
		expect(r.stdout).not.toMatch(RAW_CONTROL);
		expect(r.stdout).toContain('PC001 C:\\Windows\\system32>hostname \\u001b[31m\\u009b\n');
	});

	it('in errors that echo the command line', () => {
		const flag = runCli(['threshold', '--\u001b]0;pwned\u0007', '--lang', 'en']);
		expect(flag.code).toBe(2);
		expect(flag.stderr).not.toMatch(RAW_CONTROL);
		expect(flag.stderr).toContain('unknown option --\\u001b]0;pwned\\u0007');
		const machine = runCli(['firewall', '--exec', 'NO\u009bPE: hostname', '--lang', 'en']);
		expect(machine.code).toBe(1);
		expect(machine.stderr).not.toMatch(RAW_CONTROL);
		expect(machine.stderr).toContain('"NO\\u009bPE"');
		const preset = runCli(['\u001b[2J', '--lang', 'en']);
		expect(preset.code).toBe(2);
		expect(preset.stderr).toContain('unknown preset "\\u001b[2J"');
	});
});
