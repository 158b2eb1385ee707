import { COUNT_WINDOW_MINUTES, cacheSizeFor } from '../data/timers.ts';
import type { Action } from './actions.ts';
import { applyAction, isRefusal } from './actions/index.ts';
import { advanceTo, step, type StepInfo } from './clock.ts';
import type { RecordedAction, SimCore } from './core.ts';
import type { LogTotals } from './eventLog.ts';
import type { LogContact } from './logRows.ts';
import { forestInstallationId } from './ids.ts';
import type { Issue } from './issues.ts';
import { CLI_LIMITS, type Limits } from './limits.ts';
import { buildChecked, buildCore, type LoadOptions } from './load.ts';
import { refused, type ActionResult, type RunResult } from './results.ts';
import { installationIdOf } from './rules/keys.ts';
import { validateAction } from './scenarioSchema.ts';
import { dropStale } from './scheduler.ts';
import { actionLogBytes, snapshotOf, utf8Length, type Snapshot } from './snapshot.ts';
import { findHost, findMachine, findZone, NO_RECORDS, sameName } from './world/lookup.ts';
import type { Assumptions } from './assumptions.ts';
import type { Scenario } from './scenario.ts';
import type {
	DnsZone,
	HostCounters,
	KmsHost,
	LogEntry,
	LogEntryId,
	Machine,
	Minutes,
	SrvRecord,
	World,
} from './types.ts';

/**
 * The public facade of a run. Everything that changes the world goes through `dispatch` (validated,
 * limited, recorded) or the clock (`advanceTo`, `step`, budgeted); everything else only reads.
 */

export interface SimulationOptions {
	/** PRNG seed; defaults to the scenario's seed, then 1. */
	seed?: number;
	/**
	 * Event log cap: the log keeps the newest `logLimit` entries (older ones are dropped and counted
	 * in `eventTotals().dropped`); totals per event ID are always kept. 0 = keep only totals. Default:
	 * 100,000 entries, or totals only when the scenario starts with more than 2,000 machines.
	 */
	logLimit?: number;
	/** Bounds on the run (src/engine/limits.ts); default CLI_LIMITS. */
	limits?: Limits;
}

/** What the shell and the views may read: the simulation without any way to change it. */
export interface SimulationView {
	readonly scenario: Scenario;
	readonly startDate: string;
	readonly assumptions: Assumptions;
	readonly limits: Limits;
	readonly now: Minutes;
	readonly world: Readonly<World>;
	readonly actionLog: readonly RecordedAction[];
	nextEventTime(): Minutes | null;
	machine(name: string): Readonly<Machine> | undefined;
	host(name: string): Readonly<KmsHost> | undefined;
	machines(): Readonly<Machine>[];
	hosts(): Readonly<KmsHost>[];
	hostCount(name: string): number;
	hostCmids(name: string): { cmid: string; lastSeen: Minutes }[];
	hostCacheSize(name: string): number;
	hostCounters(name: string): Readonly<HostCounters> | undefined;
	zone(name: string): Readonly<DnsZone> | undefined;
	srvRecords(zone: string): readonly Readonly<SrvRecord>[];
	remainingMinutes(name: string): number;
	installationId(target: string): string | undefined;
	forestInstallationId(hostKey: string): string;
	lookupZone(name: string): string | null;
	events(filter?: { computer?: string; id?: LogEntryId; since?: Minutes }): LogEntry[];
	eventTotals(): { totals: LogTotals; dropped: number };
}

export class Simulation implements SimulationView {
	private core: SimCore;

	constructor(core: SimCore) {
		this.core = core;
	}

	get scenario(): Scenario {
		return this.core.scenario;
	}
	get seed(): number {
		return this.core.seed;
	}
	get startDate(): string {
		return this.core.startDate;
	}
	get assumptions(): Assumptions {
		return this.core.assumptions;
	}
	get limits(): Limits {
		return this.core.limits;
	}
	/** Scheduled events processed so far (stale ones excluded). */
	get processed(): number {
		return this.core.processed;
	}
	/** Queue entries taken since the start, stale ones included: what rebuilding this run costs. */
	get work(): number {
		return this.core.work;
	}
	/** Current simulated time (minutes since the start). */
	get now(): Minutes {
		return this.core.time;
	}
	/** The world (read it; change it only through `dispatch`). */
	get world(): Readonly<World> {
		return this.core.w;
	}
	/** User actions applied so far, for replay. */
	get actionLog(): readonly RecordedAction[] {
		return this.core.actions;
	}

	// ------------------------------------------------------------ the clock

	/** Time of the next pending event, or null. */
	nextEventTime(): Minutes | null {
		dropStale(this.core);
		return this.core.queue.nextTime() ?? null;
	}

