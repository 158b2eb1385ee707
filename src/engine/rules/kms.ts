import { findProduct, type Product } from '../../data/products.ts';
import {
	HOST_UPDATE_DEAD_ENDS,
	groupActivates,
	requiredHostUpdate,
	type CsvlkGroupId,
	type HostOsId,
} from '../../data/hostKeys.ts';
import {
	CLIENT_ACTIVATION_THRESHOLD,
	COUNT_WINDOW_MINUTES,
	DEFAULT_KMS_PORT,
	MAX_CLOCK_SKEW_MINUTES,
	SERVER_ACTIVATION_THRESHOLD,
	cacheSizeFor,
} from '../../data/timers.ts';
import type { CmidCache } from '../cmidCache.ts';
import type { SimCore } from '../core.ts';
import { nextFloat } from '../random.ts';
import { NO_RECORDS, resolveHost, sameName, srvRecords } from '../world/lookup.ts';
import {
	SUCCESS,
	type ActivationObject,
	type KmsHost,
	type LicenseStatus,
	type Machine,
	type ResultCode,
	type SrvRecord,
} from '../types.ts';
import { scheduleAttempt, succeed } from './lifecycle.ts';

/**
 * Volume activation by a GVLK machine: Active Directory first (R10), then KMS: discovery (R1),
 * reaching the host (R2), clocks (R3), the host key (R4), the count (R5) and the threshold (R6).
 * Rules are stated in src/data/rules.ts.
 */

export function thresholdFor(product: Product): number {
	return product.family === 'server' ? SERVER_ACTIVATION_THRESHOLD : CLIENT_ACTIVATION_THRESHOLD;
}

/** Host OSes some products can't be activated from whatever the updates (checked on every request, so precomputed). */
const HOSTS_WITHOUT_UPDATE_PATH: ReadonlySet<HostOsId> = new Set(
	HOST_UPDATE_DEAD_ENDS.flatMap((row) => row.hostOs)
);

/** Whether a host key group covers a product (memoised: it is asked on every request). */
export function covers(core: SimCore, group: CsvlkGroupId, product: Product): boolean {
	let byProduct = core.coverage.get(group);
	if (!byProduct) {
		byProduct = new Map();
		core.coverage.set(group, byProduct);
	}
	let covered = byProduct.get(product.id);
	if (covered === undefined) {
		covered =
			groupActivates(group, product) &&
			(core.assumptions.unlistedEditionsCovered || !/pro-education|enterprise-g/.test(product.id));
		byProduct.set(product.id, covered);
	}
	return covered;
}

/** Whether the host cannot activate this product for want of an update: the one its OS needs is missing, or none exists. */
function lacksUpdateFor(h: KmsHost, product: Product): boolean {
	if (h.updatesInstalled && !HOSTS_WITHOUT_UPDATE_PATH.has(h.os)) return false;
	const update = requiredHostUpdate(h.os, product);
	return update !== null && (update.noUpdate === true || !h.updatesInstalled);
}

/** R4: what a reachable host answers a product whatever the count, or null when it counts the request. */
function hostRefusal(
	core: SimCore,
	h: KmsHost,
	hi: number,
	product: Product,
	slot: number
): ResultCode | null {
	let memo = core.hostVerdicts[hi];
	if (memo === undefined) {
		memo = [];
		core.hostVerdicts[hi] = memo;
	}
	let refusal = memo[slot];
	if (refusal === undefined) {
		if (!h.keyActivated) refusal = '0xC004F041';
		else if (!covers(core, h.hostKey as CsvlkGroupId, product)) refusal = '0xC004F042';
		else if (lacksUpdateFor(h, product)) refusal = core.assumptions.missingUpdateResult;
		else refusal = null;
		memo[slot] = refusal;
	}
	return refusal;
}

/** An activation or renewal attempt by a GVLK machine: updates state, schedules the next attempt, returns the result. */
export function volumeAttempt(core: SimCore, m: Machine): ResultCode {
	const product = core.machineProducts[m.index] as Product;
	m.lastAttemptAt = core.time;
	// R10: a domain member with a matching activation object activates from AD, no threshold.
	if (m.actType !== 2) {
		const obj =
			core.w.forest && product.adbaCapable && m.domain !== null && m.online
				? activationObjectFor(core, m.domain, product)
				: undefined;
		if (obj) {
			m.lastResult = SUCCESS;
			m.activationObject = obj.name;
			m.kmsHostUsed = null;
			succeed(core, m, 'adba', false);
			core.note(m.name, 'activated', SUCCESS, 'adba', obj.name);
			return SUCCESS;
		}
		if (m.actType === 1) return attemptFailed(core, m, '0xC004F081');
	}
	const code = kmsAttempt(core, m, product);
	if (code === SUCCESS) {
		m.lastResult = SUCCESS;
		m.activationObject = null;
		succeed(core, m, 'kms', false);
		return SUCCESS;
	}
	return attemptFailed(core, m, code);
}

/**
 * The activation object that activates this product for a member of `domain`, if the domain is in
 * the forest. (Its own function: closures in the attempt itself made every attempt allocate.)
 */
