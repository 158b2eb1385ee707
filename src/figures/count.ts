import { CLIENT_ACTIVATION_THRESHOLD, SERVER_ACTIVATION_THRESHOLD } from '../data/timers.ts';
import { parseDuration, type LicenseStatus } from '../engine/index.ts';
import { FIGURE_PRESETS, presetSimulation } from './presets.ts';

/** The count figure at one slider position: `machines` clients have contacted the host. */
export interface CountFrame {
	machines: number;
	/** Simulated minute of this state (for the lab link). */
	minute: number;
	/** The host's current count, read from the engine. */
	count: number;
	/** Each client's license status, in order of arrival. */
	statuses: LicenseStatus[];
}

export interface CountModel {
	scenario: 'threshold';
	host: string;
	clientThreshold: number;
	serverThreshold: number;
	frames: CountFrame[];
}

/**
 * Runs the `threshold` preset (one Windows client joins a day) and keeps the state just before
 * each next client joins, so every client has had its retries against the new count.
 */
export function countModel(): CountModel {
	const scenario = FIGURE_PRESETS.threshold;
	const arrivals = scenario.timeline?.[0];
	const every = arrivals?.every === undefined ? undefined : parseDuration(arrivals.every);
	const times = arrivals?.times;
	const host = scenario.world.hosts?.[0]?.name;
	if (every === undefined || times === undefined || host === undefined)
		throw new Error('threshold preset: expected a host and a repeated addMachines item');
	const sim = presetSimulation('threshold');
	const frames: CountFrame[] = [];
	for (let machines = 1; machines <= times; machines++) {
		const minute = machines * every - 1;
		sim.advanceTo(minute);
		frames.push({
			machines,
			minute,
			count: sim.hostCount(host),
			statuses: sim.machines().map((m) => m.status),
		});
	}
	return {
		scenario: 'threshold',
		host,
		clientThreshold: CLIENT_ACTIVATION_THRESHOLD,
		serverThreshold: SERVER_ACTIVATION_THRESHOLD,
		frames,
	};
}