	/** Processes the next event and moves the clock to it. Returns null when nothing is scheduled. */
	step(): StepInfo | null {
		return step(this.core);
	}

	/** Processes every event due at or before `t` within the event budget (default `limits.maxEvents`). */
	advanceTo(t: Minutes, budget?: number): RunResult {
		return advanceTo(this.core, t, budget);
	}

	/** Runs for a duration (minutes) from now. */
	runFor(duration: Minutes, budget?: number): RunResult {
		return advanceTo(this.core, this.core.time + duration, budget);
	}

	// ------------------------------------------------------------ the one way in

	/**
	 * Applies an action now: validates it, applies the limits, records it for replay, runs what it
	 * made due. Always returns a result; `ok: false` with `error` and no `code` means nothing changed
	 * and nothing was recorded.
	 */
	dispatch(action: unknown): ActionResult {
		const issues: Issue[] = [];
		validateAction('action', action, issues);
		if (issues.length > 0) return refused({ code: 'invalid_action', issues });
		const checked = action as Action;
		const core = this.core;
		const limits = core.limits;
		if (core.actions.length >= limits.maxActions)
			return refused({
				code: 'limit',
				limit: 'maxActions',
				max: limits.maxActions,
				value: core.actions.length + 1,
			});
		// One serialisation serves the recorded copy and its size in the log (`[at,action]`, comma-joined).
		const text = JSON.stringify(checked);
		const copy = JSON.parse(text) as Action;
		const bytes =
			core.actionLogBytes +
			utf8Length(`[${core.time},${text}]`) +
			(core.actions.length > 0 ? 1 : 0);
		if (bytes > limits.maxActionLogBytes)
			return refused({
				code: 'limit',
				limit: 'maxActionLogBytes',
				max: limits.maxActionLogBytes,
				value: bytes,
			});
		const result = applyAction(core, checked);
		// Record what was applied (a refusal changed nothing, so a replay needs nothing of it).
		if (!isRefusal(result)) {
			core.actions.push({ at: core.time, action: copy });
			core.actionLogBytes = bytes;
		}
		// Run what the action made due right now (e.g. the attempt after /ipk), so a live session and
		// a replay of its action log take the same path.
		advanceTo(core, core.time);
		return result;
	}

	// ------------------------------------------------------------ queries

	machine(name: string): Readonly<Machine> | undefined {
		const i = this.core.machineIndex.get(name.toLowerCase());
		return i === undefined ? undefined : this.core.w.machines[i];
	}

	host(name: string): Readonly<KmsHost> | undefined {
		return findHost(this.core, name);
	}

	/** Machines that exist (not removed), in creation order. */
	machines(): Readonly<Machine>[] {
		return this.core.w.machines.filter((m) => !m.removed);
	}

	hosts(): Readonly<KmsHost>[] {
		return this.core.w.hosts.filter((h) => !h.removed);
	}

	/** A host's current count: distinct CMIDs seen within the last 30 days (capped by its cache size). */
	hostCount(name: string): number {
		const i = this.core.hostIndex.get(name.toLowerCase());
		const cache = i === undefined ? undefined : this.core.caches[i];
		return cache ? cache.countSeenAfter(this.core.time - COUNT_WINDOW_MINUTES) : 0;
	}

	/** The CMIDs the host currently counts, oldest first, with the time each was last seen. */
	hostCmids(name: string): { cmid: string; lastSeen: Minutes }[] {
		const i = this.core.hostIndex.get(name.toLowerCase());
		const cache = i === undefined ? undefined : this.core.caches[i];
		if (!cache) return [];
		const now = this.core.time;
		return cache
			.entries()
			.filter(([, t]) => now - t < COUNT_WINDOW_MINUTES)
			.map(([cmid, lastSeen]) => ({ cmid, lastSeen }));
	}

	/** Cache size of a host: twice the highest threshold seen (0, 10 or 50). */
	hostCacheSize(name: string): number {
		return cacheSizeFor(this.host(name)?.highestThreshold ?? 0);
	}

	/** The cumulative request counters `/dlv` shows on a host. */
	hostCounters(name: string): Readonly<HostCounters> | undefined {
		return this.host(name)?.counters;
	}

	zone(name: string): Readonly<DnsZone> | undefined {
		return findZone(this.core, name);
	}

	/** `_vlmcs._tcp` SRV records in a zone (empty if the zone does not exist). */
	srvRecords(zone: string): readonly Readonly<SrvRecord>[] {
		return findZone(this.core, zone)?.records ?? NO_RECORDS;
	}

	/** Minutes left in the machine's current license state (0 if none or expired). */
	remainingMinutes(name: string): number {
		const m = this.machine(name);
		if (!m || m.expiresAt === null) return 0;
		return Math.max(0, m.expiresAt - this.core.time);
	}

