import { applyAction } from './actions/index.ts';
import type { SimCore } from './core.ts';
import type { QueueEntry } from './heap.ts';
import type { RunResult } from './results.ts';
import { volumeAttempt } from './rules/kms.ts';
import { publish } from './rules/dns.ts';
import { stateEndDue, warningDue } from './rules/lifecycle.ts';
import {
	ATTEMPT,
	KIND_NAMES,
	PUBLISH,
	STATE_END,
	TIMELINE,
	WARNING,
	isStale,
	type ScheduledKind,
} from './scheduler.ts';
import type { KmsHost, Machine, Minutes } from './types.ts';

/**
 * Moving the clock: each due entry runs its rule, in time order (ties in the order they were
 * queued). Every move has a budget in events, so no input can make a run take unbounded work.
 */

/** What `step()` processed. */
export interface StepInfo {
	time: Minutes;
	kind: ScheduledKind;
	/** Machine or host name; for timeline items, the action type. */
	subject: string;
}

function process(core: SimCore, t: Minutes, kind: number, ref: number, gen: number): void {
	switch (kind) {
		case ATTEMPT:
			// Live attempts belong to GVLK machines: every key change that ends them moves attemptGen on.
			volumeAttempt(core, core.w.machines[ref] as Machine);
			return;
		case STATE_END:
			stateEndDue(core, core.w.machines[ref] as Machine, gen);
			return;
		case WARNING:
			warningDue(core, core.w.machines[ref] as Machine, gen);
			return;
		case PUBLISH:
			publish(core, core.w.hosts[ref] as KmsHost, ref);
			return;
		default: {
			const item = core.timeline[ref];
			if (!item) return;
			applyAction(core, item.action);
			if (item.every > 0 && gen + 1 < item.times)
				core.schedule(t + item.every, TIMELINE, ref, gen + 1);
			return;
		}
	}
}

/** Processes the next live event and moves the clock to it; null when nothing is scheduled. */
export function step(core: SimCore): StepInfo | null {
	for (;;) {
		const e = core.queue.pop();
		if (!e) return null;
		core.work++;
		if (isStale(core, e.kind, e.ref, e.gen)) continue;
		core.time = e.t;
		core.processed++;
		process(core, e.t, e.kind, e.ref, e.gen);
		return describe(core, e);
	}
}

function describe(core: SimCore, e: QueueEntry): StepInfo {
	const kind = KIND_NAMES[e.kind] ?? 'timeline';
	if (kind === 'publish')
		return { time: e.t, kind, subject: (core.w.hosts[e.ref] as KmsHost).name };
	if (kind === 'timeline')
		return { time: e.t, kind, subject: core.timeline[e.ref]?.action.type ?? '' };
	return { time: e.t, kind, subject: (core.w.machines[e.ref] as Machine).name };
}

/**
 * Processes every event due at or before `t`, then sets the clock to `t` (never backwards). Refuses
 * a time past `limits.maxMinutes` before doing anything; stops after `budget` queue entries, leaving
 * the clock at the last one processed (callers that must not half-apply rebuild or discard the run).
 */
export function advanceTo(
	core: SimCore,
	t: Minutes,
	budget: number = core.limits.maxEvents
): RunResult {
	const max = core.limits.maxMinutes;
	if (!(t <= max))
		return { ok: false, events: 0, error: { code: 'limit', limit: 'maxMinutes', max, value: t } };
	const queue = core.queue;
	let events = 0;
	for (let next = queue.nextTime(); next !== undefined && next <= t; next = queue.nextTime()) {
		if (events >= budget)
			return {
				ok: false,
				events,
				error: { code: 'limit', limit: 'maxEvents', max: budget, value: events + 1 },
			};
		events++;
		core.work++;
		queue.shift();
		const { kind, ref, gen } = queue;
		if (isStale(core, kind, ref, gen)) continue;
		core.time = next;
		core.processed++;
		process(core, next, kind, ref, gen);
	}
	if (t > core.time) core.time = t;
	return { ok: true, events };
}
