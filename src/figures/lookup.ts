import type { LicenseStatus } from '../engine/types.ts';

/**
 * Reading a machine track (tracks.ts) at a minute. No engine code: the figures' islands import
 * these to redraw as the reader scrubs, and the engine's run stays on the server.
 */
export interface TrackView {
	machine: string;
	states: [number, LicenseStatus][];
	windows: [number, number][];
	failedByDay: number[];
}

/** The status at a minute (null before the machine exists). */
export function statusAt(track: Pick<TrackView, 'states'>, minute: number): LicenseStatus | null {
	let status: LicenseStatus | null = null;
	for (const [t, s] of track.states) if (t <= minute) status = s;
	return status;
}

/** The validity window in force at a minute: the last success at or before it. */
export function windowAt(
	track: Pick<TrackView, 'windows'>,
	minute: number
): [number, number] | null {
	let found: [number, number] | null = null;
	for (const w of track.windows) if (w[0] <= minute) found = w;
	return found;
}

/** The stretches of a track's states from `from` to `to` minutes, for drawing a state strip. */
export function stateBands(
	track: Pick<TrackView, 'states'>,
	from: number,
	to: number
): { start: number; end: number; status: LicenseStatus }[] {
	const bands: { start: number; end: number; status: LicenseStatus }[] = [];
	track.states.forEach(([t, status], i) => {
		const next = track.states[i + 1]?.[0] ?? to;
		const start = Math.max(t, from);
		const end = Math.min(next, to);
		if (end > start) bands.push({ start, end, status });
	});
	return bands;
}