	/** Installation ID for phone activation (`slmgr /dti`) of a machine or a host's key; undefined without a key. */
	installationId(target: string): string | undefined {
		return installationIdOf(this.core, target);
	}

	/** Installation ID for activating the forest by phone with a host key (`/ad-activation-get-IID`). */
	forestInstallationId(hostKey: string): string {
		return forestInstallationId(hostKey, this.core.assumptions.installationIdDigits);
	}

	/** SRV lookup zone a machine uses: `/skms-domain`, else its primary DNS suffix, else its domain. */
	lookupZone(name: string): string | null {
		const m = findMachine(this.core, name) ?? this.machine(name);
		return m ? (m.lookupDomain ?? m.dnsSuffix ?? m.domain) : null;
	}

	/** Event log entries (newest last), optionally filtered. */
	events(filter: { computer?: string; id?: LogEntryId; since?: Minutes } = {}): LogEntry[] {
		return this.core.eventLog
			.entries()
			.filter(
				(e) =>
					(filter.computer === undefined || sameName(e.computer, filter.computer)) &&
					(filter.id === undefined || e.id === filter.id) &&
					(filter.since === undefined || e.time >= filter.since)
			);
	}

	/** The KMS contacts (lookups, requests, answers) logged after `from`, oldest first. */
	contactsAfter(from: Minutes): LogContact[] {
		return this.core.eventLog.contactsAfter(from);
	}

	/** Totals per event ID since the start (kept even when entries are dropped), and how many entries were dropped. */
	eventTotals(): { totals: LogTotals; dropped: number } {
		return this.core.eventLog.summary();
	}

	// ------------------------------------------------------------ saved state

	/** A JSON-serialisable copy of the whole state. */
	snapshot(): Snapshot {
		return snapshotOf(this.core);
	}
}

/** Thrown by createSimulation/restoreSimulation for a bad scenario or snapshot; `issues` names each problem. */
export class SimulationInputError extends Error {
	readonly issues: readonly Issue[];
	constructor(issues: readonly Issue[]) {
		const first = issues[0];
		super(first ? `${first.path}: ${first.code}` : 'invalid input');
		this.name = 'SimulationInputError';
		this.issues = issues;
	}
}

export type LoadResult = { ok: true; sim: Simulation } | { ok: false; issues: Issue[] };

/** The loader's options from a caller's (absent optional fields stay absent, for exactOptionalPropertyTypes). */
function loadOptionsOf(options: SimulationOptions): LoadOptions {
	const out: LoadOptions = { limits: options.limits ?? CLI_LIMITS };
	if (options.seed !== undefined) out.seed = options.seed;
	if (options.logLimit !== undefined) out.logLimit = options.logLimit;
	return out;
}

/** Loads a scenario (validated, limited, names checked). Never throws. */
export function loadSimulation(scenario: unknown, options: SimulationOptions = {}): LoadResult {
	let built;
	try {
		built = buildCore(scenario, loadOptionsOf(options));
	} catch (err) {
		// A bug must not escape as a throw from a loader of untrusted input.
		return {
			ok: false,
			issues: [
				{
					path: '$',
					code: 'inconsistent',
					rule: `internal: ${err instanceof Error ? err.message : String(err)}`,
				},
			],
		};
	}
	return built.ok ? { ok: true, sim: new Simulation(built.core) } : built;
}

/**
 * A run of a scenario that `loadSimulation` has already accepted (the lab's presets, checked when
 * the site is built): the shape and name checks are skipped, so the lab's island does not carry
 * them. Throws SimulationInputError if the world cannot be built after all.
 */
export function simulationOfChecked(
	scenario: Scenario,
	options: SimulationOptions & { limits: Limits }
): Simulation {
	const built = buildChecked(scenario, loadOptionsOf(options));
	if (!built.ok) throw new SimulationInputError(built.issues);
	return new Simulation(built.core);
}

/** Creates a simulation from a scenario; throws SimulationInputError naming each problem. */
export function createSimulation(scenario: unknown, options: SimulationOptions = {}): Simulation {
	const loaded = loadSimulation(scenario, options);
	if (!loaded.ok) throw new SimulationInputError(loaded.issues);
	return loaded.sim;
}

/** Replays recorded user actions on a fresh run of the scenario, up to `until`. */
export function replay(
	scenario: unknown,
	options: SimulationOptions,
	actions: readonly RecordedAction[],
	until?: Minutes
): Simulation {
	const sim = createSimulation(scenario, options);
	for (const r of actions) {
		sim.advanceTo(r.at);
		sim.dispatch(r.action);
	}
	if (until !== undefined) sim.advanceTo(until);
	return sim;
}

export { actionLogBytes };
export type { RecordedAction, Snapshot, StepInfo };
