import { MINUTES_PER_DAY } from '../data/timers.ts';
import type { LicenseStatus, LogEntry } from '../engine/index.ts';
import { presetSimulation, type FigurePreset } from './presets.ts';

/**
 * One machine's life in a preset, read from the engine for the timeline figures: its license
 * states, each activation's validity window and the failed attempts since the last success.
 * Change lists, not samples, so the figures' props stay small.
 */
export interface MachineTrack {
	machine: string;
	/** `[minute, status]`: the status from that minute on (exact, from the engine's state notes). */
	states: [number, LicenseStatus][];
	/** `[activated at, expires at]` of each success, as the engine's machine state holds them. */
	windows: [number, number][];
	/** Failed attempts since the last success, at the end of each day (index = day). */
	failedByDay: number[];
	/** Shortest gap between two successes, and between two failed attempts (minutes; 0 = none). */
	renewalGap: number;
	retryGap: number;
	/** End of the initial grace period. */
	graceEndsAt: number;
}

const isSuccess = (e: LogEntry) => e.id === 12289 && e.activated === 1;
const isAttempt = (e: LogEntry) =>
	e.id === 12288 || (e.id === 'note' && e.kind === 'activationFailed');

function smallestGap(times: number[]): number {
	let gap = 0;
	for (let i = 1; i < times.length; i++) {
		const d = (times[i] as number) - (times[i - 1] as number);
		if (d > 0 && (gap === 0 || d < gap)) gap = d;
	}
	return gap;
}

/** Runs a preset day by day up to `days` and tracks the named machines. */
export function trackMachines(
	preset: FigurePreset,
	machines: readonly string[],
	days: number
): MachineTrack[] {
	const sim = presetSimulation(preset);
	const windows = new Map<string, [number, number][]>(machines.map((m) => [m, []]));
	for (let day = 0; day <= days; day++) {
		sim.advanceTo(day * MINUTES_PER_DAY);
		for (const name of machines) {
			const m = sim.machine(name);
			const list = windows.get(name) as [number, number][];
			if (m?.activatedAt == null || m.expiresAt === null || m.status !== 1) continue;
			const last = list[list.length - 1];
			if (last?.[0] !== m.activatedAt) list.push([m.activatedAt, m.expiresAt]);
		}
	}
	return machines.map((name) => {
		const events = sim.events({ computer: name });
		const states: [number, LicenseStatus][] = [];
		for (const e of events)
			if (e.id === 'note' && e.kind === 'stateChanged' && e.to !== undefined) {
				if (states.length === 0 && e.from !== undefined) states.push([e.time, e.from]);
				states.push([e.time, e.to]);
			}
		const successes = events.filter(isSuccess).map((e) => e.time);
		const successAt = new Set(successes);
		const failed = events.filter((e) => isAttempt(e) && !successAt.has(e.time)).map((e) => e.time);
		const failedByDay: number[] = [];
		for (let day = 0; day <= days; day++) {
			const end = day * MINUTES_PER_DAY;
			const since = successes.filter((t) => t <= end).pop() ?? -1;
			failedByDay.push(failed.filter((t) => t > since && t <= end).length);
		}
		return {
			machine: name,
			states,
			windows: windows.get(name) as [number, number][],
			failedByDay,
			renewalGap: smallestGap(successes),
			retryGap: smallestGap(failed),
			graceEndsAt: sim.machine(name)?.graceEndsAt ?? 0,
		};
	});
}
