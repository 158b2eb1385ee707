import { MINUTES_PER_DAY } from '../data/timers.ts';

/**
 * Bounds on anything the lab accepts from a URL or from saved state, so a hostile or corrupted
 * link can neither hang the page nor make it allocate without limit.
 */
export const LAB_LIMITS = {
	/** Longest simulated time the lab goes to (about three years). */
	maxMinutes: 1096 * MINUTES_PER_DAY,
	/** Most user actions a replay log may hold. */
	maxActions: 300,
	/** Longest encoded replay log accepted from a URL or storage, in characters. */
	maxEncodedLog: 24_000,
	/** Most machines one "add machines" action may create, and most machines in a lab world. */
	maxAddCount: 1000,
	maxMachines: 2000,
	/** Most scheduled events one guided step may process before it gives up. */
	maxStepEvents: 400_000,
	/** Event log entries the lab keeps (older ones are dropped and counted). */
	logLimit: 20_000,
} as const;
