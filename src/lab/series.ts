import { MINUTES_PER_HOUR } from '../data/timers.ts';

/**
 * The timeline chart's data: samples of each host's current count and of the number of machines
 * in each license state, taken as simulated time advances. Plain data and pure functions, so the
 * chart component only draws.
 */
export interface Sample {
	t: number;
	/** Current count per host, in host order. */
	counts: number[];
	/** Machines per license status 0–6. */
	byStatus: number[];
}

/** Most samples kept; past that the series is thinned to every other sample. */
export const MAX_SAMPLES = 1200;

/** Simulated minutes between samples, so a run of `horizon` gives a few hundred samples. */
export function sampleInterval(horizon: number): number {
	return Math.max(MINUTES_PER_HOUR, Math.ceil(horizon / 400 / MINUTES_PER_HOUR) * MINUTES_PER_HOUR);
}

/** Adds a sample in time order: a sample at or before the last one replaces the later ones. */
export function addSample(series: Sample[], sample: Sample): void {
	while (series.length > 0 && (series[series.length - 1] as Sample).t >= sample.t) series.pop();
	series.push(sample);
	if (series.length > MAX_SAMPLES) {
		const last = series[series.length - 1] as Sample;
		let w = 0;
		for (let r = 0; r < series.length; r += 2) series[w++] = series[r] as Sample;
		series.length = w;
		if (series[series.length - 1] !== last) series.push(last);
	}
}

/** Drops samples after `t` (after a rewind). */
export function truncateAfter(series: Sample[], t: number): void {
	while (series.length > 0 && (series[series.length - 1] as Sample).t > t) series.pop();
}

export interface Scale {
	/** Domain: minutes from, to; values from, to. */
	t0: number;
	t1: number;
	v0: number;
	v1: number;
	/** Drawing area in SVG units. */
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

export function xOf(scale: Scale, t: number): number {
	const span = scale.t1 - scale.t0 || 1;
	return scale.x0 + ((t - scale.t0) / span) * (scale.x1 - scale.x0);
}

export function yOf(scale: Scale, v: number): number {
	const span = scale.v1 - scale.v0 || 1;
	return scale.y0 + ((v - scale.v0) / span) * (scale.y1 - scale.y0);
}

/** An SVG path as a step line (values hold until the next sample), rounded to 0.1 unit. */
export function stepPath(
	series: readonly Sample[],
	value: (s: Sample) => number,
	scale: Scale
): string {
	let d = '';
	let lastY = 0;
	for (let i = 0; i < series.length; i++) {
		const s = series[i] as Sample;
		const x = Math.round(xOf(scale, s.t) * 10) / 10;
		const y = Math.round(yOf(scale, value(s)) * 10) / 10;
		d += i === 0 ? `M${x} ${y}` : `H${x}V${y}`;
		lastY = y;
	}
	void lastY;
	return d;
}

/** The largest value of an accessor over the series (at least `floor`). */
export function maxOf(
	series: readonly Sample[],
	value: (s: Sample) => number,
	floor: number
): number {
	let max = floor;
	for (const s of series) max = Math.max(max, value(s));
	return max;
}
