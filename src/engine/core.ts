import type { Product } from '../data/products.ts';
import { resolveAssumptions, type Assumptions } from './assumptions.ts';
import type { Action } from './actions.ts';
import { CmidCache } from './cmidCache.ts';
import { EventLog } from './eventLog.ts';
import { EventQueue } from './heap.ts';
import type { Limits } from './limits.ts';
import { createRng, type Rng } from './random.ts';
import { DEFAULT_START, type Scenario } from './scenario.ts';
import type {
	ActivationMethod,
	LicenseStatus,
	LogEntryId,
	Minutes,
	NoteKind,
	ResultCode,
	World,
} from './types.ts';

/**
 * The state of one run, in one place: the world, the clock and scheduler, the event log, and the
 * indexes the rules use. Rule modules (rules/*.ts) and action handlers (actions/*.ts) are plain
 * functions over it; `Simulation` (simulation.ts) is the public facade. A class with every field
 * set in the constructor, so V8 gives all runs one shape (the rules read it on every event).
 */

/** A user action applied at a time (timeline actions are not recorded: they come from the scenario). */
export interface RecordedAction {
	at: Minutes;
	action: Action;
}

/** A scenario timeline item, parsed. */
export interface TimelineRun {
	at: Minutes;
	every: Minutes;
	times: number;
	action: Action;
}

export class SimCore {
	scenario: Scenario;
	seed: number;
	startDate: string;
	assumptions: Assumptions;
	readonly limits: Limits;

	time: Minutes = 0;
	rng: Rng;
	seq = 0;
	/** Scheduled events processed so far (stale ones excluded). */
	processed = 0;
	/** Queue entries taken since the start, stale ones included: the work a rebuild of this run repeats. */
	work = 0;
	queue = new EventQueue();
	w: World;
	/** Per host index: the CMID table that gives its count. */
	caches: CmidCache[] = [];
	eventLog: EventLog;
	actions: RecordedAction[] = [];
	/** UTF-8 bytes of `actions` as `[[at, action], …]` JSON (what a link or a save carries). */
	actionLogBytes = 2;
	timeline: TimelineRun[] = [];

	// Indexes (runtime only; rebuilt on restore).
	/** Lower-cased machine name → index in world.machines. */
	machineIndex = new Map<string, number>();
	/** Lower-cased host name → index in world.hosts. */
	hostIndex = new Map<string, number>();
	/** Lower-cased (and as-typed) host names, FQDNs and addresses → host index. */
	hostNames = new Map<string, number>();
	/** Next number per machine-name prefix (a Map: prefixes are user text). */
	nextNumber = new Map<string, number>();
	/** CMID → small integer, for the hosts' CMID tables. */
	cmidIds = new Map<string, number>();
	/** Interned CMID id per machine index (-1 or missing = look it up again). */
	machineCmidIds: number[] = [];
	/** Product per machine index (a machine's product never changes; read on every attempt). */
	machineProducts: Product[] = [];
	/** Each distinct product's slot, and each machine's, so per-host answers are an array read. */
	productSlots = new Map<Product, number>();
	machineSlots: number[] = [];

	// Memos (cleared by every action: only actions change what a host answers).
	/** Host key group → product id → covered. */
	coverage = new Map<string, Map<string, boolean>>();
	/** Per host index, per product slot: the host's refusal, or null. */
	hostVerdicts: (ResultCode | null | undefined)[][] = [];

	// The KMS attempt in progress (fields, not closures, to keep renewals allocation-free).
	contacted = 0;
	unreachable = false;
	lastAnswer: ResultCode | null = null;
	triedHost: string | null = null;
	triedPort = 0;
	/** The zone whose `_vlmcs._tcp` records the attempt looked up, until a logged row carries it. */
	lookupZone: string | null = null;

	constructor(scenario: Scenario, seed: number, limits: Limits, logLimit: number, world: World) {
		this.scenario = scenario;
		this.seed = seed;
		this.startDate = scenario.start ?? DEFAULT_START;
		this.assumptions = resolveAssumptions(scenario.assumptions);
		this.limits = limits;
		this.rng = createRng(seed);
		this.eventLog = new EventLog(logLimit);
		this.w = world;
	}

	schedule(t: Minutes, kind: number, ref: number, gen: number): void {
		this.queue.push(t, this.seq++, kind, ref, gen);
	}

	count(id: LogEntryId): void {
		this.eventLog.count(id);
	}

	/** A simulator note (positional, so a note costs no allocation when the log keeps only totals). */
	note(
		computer: string,
		kind: NoteKind,
		result?: ResultCode,
		method?: ActivationMethod,
		detail?: string,
		lookup?: string
	): void {
		this.eventLog.count('note');
		this.eventLog.addNote(
			this.time,
			computer,
			kind,
			undefined,
			undefined,
			result,
			method,
			detail,
			lookup
		);
	}

	/** A status change note. */
	statusNote(computer: string, from: LicenseStatus, to: LicenseStatus, result?: ResultCode): void {
		this.eventLog.count('note');
		this.eventLog.addNote(this.time, computer, 'stateChanged', from, to, result);
	}

	/** The small integer standing for a CMID in the hosts' tables. */
	cmidId(cmid: string): number {
		return intern(this.cmidIds, cmid);
	}

	slotOf(product: Product): number {
		return intern(this.productSlots, product);
	}

	/** A new host's CMID table. */
	addCache(): void {
		this.caches.push(new CmidCache());
	}
}

/** The small integer standing for `key` in `table`, numbering new keys in order of arrival. */
export function intern<K>(table: Map<K, number>, key: K): number {
	let id = table.get(key);
	if (id === undefined) {
		id = table.size;
		table.set(key, id);
	}
	return id;
}
