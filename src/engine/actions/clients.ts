import type { Action } from '../actions.ts';
import type { SimCore } from '../core.ts';
import { done, refused, type ActionResult } from '../results.ts';
import { startup } from '../rules/lifecycle.ts';
import { findMachine } from '../world/lookup.ts';
import type { Machine } from '../types.ts';

/** Handlers of the actions that change one client's settings (`slmgr /skms`, `/ckms`, `/act-type` …). */

type Of<T extends Action['type']> = Extract<Action, { type: T }>;

/** Runs `change` on the named machine, or refuses when there is none. */
function onMachine(
	core: SimCore,
	name: string,
	change: (m: Machine) => ActionResult | void
): ActionResult {
	const m = findMachine(core, name);
	if (!m) return refused({ code: 'unknown_target', name, expected: 'machine' });
	return change(m) ?? done();
}

export function validPort(port: number): boolean {
	return Number.isInteger(port) && port >= 1 && port <= 65535;
}

export function badPort(port: number): ActionResult {
	return refused({ code: 'out_of_range', field: 'port', value: port, min: 1, max: 65535 });
}

export const clientHandlers = {
	removeMachine: (core: SimCore, a: Of<'removeMachine'>) =>
		onMachine(core, a.machine, (m) => {
			m.removed = true;
		}),
	setKmsHost: (core: SimCore, a: Of<'setKmsHost'>) =>
		onMachine(core, a.machine, (m) => {
			if (a.port !== undefined && !validPort(a.port)) return badPort(a.port);
			if (a.host === undefined || a.host === '') {
				// "/skms :port" changes only the port of the manual host (or of the cached one).
				m.manualKms = m.manualKms ? { host: m.manualKms.host, port: a.port ?? null } : null;
				if (!m.manualKms && m.cachedHost && a.port !== undefined)
					m.cachedHost = { host: m.cachedHost.host, port: a.port };
			} else m.manualKms = { host: a.host, port: a.port ?? null };
		}),
	clearKmsHost: (core: SimCore, a: Of<'clearKmsHost'>) =>
		onMachine(core, a.machine, (m) => {
			m.manualKms = null;
		}),
	setLookupDomain: (core: SimCore, a: Of<'setLookupDomain'>) =>
		onMachine(core, a.machine, (m) => {
			m.lookupDomain = a.domain;
		}),
	clearLookupDomain: (core: SimCore, a: Of<'clearLookupDomain'>) =>
		onMachine(core, a.machine, (m) => {
			m.lookupDomain = null;
		}),
	setHostCaching: (core: SimCore, a: Of<'setHostCaching'>) =>
		onMachine(core, a.machine, (m) => {
			m.hostCaching = a.enabled;
			if (!a.enabled) m.cachedHost = null;
		}),
	setActType: (core: SimCore, a: Of<'setActType'>) =>
		onMachine(core, a.machine, (m) => {
			if (a.actType !== 0 && a.actType !== 1 && a.actType !== 2)
				return refused({
					code: 'out_of_range',
					field: 'actType',
					value: Number(a.actType),
					min: 0,
					max: 2,
				});
			m.actType = a.actType;
		}),
	joinDomain: (core: SimCore, a: Of<'joinDomain'>) =>
		onMachine(core, a.machine, (m) => {
			m.domain = a.domain;
			m.dnsSuffix = a.domain;
		}),
	leaveDomain: (core: SimCore, a: Of<'leaveDomain'>) =>
		onMachine(core, a.machine, (m) => {
			// Activation from AD is lost only at the next restart (R10).
			m.domain = null;
			m.dnsSuffix = null;
		}),
	restartMachine: (core: SimCore, name: string) =>
		onMachine(core, name, (m) => {
			startup(core, m);
			return done(null, m.status);
		}),
};
