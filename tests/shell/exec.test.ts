import { describe, expect, it } from 'vitest';
import { formatExecResults, parseExec, runExecList } from '../../src/shell/exec.ts';
import { presetAt } from './helpers.ts';

describe("runExecList (the CLI's --exec)", () => {
	it('parses "MACHINE: command line"', () => {
		expect(parseExec('PC001: slmgr /dli')).toEqual({ machine: 'PC001', command: 'slmgr /dli' });
		expect(parseExec('KMS01:slmgr /dlv')).toEqual({ machine: 'KMS01', command: 'slmgr /dlv' });
		expect(parseExec('slmgr /dli')).toBeUndefined();
	});

	it('runs commands in order and they change the world', () => {
		const sim = presetAt('dns-missing', '40d1h');
		const results = runExecList(sim, [
			'PC031: slmgr /skms KMS01.corp.contoso.com',
			'PC031: slmgr /ato',
			'KMS01: slmgr /dli',
			'NOPE: hostname',
			'hostname',
		]);
		expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false]);
		expect(results[1]?.output).toContain('Product activated successfully.');
		expect(sim.machine('PC031')?.status).toBe(1);
		expect(results[3]?.output).toContain('No computer named "NOPE"');
		const text = formatExecResults(results);
		expect(text).toContain('PC031 C:\\Windows\\system32>slmgr /ato\n');
		expect(text).toContain('--exec expects "<MACHINE>: <command line>": hostname');
	});

	it('speaks Japanese when asked', () => {
		const sim = presetAt('firewall', '1d');
		expect(runExecList(sim, ['PC001: slmgr /ato'], 'ja')[0]?.output).toContain(
			'エラー: 0xC004F074'
		);
	});
});
