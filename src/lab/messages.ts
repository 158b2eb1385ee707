import type { LogContact } from '../engine/index.ts';
import { MINUTES_PER_DAY } from '../data/timers.ts';

/**
 * The protocol as the lab draws it: each KMS contact the engine logged (Simulation.contactsAfter)
 * becomes the messages that travel along the network picture's links: the SRV lookup of
 * `_vlmcs._tcp` (when the client made one), the request on TCP 1688 and the host's answer. Many
 * contacts at once, many machines or a fast clock are summarised as one pulse per link with counts.
 * Plain data and pure functions; the drawing is ProtocolLayer.tsx.
 */

/** A link of the network picture between the machines and a server: `dns`, or a host's index. */
export type Link = 'dns' | number;

/** How a contact ended: the host answered success, answered a failure (or DNS had no record), or never answered. */
export type Outcome = 'ok' | 'fail' | 'none';

/** Outcome → CSS class (colour) and glyph (the shape cue, so colour is never the only cue). */
export const OUTCOME_CLASS: Record<Outcome, string> = {
	ok: 'lab-msg-ok',
	fail: 'lab-msg-fail',
	none: 'lab-msg-none',
};
export const OUTCOME_GLYPH: Record<Outcome, string> = { ok: '✓', fail: '✕', none: '⊘' };

/** Message kinds, each with its own shape: query and answer a diamond, request a filled dot, response a ring. */
export type LegKind = 'query' | 'answer' | 'request' | 'response';

/** Real milliseconds a leg takes to travel its link at any speed (the clock's speed does not change them). */
export const LEG_MS: Record<LegKind, number> = {
	query: 250,
	answer: 250,
	request: 400,
	response: 400,
};
/** Between the starts of two exchanges drawn one after another. */
export const STAGGER_MS = 150;
/** A request nobody answered stops here along its link: at the host's closed door. */
export const NO_ANSWER_STOP = 0.8;
/** One pulse's trip along its link. */
export const PULSE_MS = 600;

/** More than this many contacts in one batch are summarised as pulses. */
export const MAX_FLIGHTS = 6;
/** Networks with more machines than this are always summarised. */
export const PULSE_MACHINES = 50;
/** A clock faster than this (simulated minutes per real second) is always summarised. */
export const PULSE_MINUTES_PER_SECOND = MINUTES_PER_DAY;

export interface Leg {
	kind: LegKind;
	link: Link;
	/** Start, from the exchange's start, in ms. */
	at: number;
	ms: number;
	/** Going out from the machines (query, request) or back to them (answer, response). */
	outward: boolean;
	/** Where along the link the leg ends (1: at the server; a lost request stops short). */
	stop: number;
}

/** One contact drawn as messages. */
export interface Exchange {
	contact: LogContact;
	outcome: Outcome;
	/** The host the request went to, by index in the picture; null when the target is no known host. */
	host: number | null;
	legs: Leg[];
	/** Start within its batch, in ms. */
	start: number;
	/** Start to end of its last leg, in ms. */
	ms: number;
}

/** One link's summary of a batch. */
export interface Pulse {
	link: Link;
	total: number;
	ok: number;
	fail: number;
	none: number;
}

export type Plan =
	| { mode: 'flights'; exchanges: Exchange[]; total: number }
	| { mode: 'pulses'; pulses: Pulse[]; total: number };

/** A host as the picture lists them: its name and the DNS name requests are sent to. */
export interface HostRef {
	name: string;
	fqdn: string;
}

export function outcomeOf(c: LogContact): Outcome {
	if (!c.request) return 'fail'; // DNS answered: no such name
	if (c.host === null) return 'none';
	// SUCCESS of engine/types.ts, written out (ResultCode checks it) so this chunk does not split that module from the island.
	return c.result === '0x00000000' ? 'ok' : 'fail';
}

