import type { SimCore } from '../core.ts';
import type { DnsZone, KmsHost, Machine, SrvRecord } from '../types.ts';

/**
 * Finding things by name. Names are case-insensitive, as Windows treats computer and DNS names;
 * every index is a Map, so a name is never a property key.
 */

export function sameName(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

/** A machine that exists (not removed). */
export function findMachine(core: SimCore, name: string): Machine | undefined {
	const i = core.machineIndex.get(name.toLowerCase());
	const m = i === undefined ? undefined : core.w.machines[i];
	return m && !m.removed ? m : undefined;
}

export function findHostIndex(core: SimCore, name: string): number | undefined {
	return core.hostIndex.get(name.toLowerCase());
}

export function findHost(core: SimCore, name: string): KmsHost | undefined {
	const hi = findHostIndex(core, name);
	return hi === undefined ? undefined : core.w.hosts[hi];
}

/** A host or a machine: actions whose `target` may be either. */
export function findTarget(core: SimCore, name: string): Machine | KmsHost | undefined {
	return findHost(core, name) ?? findMachine(core, name);
}

/** Whether a computer (host or machine, removed ones included) already has this name. */
export function nameTaken(core: SimCore, lowerName: string): boolean {
	return core.machineIndex.has(lowerName) || core.hostIndex.has(lowerName);
}

export function findZone(core: SimCore, name: string): DnsZone | undefined {
	return core.w.zones.find((z) => sameName(z.name, name));
}

/** Shared empty result of an SRV lookup that found nothing (never mutated). */
export const NO_RECORDS: readonly SrvRecord[] = [];

export function srvRecords(core: SimCore, zone: string): readonly SrvRecord[] {
	return findZone(core, zone)?.records ?? NO_RECORDS;
}

/** Name resolution: a host's name, FQDN or address (any case) → its index. */
export function resolveHost(core: SimCore, name: string): number | undefined {
	let i = core.hostNames.get(name);
	if (i === undefined) {
		i = core.hostNames.get(name.toLowerCase());
		if (i !== undefined) core.hostNames.set(name, i);
	}
	return i === undefined || (core.w.hosts[i] as KmsHost).removed ? undefined : i;
}

export function indexHostNames(core: SimCore): void {
	core.hostNames.clear();
	core.w.hosts.forEach((h, i) => {
		for (const n of [h.name, h.fqdn, h.address]) core.hostNames.set(n.toLowerCase(), i);
	});
}

/** Rebuilds the name indexes from the world (after a restore). */
export function indexWorld(core: SimCore): void {
	core.machineIndex = new Map(core.w.machines.map((m, i) => [m.name.toLowerCase(), i]));
	core.hostIndex = new Map(core.w.hosts.map((h, i) => [h.name.toLowerCase(), i]));
	indexHostNames(core);
}
