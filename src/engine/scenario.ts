import type { Localized } from '../data/types.ts';
import type { Assumptions } from './assumptions.ts';
import type { Action, HostSpec, MachineSpec } from './actions.ts';

/**
 * A scenario: the initial world plus a timeline of actions. Scenario files (JSON) live in
 * `content/scenarios/`; `validateScenario` (scenarioSchema.ts) checks untrusted JSON and
 * names the path of every problem.
 */
export interface Scenario {
	/** Short id, e.g. "threshold". */
	id?: string;
	title?: Localized;
	description?: Localized;
	/** Calendar start (UTC ISO date-time); default 2026-01-05T09:00:00Z. */
	start?: string;
	/** PRNG seed (default 1); `createSimulation(…, { seed })` overrides it. */
	seed?: number;
	/** How long the story runs, e.g. "60d" (CLI and lab default). */
	until?: string;
	/** Overrides for named assumptions (src/engine/assumptions.ts). */
	assumptions?: Partial<Assumptions>;
	world: WorldSpec;
	timeline?: TimelineItem[];
}

export interface WorldSpec {
	/** Default AD and DNS domain (default "corp.contoso.com"). */
	domain?: string;
	/** The organisation has internet access (default true). */
	internet?: boolean;
	/** DNS zones. If omitted, one zone for `domain` that accepts dynamic updates. */
	zones?: ZoneSpec[];
	/** The AD forest; null or omitted = no AD (workgroup network, no ADBA). */
	forest?: ForestSpec | null;
	hosts?: HostSpec[];
	machines?: MachineSpec[];
	makPools?: { id: string; key: string; remaining: number; blocked?: boolean }[];
	hostKeys?: HostKeySpec[];
	retailKeys?: { key: string; product: string }[];
}

export interface ZoneSpec {
	name: string;
	dynamicUpdates?: boolean;
	/** SRV records created by hand (e.g. a stale one). */
	records?: { target: string; port?: number; priority?: number; weight?: number }[];
}

export interface ForestSpec {
	/** Default: the world domain. */
	rootDomain?: string;
	/** Domains in the forest; default [rootDomain]. */
	domains?: string[];
	activationObjects?: { name: string; group: HostSpec['hostKey'] & string }[];
}

export interface HostKeySpec {
	key: string;
	group: NonNullable<HostSpec['hostKey']>;
}

export interface TimelineItem {
	/** When, from the start: "0m", "3d", "36h". */
	at: string;
	/** Repeat every … (with `times`). */
	every?: string;
	/** How many times in all (default 1; with `every`). */
	times?: number;
	/** What the item is for (shown in the lab). */
	note?: Localized;
	action: Action;
}

export const DEFAULT_START = '2026-01-05T09:00:00Z';
export const DEFAULT_DOMAIN = 'corp.contoso.com';
