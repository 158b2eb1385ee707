import { MINUTES_PER_DAY, MINUTES_PER_HOUR } from '../data/timers.ts';
import type { ActionType } from '../engine/actions.ts';
import type { RecordedAction } from '../engine/core.ts';
import { LabSession, type Preset } from './session.ts';
import { xOf, type Sample, type Scale } from './series.ts';

/**
 * The timeline chart as a control: where a pointer or a key moves time, what the chart shows at a
 * time, and where the guided steps and the reader's actions sit on it. Plain data and pure
 * functions (the component only draws and forwards the chosen time to the lab's one way of
 * moving time), loaded with the side panels, not with the lab's first load.
 */

/** The simulated minute under an x on the scale (SVG units): clamped to the scale, to the hour. */
export function timeAtX(scale: Scale, x: number): number {
	const span = scale.x1 - scale.x0 || 1;
	const fraction = Math.min(1, Math.max(0, (x - scale.x0) / span));
	const t = scale.t0 + fraction * (scale.t1 - scale.t0);
	const hour = Math.round(t / MINUTES_PER_HOUR) * MINUTES_PER_HOUR;
	return Math.min(scale.t1, Math.max(scale.t0, hour));
}

/** A pointer's clientX over an element drawn `width` SVG units wide, in SVG units. */
export function svgX(
	clientX: number,
	rect: { left: number; width: number },
	width: number
): number {
	return rect.width > 0 ? ((clientX - rect.left) / rect.width) * width : 0;
}

/**
 * The time a key moves the chart's slider to (WAI-ARIA slider pattern): arrows a day, Page Up and
 * Page Down (or Shift with an arrow) a week, Home and End the ends. Null for any other key.
 */
export function keyedTime(key: string, shift: boolean, value: number, max: number): number | null {
	const day = shift ? 7 * MINUTES_PER_DAY : MINUTES_PER_DAY;
	const week = 7 * MINUTES_PER_DAY;
	let t: number;
	if (key === 'ArrowRight' || key === 'ArrowUp') t = value + day;
	else if (key === 'ArrowLeft' || key === 'ArrowDown') t = value - day;
	else if (key === 'PageUp') t = value + week;
	else if (key === 'PageDown') t = value - week;
	else if (key === 'Home') t = 0;
	else if (key === 'End') t = max;
	else return null;
	return Math.min(max, Math.max(0, t));
}

/** The sample in force at `t` (the last at or before it); null when `t` is past the run so far. */
export function sampleAt(series: readonly Sample[], t: number): Sample | null {
	const last = series[series.length - 1];
	if (last === undefined || t > last.t) return null;
	let lo = 0;
	let hi = series.length - 1;
	// The first sample is the run's start, so one at or before `t` exists for any t ≥ 0.
	if ((series[0] as Sample).t > t) return series[0] as Sample;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((series[mid] as Sample).t <= t) lo = mid;
		else hi = mid - 1;
	}
	return series[lo] as Sample;
}

/** Tick steps in days, smallest first. */
const TICK_DAYS = [1, 2, 5, 7, 10, 14, 30, 60, 90, 180, 365] as const;

/** Day ticks from day 0 up to `t1` (minutes), at a round step, at most `maxTicks` of them. */
export function dayTicks(t1: number, maxTicks: number): number[] {
	const days = Math.floor(t1 / MINUTES_PER_DAY);
	const most = Math.max(2, maxTicks);
	const step = TICK_DAYS.find((d) => Math.floor(days / d) + 1 <= most) ?? 365;
	const ticks: number[] = [];
	for (let d = 0; d <= days; d += step) ticks.push(d);
	return ticks;
}

/** Markers closer than this (SVG units) are drawn as one. */
export const MARK_MERGE = 10;

/** One marker for the guided steps at (about) one time. Steps count from 1. */
export interface StepMark {
	x: number;
	t: number;
	steps: number[];
}

/** Guided steps as markers: step k at the time the script alone reaches it. */
export function stepMarks(times: readonly number[], scale: Scale, merge = MARK_MERGE): StepMark[] {
	const marks: StepMark[] = [];
	times.forEach((t, i) => {
		const x = xOf(scale, Math.min(t, scale.t1));
		const prev = marks[marks.length - 1];
		if (prev !== undefined && x - prev.x < merge) prev.steps.push(i + 1);
		else marks.push({ x, t, steps: [i + 1] });
	});
	return marks;
}

/** One marker for the reader's actions at (about) one time. */
export interface ActionMark {
	x: number;
	from: number;
	to: number;
	count: number;
	/** The kinds of action, each once, in the order made. */
	types: ActionType[];
}

/** The reader's recorded actions as markers, neighbours merged so a long log stays a few marks. */
export function actionMarks(
	log: readonly RecordedAction[],
	scale: Scale,
	merge = MARK_MERGE
): ActionMark[] {
	const marks: ActionMark[] = [];
	for (const r of log) {
		const x = xOf(scale, Math.min(r.at, scale.t1));
		const prev = marks[marks.length - 1];
		if (prev !== undefined && x - prev.x < merge) {
			prev.to = r.at;
			prev.count++;
			if (!prev.types.includes(r.action.type)) prev.types.push(r.action.type);
		} else marks.push({ x, from: r.at, to: r.at, count: 1, types: [r.action.type] });
	}
	return marks;
}

const stepTimes = new WeakMap<Preset, readonly number[]>();

/** Each guided step's time, if already worked out for this preset. */
export function knownStepTimes(preset: Preset): readonly number[] | null {
	return stepTimes.get(preset) ?? null;
}

/**
 * Each guided step's time, from running the script alone (no reader actions) from the start, as
 * *Next* does; the engine is deterministic, so the times hold for every run of the preset. Worked
 * out once per preset. A step its run cannot reach sits where the run stopped.
 */
export function stepTimesOf(preset: Preset): readonly number[] {
	const known = stepTimes.get(preset);
	if (known !== undefined) return known;
	const run = new LabSession(preset);
	const times: number[] = [];
	while (run.step < run.stepCount && run.nextStep() !== null) times.push(run.now);
	stepTimes.set(preset, times);
	return times;
}
