import { MAX_INTERVAL, MIN_INTERVAL } from '../../data/timers.ts';
import type { Action } from '../actions.ts';
import type { CmidCache } from '../cmidCache.ts';
import type { SimCore } from '../core.ts';
import { done, refused, type ActionResult } from '../results.ts';
import { publish } from '../rules/dns.ts';
import { startup } from '../rules/lifecycle.ts';
import { findHostIndex, findMachine } from '../world/lookup.ts';
import type { KmsHost } from '../types.ts';
import { badPort, validPort } from './clients.ts';

/** Handlers of the actions on a KMS host (`slmgr /sai`, `/sri`, `/sprt`, `/sdns`, the service, the firewall rule). */

type Of<T extends Action['type']> = Extract<Action, { type: T }>;

/** Runs `change` on the named host, or refuses when there is none. */
function onHost(
	core: SimCore,
	name: string,
	change: (h: KmsHost, hi: number) => ActionResult | void
): ActionResult {
	const hi = findHostIndex(core, name);
	const h = hi === undefined ? undefined : core.w.hosts[hi];
	if (!h || hi === undefined) return refused({ code: 'unknown_target', name, expected: 'host' });
	return change(h, hi) ?? done();
}

function interval(
	core: SimCore,
	a: Of<'setActivationInterval'> | Of<'setRenewalInterval'>
): ActionResult {
	return onHost(core, a.host, (h) => {
		if (!Number.isInteger(a.minutes) || a.minutes < MIN_INTERVAL || a.minutes > MAX_INTERVAL)
			return refused({
				code: 'out_of_range',
				field: 'interval',
				value: a.minutes,
				min: MIN_INTERVAL,
				max: MAX_INTERVAL,
			});
		if (a.type === 'setActivationInterval') h.activationInterval = a.minutes;
		else h.renewalInterval = a.minutes;
	});
}

/** The Software Protection service on a host or a machine: `net stop|start sppsvc`, a restart. */
export function serviceControl(
	core: SimCore,
	target: string,
	command: 'stop' | 'start' | 'restart'
): ActionResult {
	const hi = findHostIndex(core, target);
	if (hi !== undefined) {
		const h = core.w.hosts[hi] as KmsHost;
		if (command === 'stop' || command === 'restart') {
			h.serviceRunning = false;
			h.publishGen++;
		}
		if (command === 'start' || command === 'restart') {
			const wasStopped = !h.serviceRunning;
			h.serviceRunning = true;
			if (wasStopped) {
				if (h.pendingPort !== null) {
					h.port = h.pendingPort;
					h.pendingPort = null;
				}
				if (core.assumptions.hostCacheClearedOnRestart) (core.caches[hi] as CmidCache).clear();
				publish(core, h, hi);
			}
		}
		return done();
	}
	const m = findMachine(core, target);
	if (!m) return refused({ code: 'unknown_target', name: target, expected: 'any' });
	if (command === 'stop') m.serviceRunning = false;
	else {
		m.serviceRunning = true;
		startup(core, m);
	}
	return done();
}

export const hostHandlers = {
	setActivationInterval: interval,
	setRenewalInterval: interval,
	setPort: (core: SimCore, a: Of<'setPort'>) =>
		onHost(core, a.host, (h) => {
			if (!validPort(a.port)) return badPort(a.port);
			// The new port is used after the KMS service restarts.
			h.pendingPort = a.port;
		}),
	setDnsPublishing: (core: SimCore, a: Of<'setDnsPublishing'>) =>
		onHost(core, a.host, (h, hi) => {
			h.dnsPublishing = a.enabled;
			h.publishGen++;
			// Turning publishing off leaves any published record in place (it can go stale).
			if (a.enabled) publish(core, h, hi);
		}),
	setLowPriority: (core: SimCore, a: Of<'setLowPriority'>) =>
		onHost(core, a.host, (h) => {
			h.lowPriority = a.enabled;
		}),
	setHostUpdates: (core: SimCore, a: Of<'setHostUpdates'>) =>
		onHost(core, a.host, (h) => {
			h.updatesInstalled = a.installed;
		}),
	setFirewall: (core: SimCore, a: Of<'setFirewall'>) =>
		onHost(core, a.host, (h) => {
			h.firewallOpen = a.open;
			// Opening the port for the lab's domain clients means a rule that applies to them.
			if (a.open && h.firewallProfile !== 'Any' && !h.firewallProfile.includes('Domain'))
				h.firewallProfile = 'Any';
		}),
	serviceControl: (core: SimCore, a: Of<'serviceControl'>) =>
		serviceControl(core, a.target, a.command),
};
