import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TROUBLESHOOTING, TROUBLE_START, findTroubleNode } from '../../src/data/troubleshooting.ts';
import { findError } from '../../src/data/errors.ts';
import { allPaths, nodesInOrder, pathTo, stepFromSearch } from '../../src/tools/wizard.ts';

describe('troubleshooting tree', () => {
	it('has unique ids and only options that lead to existing nodes', () => {
		const ids = TROUBLESHOOTING.map((n) => n.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const node of TROUBLESHOOTING) for (const option of node.options) expect(findTroubleNode(option.next), `${node.id} → ${option.next}`).toBeDefined();
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
		expect(nodesInOrder().map((n) => n.id).sort()).toEqual(TROUBLESHOOTING.map((n) => n.id).sort());
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
			for (const code of node.codes ?? []) expect(findError(code), `${node.id}: ${code}`).toBeDefined();
		}
	});

	it('follows the fact sheet §10 order: client key, host, events, DNS, manual host by name then IP, port, clock', () => {
		const sequence = ['start', 'client-dlv', 'host-dlv', 'events', 'dns-srv', 'manual-skms', 'manual-ip', 'port-test', 'clock-check', 'fix-escalate'];
		expect(allPaths().map((p) => p.join(' '))).toContain(sequence.join(' '));
		expect(pathTo('clock-check')).toEqual(['start', 'code', 'dns-srv', 'manual-skms', 'manual-ip', 'port-test', 'clock-check']);
		expect(pathTo('host-dlv')).toEqual(['start', 'client-dlv', 'host-dlv']);
	});
});

describe('wizard navigation', () => {
	it('reads ?step= and falls back to the start for anything unknown', () => {
		expect(stepFromSearch('?step=port-test')).toBe('port-test');
		expect(stepFromSearch('?step=<script>')).toBe('start');
		expect(stepFromSearch('?step=nope')).toBe('start');
		expect(stepFromSearch('')).toBe('start');
		fc.assert(fc.property(fc.string(), (s) => typeof findTroubleNode(stepFromSearch(s)) === 'object'));
	});

	it('builds the shortest path to a node, or just the start for an unknown id', () => {
		expect(pathTo('start')).toEqual(['start']);
		expect(pathTo('fix-firewall').at(-1)).toBe('fix-firewall');
		expect(pathTo('missing')).toEqual(['start']);
	});
});
