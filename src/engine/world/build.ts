import { findProduct, normalizeProductKey } from '../../data/products.ts';
import {
	DEFAULT_ACTIVATION_INTERVAL,
	DEFAULT_KMS_PORT,
	DEFAULT_RENEWAL_INTERVAL,
	INITIAL_GRACE_MINUTES,
} from '../../data/timers.ts';
import type { HostSpec, MachineSpec } from '../actions.ts';
import type { SimCore } from '../core.ts';
import { nextGuid } from '../random.ts';
import { done, refused, type ActionResult } from '../results.ts';
import { hostKeyFits, installKeyOn } from '../rules/keys.ts';
import { publish } from '../rules/dns.ts';
import { DEFAULT_DOMAIN, type WorldSpec } from '../scenario.ts';
import { parseDuration } from '../time.ts';
import { LicenseStatusCode, type KmsHost, type Machine, type World } from '../types.ts';
import { indexHostNames, nameTaken } from './lookup.ts';

/**
 * Building the world: the static parts of a scenario, and the hosts and machines that the world
 * spec and the `addHost` / `addMachines` actions create. One function per thing, used at load time
 * and at run time alike, so a scenario is refused for the same reasons an action is.
 */

/** The world a scenario starts from, before any host or machine exists. */
export function emptyWorld(ws: WorldSpec): World {
	const domain = ws.domain ?? DEFAULT_DOMAIN;
	const forestSpec = ws.forest ?? null;
	const rootDomain = forestSpec?.rootDomain ?? domain;
	return {
		domain,
		internet: ws.internet ?? true,
		hosts: [],
		machines: [],
		zones: (ws.zones ?? [{ name: domain }]).map((z) => ({
			name: z.name,
			dynamicUpdates: z.dynamicUpdates ?? true,
			records: (z.records ?? []).map((r) => ({
				target: r.target,
				port: r.port ?? DEFAULT_KMS_PORT,
				priority: r.priority ?? 0,
				weight: r.weight ?? 0,
				publishedBy: null,
				registeredAt: null,
			})),
			srvOwner: null,
			srvGrants: [],
		})),
		forest: forestSpec
			? {
					rootDomain,
					domains: forestSpec.domains ?? [rootDomain],
					activationObjects: (forestSpec.activationObjects ?? []).map((o) => ({
						name: o.name,
						group: o.group,
						partialKey: partialKeyOf(ws, o.group),
						createdAt: 0,
						method: 'online' as const,
					})),
				}
			: null,
		makPools: (ws.makPools ?? []).map((p) => ({
			id: p.id,
			key: normalizeProductKey(p.key),
			remaining: p.remaining,
			blocked: p.blocked ?? false,
		})),
		hostKeys: (ws.hostKeys ?? []).map((k) => ({ key: normalizeProductKey(k.key), group: k.group })),
		retailKeys: (ws.retailKeys ?? []).map((k) => ({
			key: normalizeProductKey(k.key),
			product: k.product,
		})),
		nextNumber: Object.create(null) as Record<string, number>,
	};
}

/** The last five characters of the scenario's host key of a group, as the activation object made with it keeps them ('' when the scenario has none). */
function partialKeyOf(ws: WorldSpec, group: string): string {
	const key = (ws.hostKeys ?? []).find((k) => k.group === group)?.key;
	return key === undefined ? '' : normalizeProductKey(key).slice(-5);
}

/** Adds a KMS host; refuses a taken name or a host key its OS cannot hold (0xC004F069 at `/ipk`). */
export function addHost(core: SimCore, spec: HostSpec): ActionResult {
	const lower = spec.name.toLowerCase();
	if (nameTaken(core, lower)) return refused({ code: 'name_taken', name: spec.name });
	if (spec.hostKey !== null && !hostKeyFits(spec.hostKey, spec.os))
		return refused({ code: 'bad_key', reason: 'host_os', group: spec.hostKey }, '0xC004F069');
	if (core.w.hosts.length >= core.limits.maxHosts)
		return refused({
			code: 'limit',
			limit: 'maxHosts',
			max: core.limits.maxHosts,
			value: core.w.hosts.length + 1,
		});
	const domain = spec.domain ?? core.w.domain;
	const index = core.w.hosts.length;
	const host: KmsHost = {
		name: spec.name,
		fqdn: `${spec.name}.${domain}`,
		domain,
		address: spec.address ?? `10.0.0.${10 + index}`,
		os: spec.os,
		hostKey: spec.hostKey,
		keyActivated: spec.hostKey !== null && (spec.activated ?? true),
		updatesInstalled: spec.updatesInstalled ?? true,
		serviceRunning: spec.serviceRunning ?? true,
		online: spec.online ?? true,
		internet: spec.internet ?? true,
		port: spec.port ?? DEFAULT_KMS_PORT,
		pendingPort: null,
		firewallOpen: spec.firewallOpen ?? false,
		firewallProfile: 'Any',
		dnsPublishing: spec.dnsPublishing ?? true,
		publishList: (spec.publishList ?? []).map((p) => ({
			domain: p.domain,
			priority: p.priority ?? 0,
			weight: p.weight ?? 0,
		})),
		lowPriority: false,
		activationInterval: spec.activationInterval ?? DEFAULT_ACTIVATION_INTERVAL,
		renewalInterval: spec.renewalInterval ?? DEFAULT_RENEWAL_INTERVAL,
		clockOffset: spec.clockOffset !== undefined ? (parseDuration(spec.clockOffset) ?? 0) : 0,
		highestThreshold: 0,
		counters: { total: 0, failed: 0, byStatus: [0, 0, 0, 0, 0, 0, 0] },
		removed: false,
		publishGen: 0,
	};
	core.w.hosts.push(host);
	core.addCache();
	core.hostIndex.set(lower, index);
	indexHostNames(core);
	publish(core, host, index);
	return done();
}

