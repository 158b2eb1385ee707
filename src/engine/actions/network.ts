import { DEFAULT_KMS_PORT } from '../../data/timers.ts';
import type { Action } from '../actions.ts';
import type { SimCore } from '../core.ts';
import { done, refused, type ActionResult } from '../results.ts';
import { parseDuration } from '../time.ts';
import { findHost, findTarget, findZone, sameName } from '../world/lookup.ts';
import type { DnsZone, KmsHost, Machine } from '../types.ts';
import { badPort, validPort } from './clients.ts';

/** Handlers of the actions on the network around the computers: DNS zones, the forest, clocks, links, the firewall rule. */

type Of<T extends Action['type']> = Extract<Action, { type: T }>;

function onTarget(
	core: SimCore,
	name: string,
	change: (t: Machine | KmsHost) => ActionResult | void
): ActionResult {
	const t = findTarget(core, name);
	if (!t) return refused({ code: 'unknown_target', name, expected: 'any' });
	return change(t) ?? done();
}

function onZone(
	core: SimCore,
	name: string,
	change: (z: DnsZone) => ActionResult | void
): ActionResult {
	const z = findZone(core, name);
	if (!z) return refused({ code: 'unknown_target', name, expected: 'zone' });
	return change(z) ?? done();
}

/** Profiles a firewall rule may name, in Windows' spelling. */
const PROFILES = ['Any', 'Domain', 'Private', 'Public', 'NotApplicable'] as const;

/** "domain, private" → "Domain, Private"; undefined for an unknown profile. */
export function canonicalProfile(text: string): string | undefined {
	const parts = text
		.split(',')
		.map((p) => p.trim())
		.filter((p) => p !== '');
	const names: string[] = [];
	for (const part of parts) {
		const known = PROFILES.find((p) => p.toLowerCase() === part.toLowerCase());
		if (known === undefined) return undefined;
		if (!names.includes(known)) names.push(known);
	}
	return names.length === 0 ? undefined : names.join(', ');
}

export const networkHandlers = {
	setClockOffset: (core: SimCore, a: Of<'setClockOffset'>) => {
		const offset = parseDuration(a.offset);
		if (offset === undefined) return refused({ code: 'bad_offset', value: a.offset });
		return onTarget(core, a.target, (t) => {
			t.clockOffset = offset;
		});
	},
	resyncClock: (core: SimCore, a: Of<'resyncClock'>) =>
		onTarget(core, a.target, (t) => {
			t.clockOffset = 0;
		}),
	setOnline: (core: SimCore, a: Of<'setOnline'>) =>
		onTarget(core, a.target, (t) => {
			t.online = a.online;
		}),
	setInternet: (core: SimCore, a: Of<'setInternet'>) =>
		onTarget(core, a.target, (t) => {
			t.internet = a.internet;
		}),
	/** The SPPSVC-In-TCP rule as `Set-NetFirewallRule` sets it: enabled, and the profiles it applies to. */
	setFirewallRule: (core: SimCore, a: Of<'setFirewallRule'>) => {
		const profile = a.profile === undefined ? undefined : canonicalProfile(a.profile);
		if (a.profile !== undefined && profile === undefined)
			return refused({
				code: 'invalid_action',
				issues: [
					{ path: 'profile', code: 'expected', expected: 'text', got: JSON.stringify(a.profile) },
				],
			});
		return onTarget(core, a.target, (t) => {
			if (a.enabled !== undefined) t.firewallOpen = a.enabled;
			if (profile !== undefined) t.firewallProfile = profile;
		});
	},
	deleteSrvRecord: (core: SimCore, a: Of<'deleteSrvRecord'>) =>
		onZone(core, a.zone, (z) => {
			const before = z.records.length;
			z.records = z.records.filter((r) => a.target !== undefined && !sameName(r.target, a.target));
			if (z.records.length === before) return refused({ code: 'no_srv_record', zone: z.name });
			// The last record gone, the name goes with its permissions: the next host to publish creates it anew.
			if (z.records.length === 0) {
				z.srvOwner = null;
				z.srvGrants = [];
			}
		}),
	addSrvRecord: (core: SimCore, a: Of<'addSrvRecord'>) =>
		onZone(core, a.zone, (z) => {
			const port = a.port ?? DEFAULT_KMS_PORT;
			if (!validPort(port)) return badPort(port);
			z.records.push({
				target: a.target,
				port,
				priority: a.priority ?? 0,
				weight: a.weight ?? 0,
				publishedBy: null,
				registeredAt: null,
			});
		}),
	/** A DNS admin gives a host's computer account Full Control on the zone's `_vlmcs._tcp` name; used at its next publication (R8). */
	grantSrvRecordRights: (core: SimCore, a: Of<'grantSrvRecordRights'>) =>
		onZone(core, a.zone, (z) => {
			const h = findHost(core, a.host);
			if (!h) return refused({ code: 'unknown_target', name: a.host, expected: 'host' });
			if (!z.srvGrants.some((g) => sameName(g, h.name))) z.srvGrants.push(h.name);
		}),
	setZoneDynamicUpdates: (core: SimCore, a: Of<'setZoneDynamicUpdates'>) =>
		onZone(core, a.zone, (z) => {
			z.dynamicUpdates = a.enabled;
		}),
	deleteActivationObject: (core: SimCore, a: Of<'deleteActivationObject'>) => {
		const f = core.w.forest;
		if (!f) return refused({ code: 'no_forest' });
		const before = f.activationObjects.length;
		f.activationObjects = f.activationObjects.filter((o) => !sameName(o.name, a.name));
		if (f.activationObjects.length === before)
			return refused({ code: 'unknown_target', name: a.name, expected: 'activation_object' });
		return done();
	},
};
