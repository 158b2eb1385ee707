import {
	isProductKeyShape,
	normalizeProductKey,
	productsForGvlk,
	type Product,
} from '../../data/products.ts';
import { findCsvlkGroup, groupHostableOn } from '../../data/hostKeys.ts';
import { ACTIVATION_OBJECT_NAME_MAX, CONFIRMATION_ID_DIGITS } from '../../data/timers.ts';
import type { SimCore } from '../core.ts';
import { nextGuid } from '../random.ts';
import {
	confirmationIdFor,
	forestInstallationId,
	hostInstallationId,
	machineInstallationId,
} from '../ids.ts';
import { done, refused, type ActionResult } from '../results.ts';
import { findHost, findHostIndex, findMachine, findTarget, sameName } from '../world/lookup.ts';
import {
	SUCCESS,
	type ActivationMethod,
	type KmsHost,
	type Machine,
	type ResultCode,
} from '../types.ts';
import { volumeAttempt } from './kms.ts';
import { publish } from './dns.ts';
import {
	dropKey,
	resetGrace,
	resetToGraceOrNotification,
	scheduleAttempt,
	succeed,
} from './lifecycle.ts';

/**
 * Product keys and the activations that are not KMS renewals: `/ipk`, `/upk`, `/ato`, `/atp`,
 * `/rearm`, MAK use (R9), host keys and AD activation objects (src/data/rules.ts).
 */

function noMachine(name: string): ActionResult {
	return refused({ code: 'unknown_target', name, expected: 'machine' });
}

/** `/ipk` on a host or a machine. */
export function installKey(core: SimCore, target: string, rawKey: string): ActionResult {
	const hi = findHostIndex(core, target);
	if (hi !== undefined) return installHostKey(core, core.w.hosts[hi] as KmsHost, hi, rawKey);
	const m = findMachine(core, target);
	if (!m) return noMachine(target);
	return installKeyOn(core, m, rawKey);
}

/** Installs a GVLK, MAK or retail key on a machine: the rule `addMachines` and `/ipk` share. */
export function installKeyOn(core: SimCore, m: Machine, rawKey: string): ActionResult {
	const key = normalizeProductKey(rawKey);
	if (!isProductKeyShape(key)) return refused({ code: 'bad_key', reason: 'format' }, '0xC004F050');
	const product = core.machineProducts[m.index] as Product;
	let kind: 'gvlk' | 'mak' | 'retail';
	const gvlkFor = productsForGvlk(key);
	if (gvlkFor.length > 0) {
		if (!gvlkFor.includes(product))
			return refused(
				{ code: 'bad_key', reason: 'wrong_edition', keyKind: 'gvlk', product: product.id },
				'0xC004F069'
			);
		kind = 'gvlk';
	} else if (core.w.makPools.some((p) => p.key === key)) kind = 'mak';
	else if (core.w.retailKeys.some((r) => r.key === key)) {
		if (!core.w.retailKeys.some((r) => r.key === key && r.product === product.id))
			return refused(
				{ code: 'bad_key', reason: 'wrong_edition', keyKind: 'retail', product: product.id },
				'0xC004F069'
			);
		kind = 'retail';
	} else if (core.w.hostKeys.some((h) => h.key === key))
		return refused({ code: 'bad_key', reason: 'host_key_on_client' }, '0xC004F069');
	else return refused({ code: 'bad_key', reason: 'unknown' }, '0xC004F050');
	m.key = { kind, key, partial: key.slice(-5) };
	m.cachedHost = kind === 'gvlk' ? m.cachedHost : null;
	// A new key drops any activation: back to what is left of the initial grace period.
	resetToGraceOrNotification(core, m);
	if (kind === 'gvlk') scheduleAttempt(core, m, core.time);
	else {
		m.attemptGen++;
		m.nextAttemptAt = null;
	}
	return done(null, m.status);
}

