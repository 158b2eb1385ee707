import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/simCli.ts';

function tempFile(name: string, text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'kms-sim-'));
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

describe('npm run sim', () => {
	it('prints the machine table in Windows wording and each host count', () => {
		const r = runCli(['threshold', '--until', '24d2h', '--lang', 'en']);
		expect(r.code).toBe(0);
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
		const data = JSON.parse(r.stdout) as { now: number; machines: { name: string; lastResult: string; statusText: string }[]; hosts: { name: string; currentCount: number }[]; events: { id: number | string; hresult?: string }[] };
		expect(data.now).toBe(60);
		expect(data.machines).toHaveLength(30);
		expect(data.machines[0]).toMatchObject({ name: 'PC001', lastResult: '0xC004F074', statusText: 'Initial grace period' });
		expect(data.hosts).toEqual([expect.objectContaining({ name: 'KMS01', currentCount: 0 })]);
		expect(data.events.filter((e) => e.id === 12288).every((e) => e.hresult === '0x800706BA')).toBe(true);
		const text = runCli(['firewall', '--until', '1h', '--events']);
		expect(text.stdout).toMatch(/PC001\s+12288\s+0x800706BA server=KMS01\.corp\.contoso\.com:1688/);
	});

	it('runs a scenario file', () => {
		const path = tempFile('s.json', JSON.stringify({ world: { hosts: [{ name: 'KMS01', os: 'ws2022', hostKey: 'ws2022', firewallOpen: true }], machines: [{ prefix: 'SRV', count: 5, product: 'ws2022-standard' }] } }));
		const r = runCli([path, '--until', '3h', '--lang', 'en']);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^SRV05\s+Licensed/m);
	});

	it('prints usage with --help', () => {
		const r = runCli(['--help', '--lang', 'en']);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^Usage: npm run sim -- <scenario\.json \| preset>/);
		expect(r.stdout).toContain('threshold, server-threshold, renewal');
	});

	it('exits 2 with a clear message on bad arguments or a bad scenario', () => {
		const cases: [string[], RegExp][] = [
			[[], /no scenario given/],
			[['threshold', '--until', 'soon'], /--until expects a duration like 200d, 36h or 90m \(got "soon"\)/],
			[['threshold', '--lang', 'fr'], /--lang must be ja or en/],
			[['threshold', '--verbose'], /unknown option --verbose/],
			[['nosuchpreset'], /unknown preset "nosuchpreset"/],
			[['/no/such/file.json'], /file not found/],
			[[tempFile('bad.json', '{ nope')], /is not valid JSON/],
			[[tempFile('invalid.json', JSON.stringify({ world: {}, timeline: [{ at: 12, action: { type: 'activate', target: 'PC001' } }] }))], /timeline\[0\]\.at: expected a duration like "30d"/],
		];
		for (const [args, message] of cases) {
			const r = runCli(args);
			expect(r.code).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toMatch(message);
		}
	});
});
