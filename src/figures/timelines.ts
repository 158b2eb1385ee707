import {
	ACTIVATION_VALIDITY_MINUTES,
	INITIAL_GRACE_MINUTES,
	MINUTES_PER_DAY,
} from '../data/timers.ts';
import type { FigurePreset } from './presets.ts';
import { FIGURE_PRESETS, presetEnd } from './presets.ts';
import { parseDuration } from '../engine/index.ts';
import { trackMachines, type MachineTrack } from './tracks.ts';

/** A timeline figure: machines of presets tracked over the same days. */
export interface TimelineModel {
	days: number;
	rows: (MachineTrack & { scenario: FigurePreset })[];
	validityMinutes: number;
	initialGraceMinutes: number;
	/** Days until PC026 of `laptop-away` leaves the office (its preset's setOnline item). */
	awayAfterDays: number;
}

function awayAfterDays(): number {
	const leaves = FIGURE_PRESETS['laptop-away'].timeline?.find(
		(item) => item.action.type === 'setOnline' && item.action.online === false
	);
	const minutes = leaves === undefined ? undefined : parseDuration(leaves.at);
	if (minutes === undefined) throw new Error('laptop-away preset: expected the laptop to leave');
	return minutes / MINUTES_PER_DAY;
}

/**
 * Validity and renewal: in `laptop-away`, PC001 stays in the office and renews; PC026 leaves
 * on day 10, retries while away, and its window stops moving until it expires.
 */
export function validityModel(): TimelineModel {
	const days = Math.floor(presetEnd('laptop-away') / MINUTES_PER_DAY);
	return {
		days,
		rows: trackMachines('laptop-away', ['PC001', 'PC026'], days).map((t) => ({
			...t,
			scenario: 'laptop-away' as const,
		})),
		validityMinutes: ACTIVATION_VALIDITY_MINUTES,
		initialGraceMinutes: INITIAL_GRACE_MINUTES,
		awayAfterDays: awayAfterDays(),
	};
}

/**
 * License states: PC001 of `threshold` waits in initial grace until the count reaches the
 * threshold; PC026 of `laptop-away` goes from licensed to additional grace to notification.
 */
export function statesModel(): TimelineModel {
	const days = Math.floor(presetEnd('laptop-away') / MINUTES_PER_DAY);
	const [waiting] = trackMachines('threshold', ['PC001'], days);
	const [away] = trackMachines('laptop-away', ['PC026'], days);
	if (!waiting || !away) throw new Error('states figure: machines missing');
	return {
		days,
		rows: [
			{ ...waiting, scenario: 'threshold' },
			{ ...away, scenario: 'laptop-away' },
		],
		validityMinutes: ACTIVATION_VALIDITY_MINUTES,
		initialGraceMinutes: INITIAL_GRACE_MINUTES,
		awayAfterDays: awayAfterDays(),
	};
}