/** Whether a host key group can be installed on a host OS: the one rule for load time and for `/ipk`. */
export function hostKeyFits(group: string, os: string): boolean {
	return groupHostableOn(
		group as Parameters<typeof groupHostableOn>[0],
		os as Parameters<typeof groupHostableOn>[1]
	);
}

function installHostKey(core: SimCore, h: KmsHost, hi: number, rawKey: string): ActionResult {
	const key = normalizeProductKey(rawKey);
	if (!isProductKeyShape(key)) return refused({ code: 'bad_key', reason: 'format' }, '0xC004F050');
	const record = core.w.hostKeys.find((k) => k.key === key);
	if (!record) return refused({ code: 'bad_key', reason: 'not_host_key' }, '0xC004F050');
	if (!hostKeyFits(record.group, h.os))
		return refused({ code: 'bad_key', reason: 'host_os', group: record.group }, '0xC004F069');
	h.hostKey = record.group;
	h.keyActivated = false;
	publish(core, h, hi);
	return done();
}

/** `/upk`. */
export function uninstallKey(core: SimCore, target: string): ActionResult {
	const h = findHost(core, target);
	if (h) {
		h.hostKey = null;
		h.keyActivated = false;
		h.publishGen++;
		return done();
	}
	const m = findMachine(core, target);
	if (!m) return noMachine(target);
	dropKey(core, m);
	return done(null, m.status);
}

/** `/rearm`. */
export function rearm(core: SimCore, name: string): ActionResult {
	const m = findMachine(core, name);
	if (!m) return noMachine(name);
	if (m.rearmsLeft <= 0) return { ok: false, code: '0xC004D307', status: m.status };
	m.rearmsLeft--;
	if (core.assumptions.rearmResetsCmid) {
		m.cmid = nextGuid(core.rng);
		core.machineCmidIds[m.index] = -1;
	}
	resetGrace(core, m);
	return done(null, m.status);
}

/** `sysprep /generalize`: a new CMID and a fresh grace period. */
export function generalize(core: SimCore, name: string): ActionResult {
	const m = findMachine(core, name);
	if (!m) return noMachine(name);
	m.cmid = nextGuid(core.rng);
	core.machineCmidIds[m.index] = -1;
	m.cachedHost = null;
	resetGrace(core, m);
	return done(null, m.status);
}

/** `/ato`: attempt now and report the result synchronously. */
export function activateNow(core: SimCore, target: string): ActionResult {
	const h = findHost(core, target);
	if (h) {
		if (!h.hostKey) return { ok: false, code: '0xC004F014' };
		if (!core.w.internet || !h.internet || !h.online)
			return { ok: false, code: core.assumptions.noInternetResult };
		h.keyActivated = true;
		core.note(h.name, 'hostKeyActivated', undefined, 'mak');
		return done(SUCCESS);
	}
	const m = findMachine(core, target);
	if (!m) return noMachine(target);
	core.note(m.name, 'action', undefined, undefined, 'activate');
	if (!m.key) {
		m.lastResult = '0xC004F014';
		return { ok: false, code: '0xC004F014', status: m.status };
	}
	const code = m.key.kind === 'gvlk' ? volumeAttempt(core, m) : onlineActivation(core, m);
	return { ok: code === SUCCESS, code, status: m.status };
}

function onlineActivation(core: SimCore, m: Machine): ResultCode {
	const key = m.key;
	m.lastAttemptAt = core.time;
	let code: ResultCode;
	if (!key) code = '0xC004F014';
	else if (!core.w.internet || !m.internet || !m.online) code = core.assumptions.noInternetResult;
	else if (key.kind === 'mak') code = useMak(core, key.key);
	else code = SUCCESS;
	m.lastResult = code;
	if (code === SUCCESS) {
		const method: ActivationMethod = key?.kind === 'mak' ? 'mak' : 'retail';
		succeed(core, m, method, true);
		core.note(m.name, 'activated', code, method);
	} else core.note(m.name, 'activationFailed', code);
	return code;
}