/** How many machines a spec creates. */
export function countOf(spec: MachineSpec): number {
	return spec.count ?? 1;
}

/**
 * Creates machines from a spec at the current time. Refuses the whole spec (creating nothing) for
 * an unknown product, a taken name or a limit; otherwise returns the names created.
 */
export function addMachines(core: SimCore, spec: MachineSpec): ActionResult {
	const product = findProduct(spec.product);
	if (!product)
		return refused({
			code: 'invalid_action',
			issues: [
				{
					path: 'product',
					code: 'expected',
					expected: 'product',
					got: JSON.stringify(spec.product),
				},
			],
		});
	const count = countOf(spec);
	const limits = core.limits;
	if (count > limits.maxAddCount)
		return refused({ code: 'limit', limit: 'maxAddCount', max: limits.maxAddCount, value: count });
	const existing = core.w.machines.length;
	if (existing + count > limits.maxMachines)
		return refused({
			code: 'limit',
			limit: 'maxMachines',
			max: limits.maxMachines,
			value: existing + count,
		});
	const single = spec.name !== undefined && count === 1;
	if (single && nameTaken(core, (spec.name as string).toLowerCase()))
		return refused({ code: 'name_taken', name: spec.name as string });
	const created: string[] = [];
	const sharedCmid = spec.cmid ?? (spec.sharedCmid ? nextGuid(core.rng) : null);
	const domain = spec.domain === undefined ? core.w.domain : spec.domain;
	const clockOffset = spec.clockOffset !== undefined ? (parseDuration(spec.clockOffset) ?? 0) : 0;
	const prefix = spec.prefix ?? (product.family === 'server' ? 'SRV' : 'PC');
	const keySpec = spec.key ?? 'gvlk';
	const key =
		keySpec === 'none'
			? null
			: keySpec === 'gvlk'
				? product.gvlk
				: keySpec.startsWith('mak:')
					? (core.w.makPools.find((p) => p.id === keySpec.slice(4))?.key ?? keySpec)
					: keySpec;
	for (let i = 0; i < count; i++) {
		const name = single ? (spec.name as string) : nextName(core, prefix);
		const index = core.w.machines.length;
		const m: Machine = {
			index,
			name,
			product: product.id,
			key: null,
			cmid: sharedCmid ?? nextGuid(core.rng),
			vm: spec.vm ?? false,
			clockOffset,
			domain,
			dnsSuffix: spec.dnsSuffix === undefined ? domain : spec.dnsSuffix,
			online: spec.online ?? true,
			internet: spec.internet ?? true,
			manualKms: spec.kms ? parseHostPort(spec.kms) : null,
			lookupDomain: spec.lookupDomain ?? null,
			hostCaching: spec.hostCaching ?? true,
			cachedHost: null,
			actType: spec.actType ?? 0,
			activationInterval: DEFAULT_ACTIVATION_INTERVAL,
			renewalInterval: DEFAULT_RENEWAL_INTERVAL,
			status: LicenseStatusCode.Unlicensed,
			expiresAt: null,
			graceEndsAt: core.time + INITIAL_GRACE_MINUTES,
			activatedBy: null,
			activatedAt: null,
			kmsHostUsed: null,
			activationObject: null,
			lastCount: null,
			lastResult: null,
			lastAttemptAt: null,
			nextAttemptAt: null,
			notificationReason: null,
			rearmsLeft: core.assumptions.rearmLimit,
			serviceRunning: true,
			firewallOpen: false,
			firewallProfile: 'Any',
			removed: false,
			attemptGen: 0,
			stateGen: 0,
		};
		core.w.machines.push(m);
		core.machineProducts[index] = product;
		core.machineSlots[index] = core.slotOf(product);
		core.machineIndex.set(name.toLowerCase(), index);
		created.push(name);
		// A key the edition refuses leaves the machine without one, as a failed `/ipk` would.
		if (key !== null) installKeyOn(core, m, key);
	}
	return { ok: true, code: null, created };
}

/** The next free name for a prefix: PC001, PC002… (two digits for SRV). Shared with the load-time name check. */
export function nextName(
	core: Pick<SimCore, 'nextNumber' | 'machineIndex' | 'hostIndex'>,
	prefix: string
): string {
	const digits = prefix.toUpperCase() === 'SRV' ? 2 : 3;
	for (;;) {
		const n = core.nextNumber.get(prefix) ?? 1;
		core.nextNumber.set(prefix, n + 1);
		const name = `${prefix}${String(n).padStart(digits, '0')}`;
		const lower = name.toLowerCase();
		if (!core.machineIndex.has(lower) && !core.hostIndex.has(lower)) return name;
	}
}

/** Parses "host", "host:port", "[v6-host]:port". */
export function parseHostPort(text: string): { host: string; port: number | null } {
	const v6 = /^\[(.+)\]:(\d+)$/.exec(text);
	if (v6) return { host: v6[1] as string, port: Number(v6[2]) };
	const m = /^([^:]+):(\d+)$/.exec(text);
	if (m) return { host: m[1] as string, port: Number(m[2]) };
	return { host: text, port: null };
}
