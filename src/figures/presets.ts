import {
	createSimulation,
	parseDuration,
	type Scenario,
	type Simulation,
} from '../engine/index.ts';
import threshold from '../../content/scenarios/threshold.json';
import laptopAway from '../../content/scenarios/laptop-away.json';
import dnsMissing from '../../content/scenarios/dns-missing.json';

/**
 * The lab presets the guide figures are built from. A figure runs the same scenario the lab runs,
 * so its "open in the lab" link (scenario + minute) lands on the state the figure shows.
 */
export const FIGURE_PRESETS = {
	threshold: threshold as unknown as Scenario,
	'laptop-away': laptopAway as unknown as Scenario,
	'dns-missing': dnsMissing as unknown as Scenario,
} as const;

export type FigurePreset = keyof typeof FIGURE_PRESETS;

/** A fresh simulation of a preset at minute 0 (presets are trusted input). */
export function presetSimulation(id: FigurePreset): Simulation {
	return createSimulation(FIGURE_PRESETS[id]);
}

/** The preset's `until` in minutes: the end of its story. */
export function presetEnd(id: FigurePreset): number {
	const until = FIGURE_PRESETS[id].until;
	const minutes = until === undefined ? undefined : parseDuration(until);
	if (minutes === undefined) throw new Error(`preset ${id} has no readable "until"`);
	return minutes;
}