/** R9: one activation of a MAK (online or by phone). */
function useMak(core: SimCore, key: string): ResultCode {
	const pool = core.w.makPools.find((p) => p.key === key);
	if (!pool) return '0xC004F050';
	if (pool.blocked) return '0xC004C003';
	if (pool.remaining <= 0) return '0xC004C020';
	pool.remaining--;
	return SUCCESS;
}

/** Installation ID for phone activation (`slmgr /dti`) of a machine or a host's key; undefined without a key. */
export function installationIdOf(core: SimCore, target: string): string | undefined {
	const m = findMachine(core, target);
	if (m)
		return m.key
			? machineInstallationId(m.cmid, m.key.key, core.assumptions.installationIdDigits)
			: undefined;
	const h = findHost(core, target);
	if (h && h.hostKey)
		return hostInstallationId(h.name, h.hostKey, core.assumptions.installationIdDigits);
	return undefined;
}

/** `/atp <CID>`: phone activation of a machine (MAK/retail) or a host key. */
export function applyConfirmationId(core: SimCore, target: string, cid: string): ActionResult {
	const digits = cid.replace(/[\s-]/g, '');
	const iid = installationIdOf(core, target);
	if (iid === undefined) {
		if (!findTarget(core, target)) return noMachine(target);
		return { ok: false, code: '0xC004F014' };
	}
	if (
		!/^\d+$/.test(digits) ||
		digits.length !== CONFIRMATION_ID_DIGITS ||
		digits !== confirmationIdFor(iid)
	)
		return { ok: false, code: '0xC004F02C' };
	const h = findHost(core, target);
	if (h) {
		h.keyActivated = true;
		core.note(h.name, 'hostKeyActivated', undefined, 'phone');
		return done(SUCCESS);
	}
	const m = findMachine(core, target) as Machine;
	if (m.key?.kind === 'gvlk') return refused({ code: 'gvlk_by_phone' }, '0xC004F069');
	const code = m.key?.kind === 'mak' ? useMak(core, m.key.key) : SUCCESS;
	m.lastResult = code;
	m.lastAttemptAt = core.time;
	if (code !== SUCCESS) return { ok: false, code, status: m.status };
	succeed(core, m, 'phone', true);
	core.note(m.name, 'activated', code, 'phone');
	return done(code, m.status);
}

/** `/ad-activation-online` and `/ad-activation-apply-cid`: an activation object in the forest (R10). */
export function createActivationObject(
	core: SimCore,
	rawKey: string,
	name: string | undefined,
	method: 'online' | 'phone',
	cid: string | undefined
): ActionResult {
	const f = core.w.forest;
	if (!f) return refused({ code: 'no_forest' });
	const key = normalizeProductKey(rawKey);
	const record = core.w.hostKeys.find((k) => k.key === key);
	if (!isProductKeyShape(key) || !record)
		return refused({ code: 'bad_key', reason: 'not_host_key' }, '0xC004F050');
	const objectName = name ?? findCsvlkGroup(record.group)?.name.en ?? record.group;
	if ([...objectName].length > ACTIVATION_OBJECT_NAME_MAX)
		return refused({ code: 'object_name_too_long', max: ACTIVATION_OBJECT_NAME_MAX }, '0xC004F082');
	if (method === 'online' && !core.w.internet)
		return { ok: false, code: core.assumptions.noInternetResult };
	if (method === 'phone') {
		const digits = (cid ?? '').replace(/[\s-]/g, '');
		if (
			digits !== confirmationIdFor(forestInstallationId(key, core.assumptions.installationIdDigits))
		)
			return { ok: false, code: '0xC004F02C' };
	}
	f.activationObjects = f.activationObjects.filter((o) => !sameName(o.name, objectName));
	f.activationObjects.push({
		name: objectName,
		group: record.group,
		partialKey: key.slice(-5),
		createdAt: core.time,
		method,
	});
	return done(SUCCESS);
}
