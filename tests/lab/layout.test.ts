import { describe, expect, it } from 'vitest';
import { groupMachines, groupOf, shouldGroup, type MachineDot } from '../../src/lab/layout.ts';

function machines(prefix: string, n: number, status: MachineDot['status'] = 1): MachineDot[] {
	return Array.from({ length: n }, (_, i) => ({
		name: `${prefix}${String(i + 1).padStart(3, '0')}`,
		status,
		server: prefix === 'SRV',
		online: i % 10 !== 0,
	}));
}

describe('network layout', () => {
	it('draws small networks machine by machine and groups large ones', () => {
		expect(shouldGroup(30)).toBe(false);
		expect(shouldGroup(1000)).toBe(true);
	});

	it('summarises 1,000 machines in groups of 50 that keep every machine reachable', () => {
		const all = [...machines('PC', 980), ...machines('SRV', 20, 2)];
		const groups = groupMachines(all);
		expect(groups).toHaveLength(20 + 1);
		expect(groups[0]).toMatchObject({ id: 'PC:1', first: 'PC001', last: 'PC050' });
		expect(groups.reduce((n, g) => n + g.machines.length, 0)).toBe(1000);
		const srv = groups[groups.length - 1]!;
		expect(srv).toMatchObject({ id: 'SRV:1', first: 'SRV001', last: 'SRV020' });
		expect(srv.byStatus[2]).toBe(20);
		expect(groups[0]!.offline).toBe(5);
		expect(groupOf(groups, 'pc977')?.id).toBe('PC:20');
		expect(groupOf(groups, 'nope')).toBeUndefined();
	});

	it('starts a new group when the name prefix changes', () => {
		const groups = groupMachines(
			[...machines('PC', 3), ...machines('SRV', 2), ...machines('PC', 1)],
			50
		);
		expect(groups.map((g) => g.id)).toEqual(['PC:1', 'SRV:1', 'PC:2']);
	});
});
