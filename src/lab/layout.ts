import type { LicenseStatus } from '../engine/index.ts';

/**
 * Layout of the network view: small networks show every machine; large ones (up to the lab's
 * 2,000) are summarised in groups of consecutive machines with the same name prefix, each
 * showing how many machines are in each license state, and a group can be opened to reach its
 * machines one by one.
 */

export interface MachineDot {
	name: string;
	status: LicenseStatus;
	/** Server OS (threshold 5) rather than client OS (threshold 25). */
	server: boolean;
	online: boolean;
}

export interface MachineGroup {
	/** Stable id, e.g. "PC:1" for the first PC group. */
	id: string;
	/** First and last machine names, e.g. "PC001", "PC050". */
	first: string;
	last: string;
	machines: MachineDot[];
	/** Machines per license status 0–6. */
	byStatus: number[];
	offline: number;
}

/** Networks up to this size are drawn machine by machine, without groups. */
export const UNGROUPED_MAX = 60;
export const GROUP_SIZE = 50;

function prefixOf(name: string): string {
	return name.replace(/\d+$/, '') || name;
}

export function emptyStatusCounts(): number[] {
	return [0, 0, 0, 0, 0, 0, 0];
}

/** Splits machines (in creation order) into groups by name prefix, at most `size` per group. */
export function groupMachines(machines: readonly MachineDot[], size = GROUP_SIZE): MachineGroup[] {
	const groups: MachineGroup[] = [];
	const seen = new Map<string, number>();
	let current: MachineGroup | null = null;
	let currentPrefix = '';
	for (const m of machines) {
		const prefix = prefixOf(m.name);
		if (current === null || prefix !== currentPrefix || current.machines.length >= size) {
			const n = (seen.get(prefix) ?? 0) + 1;
			seen.set(prefix, n);
			current = {
				id: `${prefix}:${n}`,
				first: m.name,
				last: m.name,
				machines: [],
				byStatus: emptyStatusCounts(),
				offline: 0,
			};
			currentPrefix = prefix;
			groups.push(current);
		}
		current.machines.push(m);
		current.last = m.name;
		current.byStatus[m.status] = (current.byStatus[m.status] ?? 0) + 1;
		if (!m.online) current.offline++;
	}
	return groups;
}

/** Whether the view should group (summarise) this many machines. */
export function shouldGroup(count: number): boolean {
	return count > UNGROUPED_MAX;
}

/** The group holding a machine (to open it when the machine is selected elsewhere). */
export function groupOf(groups: readonly MachineGroup[], name: string): MachineGroup | undefined {
	const lower = name.toLowerCase();
	return groups.find((g) => g.machines.some((m) => m.name.toLowerCase() === lower));
}
