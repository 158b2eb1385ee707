import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TROUBLESHOOTING, TROUBLE_START, findTroubleNode } from '../../src/data/troubleshooting.ts';
import { findError } from '../../src/data/errors.ts';
import { allPaths, nodesInOrder, pathTo, stepFromSearch } from '../../src/tools/wizard.ts';

describe('troubleshooting tree', () => {
	it('has unique ids and only options that lead to existing nodes', () => {
		const ids = TROUBLESHOOTING.map((n) => n.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const node of TROUBLESHOOTING)
			for (const option of node.options)
				expect(findTroubleNode(option.next), `${node.id} → ${option.next}`).toBeDefined();
	});

	it('walks every path from the start to a fix', () => {
		const paths = allPaths();
		expect(paths.length).toBeGreaterThan(20);
		for (const path of paths) {
			expect(path[0]).toBe(TROUBLE_START);
			const leaf = findTroubleNode(path.at(-1) as string);
			expect(leaf?.kind, path.join(' → ')).toBe('fix');
			// Each step of the path is a real option of the node before it.
			for (let i = 1; i < path.length; i++) {
				const from = findTroubleNode(path[i - 1] as string);
				expect(from?.options.some((o) => o.next === path[i])).toBe(true);
			}
		}
	});

	it('reaches every node, and every fix is a leaf and every other node is not', () => {
		expect(
			nodesInOrder()
				.map((n) => n.id)
				.sort()
		).toEqual(TROUBLESHOOTING.map((n) => n.id).sort());
		for (const node of TROUBLESHOOTING) {
			if (node.kind === 'fix') expect(node.options).toEqual([]);
			else expect(node.options.length, node.id).toBeGreaterThanOrEqual(2);
		}
	});

	it('gives every check a command and a way to read its result', () => {
		for (const node of TROUBLESHOOTING.filter((n) => n.kind === 'check')) {
			expect(node.commands.length, node.id).toBeGreaterThan(0);
			expect(node.read?.ja, node.id).toBeTruthy();
			expect(node.read?.en, node.id).toBeTruthy();
		}
	});

	it('has text in both locales, https sources and known error codes', () => {
		for (const node of TROUBLESHOOTING) {
			for (const text of [node.title, node.body, ...node.options.map((o) => o.label)]) {
				expect(text.ja.trim()).not.toBe('');
				expect(text.en.trim()).not.toBe('');
			}
			expect(node.sources.length).toBeGreaterThan(0);
			for (const source of node.sources) expect(source.url).toMatch(/^https:\/\//);
			for (const code of node.codes ?? [])
				expect(findError(code), `${node.id}: ${code}`).toBeDefined();
		}
	});

	it('follows Microsoft’s order of checks: client key, host, events, DNS, manual host by name then IP, port, clock', () => {
		const sequence = [
			'start',
			'client-dlv',
			'host-dlv',
			'events',
			'dns-srv',
			'manual-skms',
			'manual-ip',
			'port-test',
			'clock-check',
			'fix-escalate',
		];
		expect(allPaths().map((p) => p.join(' '))).toContain(sequence.join(' '));
		expect(pathTo('clock-check')).toEqual([
			'start',
			'code',
			'dns-srv',
			'manual-skms',
			'manual-ip',
			'port-test',
			'clock-check',
		]);
		expect(pathTo('host-dlv')).toEqual(['start', 'client-dlv', 'host-dlv']);
	});
});

describe('wizard navigation', () => {
	it('reads ?step= and falls back to the start for anything unknown', () => {
		expect(stepFromSearch('?step=port-test')).toBe('port-test');
		expect(stepFromSearch('?step=<script>')).toBe('start');
		expect(stepFromSearch('?step=nope')).toBe('start');
		expect(stepFromSearch('')).toBe('start');
		fc.assert(
			fc.property(fc.string(), (s) => typeof findTroubleNode(stepFromSearch(s)) === 'object')
		);
	});

	it('builds the shortest path to a node, or just the start for an unknown id', () => {
		expect(pathTo('start')).toEqual(['start']);
		expect(pathTo('fix-firewall').at(-1)).toBe('fix-firewall');
		expect(pathTo('missing')).toEqual(['start']);
	});
});

describe('fidelity to Windows (issue "Fidelity to Windows")', () => {
	const node = (id: string) => {
		const found = findTroubleNode(id);
		if (found === undefined) throw new Error(`${id} missing`);
		return found;
	};

	it('leads a second KMS host that cannot publish (12293 with 0x80072338) to the DNS permission fix', () => {
		expect(node('dns-srv').options.map((o) => o.next)).toContain('fix-srv-permissions');
		const fix = node('fix-srv-permissions');
		expect(fix.kind).toBe('fix');
		expect(fix.codes).toContain('0x80072338');
		expect(fix.body.en).toMatch(/computer account Full Control/);
		expect(fix.body.ja).toMatch(/コンピューター アカウントにフル コントロール/);
		expect(fix.commands).toContain('Restart-Service sppsvc');
		expect(fix.sources.map((s) => s.url)).toContain(
			'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/event-12293-error-0x800723-set-kms-host'
		);
		expect(pathTo('fix-srv-permissions').at(-1)).toBe('fix-srv-permissions');
	});

	it("puts 12293 and 12294 in the host's Application log, not the Key Management Service log", () => {
		for (const id of ['events', 'fix-publishing', 'fix-srv-permissions']) {
			const body = node(id).body;
			expect(body.en, id).toMatch(/12293/);
			expect(body.en, id).toMatch(/Windows Logs\\Application/);
			expect(body.ja, id).toMatch(/Windows ログ\\Application/);
		}
		for (const n of TROUBLESHOOTING)
			for (const c of n.commands) expect(c).not.toMatch(/'Key Management Service'.*12293/);
	});

	it('says slmgr shows 0xC004F074 when the clocks are more than 4 hours apart', () => {
		for (const id of ['clock-check', 'fix-clock']) {
			const text = id === 'clock-check' ? node(id).read : node(id).body;
			expect(text?.en, id).toMatch(/slmgr \/ato.*0xC004F074/);
			expect(text?.ja, id).toMatch(/slmgr \/ato.*0xC004F074/);
		}
	});

	it('gives one fix for duplicate CMIDs: rebuild the base image, not /rearm', () => {
		const fix = node('fix-cmid');
		expect(fix.body.en).toMatch(/rebuild the base image/);
		expect(fix.body.ja).toMatch(/ベース イメージの作り直し/);
		for (const text of [fix.body.en, fix.body.ja, ...fix.commands])
			expect(text).not.toMatch(/rearm/);
	});

	it('writes "more than 4 hours" as 4 時間を超える', () => {
		for (const n of TROUBLESHOOTING) {
			for (const text of [n.title, n.body, n.read, ...n.options.map((o) => o.label)])
				expect(text?.ja ?? '', n.id).not.toMatch(/4 ?時間(以上|より)/);
		}
		expect(node('clock-check').options.map((o) => o.label.ja)).toContain(
			'4 時間を超えてずれている'
		);
	});
});