function sameName(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

/** The index of the host a contact's request went to (by host name when it answered, else by target). */
export function hostIndexOf(c: LogContact, hosts: readonly HostRef[]): number | null {
	if (!c.request) return null;
	const wanted = c.host ?? c.target;
	const i = hosts.findIndex(
		(h) =>
			sameName(h.name, wanted) ||
			sameName(h.fqdn, wanted) ||
			sameName(h.name, wanted.split('.')[0] ?? '')
	);
	return i < 0 ? null : i;
}

/** The legs of one contact, one after another. */
export function legsOf(c: LogContact, host: number | null): Leg[] {
	const legs: Leg[] = [];
	let at = 0;
	const add = (kind: LegKind, link: Link, outward: boolean, stop = 1) => {
		legs.push({ kind, link, at, ms: LEG_MS[kind], outward, stop });
		at += LEG_MS[kind];
	};
	if (c.lookup !== null) {
		add('query', 'dns', true);
		add('answer', 'dns', false);
	}
	if (c.request && host !== null) {
		if (c.host === null) add('request', host, true, NO_ANSWER_STOP);
		else {
			add('request', host, true);
			add('response', host, false);
		}
	}
	return legs;
}

export function exchangeOf(c: LogContact, hosts: readonly HostRef[], start: number): Exchange {
	const host = hostIndexOf(c, hosts);
	const legs = legsOf(c, host);
	const last = legs[legs.length - 1];
	return {
		contact: c,
		outcome: outcomeOf(c),
		host,
		legs,
		start,
		ms: last === undefined ? 0 : last.at + last.ms,
	};
}

/** Whether a batch is summarised as pulses: many contacts, many machines or a fast clock. */
export function summarised(contacts: number, machines: number, minutesPerSecond: number): boolean {
	return (
		contacts > MAX_FLIGHTS ||
		machines > PULSE_MACHINES ||
		minutesPerSecond > PULSE_MINUTES_PER_SECOND
	);
}

/** One pulse per link a batch used, with its counts by outcome (DNS: found a record or not). */
export function pulsesOf(contacts: readonly LogContact[], hosts: readonly HostRef[]): Pulse[] {
	const dns: Pulse = { link: 'dns', total: 0, ok: 0, fail: 0, none: 0 };
	const byHost = new Map<number, Pulse>();
	const known = new Map<string, number | null>();
	for (const c of contacts) {
		if (c.lookup !== null) {
			dns.total++;
			if (c.request) dns.ok++;
			else dns.fail++;
		}
		// Thousands of contacts name a few hosts: look each name up once.
		const key = c.host ?? c.target;
		let i = c.request ? known.get(key) : null;
		if (i === undefined) {
			i = hostIndexOf(c, hosts);
			known.set(key, i);
		}
		if (i === null) continue;
		let p = byHost.get(i);
		if (p === undefined) {
			p = { link: i, total: 0, ok: 0, fail: 0, none: 0 };
			byHost.set(i, p);
		}
		p.total++;
		p[outcomeOf(c)]++;
	}
	const out = dns.total > 0 ? [dns] : [];
	for (const i of [...byHost.keys()].sort((a, b) => a - b)) out.push(byHost.get(i) as Pulse);
	return out;
}

/** What to draw for a batch of new contacts. */
export function planBatch(
	contacts: readonly LogContact[],
	hosts: readonly HostRef[],
	machines: number,
	minutesPerSecond: number
): Plan {
	if (summarised(contacts.length, machines, minutesPerSecond))
		return { mode: 'pulses', pulses: pulsesOf(contacts, hosts), total: contacts.length };
	return {
		mode: 'flights',
		exchanges: contacts.map((c, i) => exchangeOf(c, hosts, i * STAGGER_MS)),
		total: contacts.length,
	};
}

/** How long a plan takes to play out, in ms. */
export function planMs(plan: Plan): number {
	if (plan.mode === 'pulses') return plan.pulses.length === 0 ? 0 : PULSE_MS;
	return plan.exchanges.reduce((end, e) => Math.max(end, e.start + e.ms), 0);
}

/** A message in the air at a moment: which leg, and how far along its link (0 machines … 1 server). */
export interface InFlight {
	leg: Leg;
	at: number;
}

/** Where an exchange's message is `elapsed` ms into its batch, or null before its start and after its end. */
export function flightAt(e: Exchange, elapsed: number): InFlight | null {
	const t = elapsed - e.start;
	if (t < 0 || t >= e.ms) return null;
	for (const leg of e.legs) {
		if (t < leg.at + leg.ms) {
			const f = Math.min(1, (t - leg.at) / leg.ms);
			return { leg, at: leg.outward ? f * leg.stop : (1 - f) * leg.stop };
		}
	}
	return null;
}

/** Where a pulse is along its link `elapsed` ms into its batch (out to the server and back), or null when done. */
export function pulseAt(elapsed: number): number | null {
	if (elapsed < 0 || elapsed >= PULSE_MS) return null;
	const f = elapsed / PULSE_MS;
	return f < 0.5 ? f * 2 : (1 - f) * 2;
}

/** A link as a line from the machines' end (x1, y1) to the server's (x2, y2), in the picture's units. */
export interface LinkLine {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** The point a fraction `f` of the way along a link, from the machines (0) to the server (1). */
export function pointOn(line: LinkLine, f: number): { x: number; y: number } {
	return { x: line.x1 + (line.x2 - line.x1) * f, y: line.y1 + (line.y2 - line.y1) * f };
}

/** The newest `n` contacts, newest first (the ones the reader can open). */
export function newest<T>(contacts: readonly T[], n: number): T[] {
	return contacts.slice(Math.max(0, contacts.length - n)).reverse();
}
