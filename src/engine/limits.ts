import { MINUTES_PER_DAY } from '../data/timers.ts';

/**
 * Every bound the simulation applies to what it is given, declared once. A way in (the lab, the
 * CLI) picks a profile; the engine's one dispatch, its loader and its clock apply it, so a
 * scenario file, a share link, saved state, a button and a typed command meet the same limits.
 * A refusal names the limit and the value (`{ code: 'limit', limit, max, value }`).
 */
export interface Limits {
	/** Machines in a world, every group counted, initial and added. */
	readonly maxMachines: number;
	/** Machines one `addMachines` (or one `world.machines` entry) may create. */
	readonly maxAddCount: number;
	readonly maxHosts: number;
	/** Reader actions one run may record. */
	readonly maxActions: number;
	/** UTF-8 bytes of the recorded actions as JSON (`[[at, action], …]`): what a link or a save must carry. */
	readonly maxActionLogBytes: number;
	/** Latest simulated minute the clock may reach. */
	readonly maxMinutes: number;
	/** Scheduled events one load, one jump or one action may process. */
	readonly maxEvents: number;
	/** Timeline runs of a scenario (every repetition counted). */
	readonly maxTimelineRuns: number;
}

export type LimitName = keyof Limits;

/**
 * The lab. Budgets chosen so that every run the lab allows opens in about a second on a
 * mid-range laptop: 1,000,000 events take 0.3–0.6 s on this project's 2-core VM (`npm run bench`).
 */
export const LAB_LIMITS = {
	maxMachines: 2000,
	maxAddCount: 1000,
	maxHosts: 20,
	maxActions: 300,
	maxActionLogBytes: 40_000,
	/** About three years. */
	maxMinutes: 1096 * MINUTES_PER_DAY,
	maxEvents: 1_000_000,
	maxTimelineRuns: 2000,
} as const satisfies Limits;

/** `npm run sim`: larger worlds and horizons, still answered within seconds. */
export const CLI_LIMITS = {
	maxMachines: 100_000,
	maxAddCount: 100_000,
	maxHosts: 100,
	maxActions: 10_000,
	maxActionLogBytes: 4_000_000,
	/** About ten years. */
	maxMinutes: 3653 * MINUTES_PER_DAY,
	maxEvents: 50_000_000,
	maxTimelineRuns: 100_000,
} as const satisfies Limits;

/** What the lab keeps beside the engine's limits: its log size and the text a link or a save may hold. */
export const LAB_STORAGE = {
	/** Event log entries the lab keeps (older ones are dropped and counted). */
	logLimit: 20_000,
	/** base64url of `maxActionLogBytes` bytes: four characters per three bytes. */
	maxEncodedLog: Math.ceil(LAB_LIMITS.maxActionLogBytes / 3) * 4,
	/** The saved lab: the log as JSON plus its small envelope (JSON may write a lone surrogate's 3 bytes as 6 characters). */
	maxStored: 2 * LAB_LIMITS.maxActionLogBytes + 2000,
} as const;

/**
 * Lengths and shapes of the strings an action or a scenario may carry. Computer names follow
 * NetBIOS (15 characters); a prefix leaves room for the number added to it; DNS names follow
 * RFC 1035 (253 characters, labels of 63).
 */
export const STRING_LIMITS = {
	computerName: 15,
	/** Machine-name prefix: 9 characters leave room for up to six digits within a computer name. */
	prefix: 9,
	domain: 253,
	domainLabel: 63,
	/** Product keys, Confirmation IDs, CMIDs, addresses, host names in `/skms`. */
	token: 128,
	/** Any other string (activation object names, notes, titles). */
	text: 256,
	/** A scenario's description. */
	longText: 2000,
} as const;