function activationObjectFor(
	core: SimCore,
	domain: string,
	product: Product
): ActivationObject | undefined {
	const f = core.w.forest;
	if (!f || !f.domains.some((d) => sameName(d, domain))) return undefined;
	return f.activationObjects.find((o) => covers(core, o.group, product));
}

/** A failed attempt leaves the state unchanged and retries at the activation interval. */
function attemptFailed(core: SimCore, m: Machine, code: ResultCode): ResultCode {
	m.lastResult = code;
	scheduleAttempt(core, m, core.time + m.activationInterval);
	return code;
}

/** Contacts one host and records the outcome; true when the search can stop (success or 0xC004F038). */
function tryHost(
	core: SimCore,
	m: Machine,
	product: Product,
	nPolicy: number,
	target: string,
	port: number
): boolean {
	const outcome = contact(core, m, product, nPolicy, target, port);
	core.triedHost = target;
	core.triedPort = port;
	if (outcome === null) {
		core.unreachable = true;
		return false;
	}
	core.contacted++;
	core.lastAnswer = outcome;
	// An error answer (F041, F042, F06C) lets the client try the next host, if any.
	return outcome === SUCCESS || outcome === '0xC004F038';
}

/**
 * The attempt's result: the answer that stopped the search; a single host's error answer; else
 * 0x8007232B when no host was found at all, or 0xC004F074 when every host tried failed. A clock
 * rejection (0xC004F06C) is 0xC004F074 to the client too: R3 keeps 0xC004F06C for 12288 and 12290.
 */
function attemptResult(core: SimCore): ResultCode {
	const last = core.lastAnswer;
	if (last === SUCCESS || last === '0xC004F038') return last;
	if (core.contacted === 1 && last !== null && last !== '0xC004F06C' && !core.unreachable)
		return last;
	if (core.contacted === 0 && !core.unreachable) return '0x8007232B';
	return '0xC004F074';
}

/** R1–R6: discovery, reaching the host and the host's answer. */
function kmsAttempt(core: SimCore, m: Machine, product: Product): ResultCode {
	const nPolicy = thresholdFor(product);
	core.contacted = 0;
	core.unreachable = false;
	core.lastAnswer = null;
	core.triedHost = null;
	core.lookupZone = null;

	// 1. A manual host (/skms) turns off auto-discovery.
	if (m.manualKms) {
		if (resolveHost(core, m.manualKms.host) === undefined) {
			core.note(m.name, 'activationFailed', '0x8007232B', undefined, m.manualKms.host);
			return '0x8007232B';
		}
		tryHost(core, m, product, nPolicy, m.manualKms.host, m.manualKms.port ?? DEFAULT_KMS_PORT);
		return attemptResult(core);
	}
	// 2. With host caching on, the host that last answered is tried first.
	if (m.hostCaching && m.cachedHost) {
		if (tryHost(core, m, product, nPolicy, m.cachedHost.host, m.cachedHost.port))
			return attemptResult(core);
		m.cachedHost = null; // it failed: query DNS again
	}
	// 3. SRV lookup in /skms-domain, else the primary DNS suffix. DNS is out of reach off the network.
	const zoneName = m.lookupDomain ?? m.dnsSuffix ?? m.domain;
	if (m.online && zoneName) core.lookupZone = zoneName;
	const records =
		m.online && zoneName ? lookupSrv(core, zoneName, core.triedHost, core.triedPort) : NO_RECORDS;
	if (records.length === 0) {
		if (core.contacted === 0 && !core.unreachable)
			core.note(
				m.name,
				'activationFailed',
				'0x8007232B',
				undefined,
				zoneName ?? '',
				core.lookupZone ?? undefined
			);
		return attemptResult(core);
	}
	for (const r of orderRecords(core, records)) {
		if (tryHost(core, m, product, nPolicy, r.target, r.port)) break;
	}
	return attemptResult(core);
}

/** The `_vlmcs` records of a zone, less the host that just failed (if any). */
function lookupSrv(
	core: SimCore,
	zoneName: string,
	failedHost: string | null,
	failedPort: number
): readonly SrvRecord[] {
	const records = srvRecords(core, zoneName);
	return failedHost === null
		? records
		: records.filter((r) => r.port !== failedPort || !sameName(r.target, failedHost));
}

/** R1: order SRV records by priority, then weighted random (RFC 2782); or uniformly at random. */
function orderRecords(core: SimCore, records: readonly SrvRecord[]): SrvRecord[] {
	if (records.length === 1) return [records[0] as SrvRecord];
	const out: SrvRecord[] = [];
	if (!core.assumptions.srvPriorityWeightHonoured) {
		const pool = [...records];
		while (pool.length)
			out.push(pool.splice(Math.floor(nextFloat(core.rng) * pool.length), 1)[0] as SrvRecord);
		return out;
	}
	const priorities = [...new Set(records.map((r) => r.priority))].sort((a, b) => a - b);
	for (const p of priorities) {
		const pool = records.filter((r) => r.priority === p);
		while (pool.length) {
			const total = pool.reduce((s, r) => s + r.weight, 0);
			let pick = 0;
			if (total === 0) pick = Math.floor(nextFloat(core.rng) * pool.length);
			else {
				let x = nextFloat(core.rng) * total;
				for (pick = 0; pick < pool.length - 1; pick++) {
					x -= (pool[pick] as SrvRecord).weight;
					if (x < 0) break;
				}
			}
			out.push(pool.splice(pick, 1)[0] as SrvRecord);
		}
	}
	return out;
}

