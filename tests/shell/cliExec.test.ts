import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/simCli.ts';

describe('npm run sim -- … --exec', () => {
	it('runs the commands at --until, in order, and prints each output', () => {
		const r = runCli([
			'firewall',
			'--until',
			'1d',
			'--lang',
			'en',
			'--exec',
			'PC001: slmgr /ato',
			'--exec',
			'KMS01: Set-NetFirewallRule -Name SPPSVC-In-TCP -Enabled True',
			'--exec',
			'PC001: Test-NetConnection KMS01 -Port 1688',
		]);
		// The first /ato fails (0xC004F074): its output is printed, and the run exits 1.
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('1');
		expect(r.stdout).toContain(
			'PC001 C:\\Windows\\system32>slmgr /ato\nActivating Windows(R), Enterprise edition'
		);
		expect(r.stdout).toContain('Error: 0xC004F074');
		expect(r.stdout).toContain('TcpTestSucceeded : True');
	});

	it('rejects an --exec without a machine, and a missing value', () => {
		expect(runCli(['firewall', '--exec', 'slmgr /dli']).code).toBe(2);
		const missing = runCli(['firewall', '--exec', '--lang', 'en']);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('--exec needs a value');
	});

	it('exits 0 when every command succeeds', () => {
		const r = runCli([
			'firewall',
			'--until',
			'1d',
			'--lang',
			'en',
			'--exec',
			'KMS01: Set-NetFirewallRule -Name SPPSVC-In-TCP -Enabled True',
			'--exec',
			'PC001: slmgr /dli',
		]);
		expect([r.code, r.stderr]).toEqual([0, '']);
	});
});
