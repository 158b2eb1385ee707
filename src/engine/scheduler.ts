import type { SimCore } from './core.ts';

/**
 * What the scheduler queues, and when a queued entry no longer counts. Entries carry a generation:
 * a rule that changes a machine's plans moves its generation on instead of searching the queue, and
 * the old entries are dropped when they come up. No rules here.
 */

/** A machine's automatic activation or renewal attempt. */
export const ATTEMPT = 0;
/** The machine's current license state ends (grace, validity, OOT grace). */
export const STATE_END = 1;
/** 30 days before validity ends. */
export const WARNING = 2;
/** A host's 24-hour SRV registration. */
export const PUBLISH = 3;
/** A scenario timeline item (gen = repetition index). */
export const TIMELINE = 4;

export const KIND_NAMES = ['attempt', 'stateEnd', 'warning', 'publish', 'timeline'] as const;
export type ScheduledKind = (typeof KIND_NAMES)[number];

/** What a queue entry's `ref` points at, per kind (saved states are checked against it). */
export const QUEUE_TARGETS = [
	'machine',
	'machine',
	'machine',
	'host',
	'timeline',
] as const satisfies {
	length: (typeof KIND_NAMES)['length'];
};

export function isStale(core: SimCore, kind: number, ref: number, gen: number): boolean {
	switch (kind) {
		case ATTEMPT: {
			const m = core.w.machines[ref];
			return !m || m.removed || m.attemptGen !== gen;
		}
		case STATE_END:
		case WARNING: {
			const m = core.w.machines[ref];
			return !m || m.removed || m.stateGen !== gen;
		}
		case PUBLISH: {
			const h = core.w.hosts[ref];
			return !h || h.removed || h.publishGen !== gen;
		}
		default:
			return false;
	}
}

export function dropStale(core: SimCore): void {
	for (
		let top = core.queue.peek();
		top && isStale(core, top.kind, top.ref, top.gen);
		top = core.queue.peek()
	)
		core.queue.shift();
}