/** Logs one request (the log builds events 12288/12290/12289 from it when read). */
function logRequest(
	core: SimCore,
	m: Machine,
	product: Product,
	nPolicy: number,
	h: KmsHost | null,
	code: ResultCode,
	target: string,
	port: number,
	status: LicenseStatus,
	timeLeft: number,
	count: number
): void {
	const t = core.time;
	core.eventLog.addRequest(
		t,
		m.name,
		h?.name ?? null,
		code,
		target,
		port,
		m.cmid,
		t + m.clockOffset,
		m.vm ? 1 : 0,
		status,
		timeLeft,
		product.id,
		nPolicy,
		count,
		h?.activationInterval ?? 0,
		h?.renewalInterval ?? 0,
		core.lookupZone
	);
	core.lookupZone = null; // the first request after a lookup carries it
}

/** Whether the host's SPPSVC-In-TCP rule lets a domain client in: enabled, for the Domain profile (or Any). */
export function firewallAdmits(h: KmsHost): boolean {
	return h.firewallOpen && (h.firewallProfile === 'Any' || h.firewallProfile.includes('Domain'));
}

/**
 * One request to one host. Returns null if the request never got an answer (R2: network,
 * firewall, stopped service, wrong port, stale record), else the host's result code.
 */
function contact(
	core: SimCore,
	m: Machine,
	product: Product,
	nPolicy: number,
	target: string,
	port: number
): ResultCode | null {
	const t = core.time;
	const hi = resolveHost(core, target);
	const h = hi === undefined ? undefined : core.w.hosts[hi];
	const reachable =
		m.online &&
		h !== undefined &&
		h.online &&
		h.serviceRunning &&
		h.hostKey !== null &&
		firewallAdmits(h) &&
		h.port === port;
	// What the client reports in its request, before the answer changes anything.
	const status = m.status;
	const timeLeft = m.expiresAt === null ? 0 : Math.max(0, m.expiresAt - t);
	const log = core.eventLog;
	if (!reachable || !h || hi === undefined) {
		log.countRequest(false);
		if (log.keepsEntries)
			logRequest(core, m, product, nPolicy, null, '0x800706BA', target, port, status, timeLeft, 0);
		return null;
	}
	// The host processes the request.
	const c = h.counters;
	c.total++;
	c.byStatus[status] = (c.byStatus[status] ?? 0) + 1;
	let code: ResultCode;
	let count = 0;
	const refusal = hostRefusal(core, h, hi, product, core.machineSlots[m.index] as number);
	if (refusal !== null) code = refusal;
	else if (Math.abs(m.clockOffset - h.clockOffset) > MAX_CLOCK_SKEW_MINUTES) code = '0xC004F06C';
	else {
		// R5: record the CMID (a renewal refreshes its entry), then count distinct CMIDs of the last 30 days.
		if (nPolicy > h.highestThreshold) h.highestThreshold = nPolicy;
		const cacheSize = cacheSizeFor(h.highestThreshold);
		const cache = core.caches[hi] as CmidCache;
		cache.dropSeenAtOrBefore(t - COUNT_WINDOW_MINUTES);
		let id = core.machineCmidIds[m.index];
		if (id === undefined || id < 0) {
			id = core.cmidId(m.cmid);
			core.machineCmidIds[m.index] = id;
		}
		cache.touch(id, m.cmid, t);
		while (cache.size > cacheSize) cache.evictOldest();
		count = cache.size;
		code = count >= nPolicy ? SUCCESS : '0xC004F038';
	}
	if (code !== SUCCESS && code !== '0xC004F038') c.failed++;
	log.countRequest(true);
	if (log.keepsEntries)
		logRequest(core, m, product, nPolicy, h, code, target, port, status, timeLeft, count);
	// The response carries the host's intervals and port; the client uses them from now on.
	m.activationInterval = h.activationInterval;
	m.renewalInterval = h.renewalInterval;
	m.lastCount = count;
	if (code === SUCCESS || code === '0xC004F038') {
		m.kmsHostUsed = h.name;
		if (m.manualKms) m.manualKms = { host: m.manualKms.host, port: h.port };
		else if (
			m.hostCaching &&
			(m.cachedHost === null || m.cachedHost.host !== target || m.cachedHost.port !== h.port)
		)
			m.cachedHost = { host: target, port: h.port };
	}
	return code;
}

/** The product of a machine (kept by index; a machine's product never changes). */
export function productOf(core: SimCore, m: Machine): Product {
	return core.machineProducts[m.index] ?? (findProduct(m.product) as Product);
}
