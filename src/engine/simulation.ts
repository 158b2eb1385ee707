import type { Localized } from '../data/types.ts';
import { findProduct, isProductKeyShape, normalizeProductKey, productsForGvlk, type Product } from '../data/products.ts';
import { HOST_UPDATE_DEAD_ENDS, findCsvlkGroup, groupActivates, groupHostableOn, requiredHostUpdate, type CsvlkGroupId, type HostOsId } from '../data/hostKeys.ts';
import {
	ACTIVATION_OBJECT_NAME_MAX,
	ACTIVATION_VALIDITY_MINUTES,
	ADBA_RENEWAL_INTERVAL,
	CLIENT_ACTIVATION_THRESHOLD,
	CONFIRMATION_ID_DIGITS,
	COUNT_WINDOW_MINUTES,
	DEFAULT_ACTIVATION_INTERVAL,
	DEFAULT_KMS_PORT,
	DEFAULT_RENEWAL_INTERVAL,
	DNS_REREGISTRATION_MINUTES,
	EXPIRY_WARNING_MINUTES,
	INITIAL_GRACE_MINUTES,
	MAX_CLOCK_SKEW_MINUTES,
	MAX_INTERVAL,
	MIN_INTERVAL,
	SERVER_ACTIVATION_THRESHOLD,
	cacheSizeFor,
} from '../data/timers.ts';
import { resolveAssumptions, type Assumptions } from './assumptions.ts';
import type { Action, ActionResult, HostSpec, MachineSpec } from './actions.ts';
import { EventQueue, type QueueEntry } from './heap.ts';
import { CmidCache } from './cmidCache.ts';
import { EventLog, type LogTotals, type SavedLog } from './eventLog.ts';
import { createRng, hash32, nextFloat, nextGuid, type Rng } from './random.ts';
export { simulatedActId } from './random.ts';
import { DEFAULT_DOMAIN, DEFAULT_START, type Scenario } from './scenario.ts';
import { validateAction, validateScenario } from './scenarioSchema.ts';
import { parseDuration } from './time.ts';
import {
	LicenseStatusCode,
	SUCCESS,
	type ActivationMethod,
	type ActivationObject,
	type DnsZone,
	type HostCounters,
	type KmsHost,
	type LicenseStatus,
	type LogEntry,
	type LogEntryId,
	type Machine,
	type Minutes,
	type NoteKind,
	type ResultCode,
	type SrvRecord,
	type World,
} from './types.ts';

// Scheduled event kinds (QueueEntry.kind).
const ATTEMPT = 0; // a machine's automatic activation / renewal attempt
const STATE_END = 1; // the machine's current license state ends (grace, validity, OOT grace)
const WARNING = 2; // 30 days before validity ends
const PUBLISH = 3; // a host's 24-hour SRV registration
const TIMELINE = 4; // a scenario timeline item (gen = repetition index)

export const KIND_NAMES = ['attempt', 'stateEnd', 'warning', 'publish', 'timeline'] as const;
export type ScheduledKind = (typeof KIND_NAMES)[number];

/** What `step()` processed. */
export interface StepInfo {
	time: Minutes;
	kind: ScheduledKind;
	/** Machine or host name; for timeline items, the action type. */
	subject: string;
}

export interface SimulationOptions {
	/** PRNG seed; defaults to the scenario's seed, then 1. */
	seed?: number;
	/**
	 * Event log cap: the log keeps the newest `logLimit` entries (older ones are dropped and
	 * counted in `eventTotals().dropped`); totals per event ID are always kept. 0 = keep only
	 * totals (summarised). Default: 100,000 entries, or totals only when the scenario starts with
	 * more than 2,000 machines (building millions of entries would dominate such runs).
	 */
	logLimit?: number;
}

export const DEFAULT_LOG_LIMIT = 100_000;
/** Scenarios starting with more machines than this keep only event totals unless `logLimit` is given. */
export const LARGE_RUN_MACHINES = 2000;

/** The format tag of a saved state (`Simulation.snapshot()`); the snapshot validator checks it. */
export const SNAPSHOT_FORMAT = 'kms-lab-sim/1';

/** Everything `snapshot()` returns: plain JSON, enough to continue the run exactly. */
export interface Snapshot {
	format: typeof SNAPSHOT_FORMAT;
	scenario: Scenario;
	seed: number;
	now: Minutes;
	rng: number;
	seq: number;
	processed: number;
	queue: QueueEntry[];
	world: World;
	/** Per host (same order as world.hosts): CMID → time last seen, oldest first. */
	caches: [string, Minutes][][];
	log: SavedLog;
	actionLog: RecordedAction[];
}

/** A user action applied at a time (timeline actions are not recorded: they come from the scenario). */
export interface RecordedAction {
	at: Minutes;
	action: Action;
}

/** Thrown by createSimulation/restore for a bad scenario or snapshot; `problems` lists each issue. */
export class SimulationInputError extends Error {
	readonly problems: readonly string[];
	constructor(message: string, problems: readonly string[]) {
		super(message);
		this.name = 'SimulationInputError';
		this.problems = problems;
	}
}

function msg(en: string, ja: string): Localized {
	return { en, ja };
}

function fail(en: string, ja: string): ActionResult {
	return { ok: false, code: null, error: msg(en, ja) };
}

function digitsFrom(seedText: string, count: number): string {
	const rng = createRng(hash32(seedText));
	let s = '';
	for (let i = 0; i < count; i++) s += Math.floor(nextFloat(rng) * 10).toString();
	return s;
}

/**
 * The simulated Microsoft activation center: the Confirmation ID (48 digits) it gives for an
 * Installation ID. The lab's "phone call" uses it.
 */
export function confirmationIdFor(installationId: string): string {
	return digitsFrom(`cid:${installationId.replace(/\D/g, '')}`, CONFIRMATION_ID_DIGITS);
}

/** Installation ID for activating an AD forest by phone with this host key. */
export function forestInstallationId(hostKey: string, digits = 63): string {
	return digitsFrom(`forest-iid:${normalizeProductKey(hostKey)}`, digits);
}

export type { LogTotals };

/** The small integer standing for `key` in `table`, numbering new keys in order of arrival. */
function intern<K>(table: Map<K, number>, key: K): number {
	let id = table.get(key);
	if (id === undefined) {
		id = table.size;
		table.set(key, id);
	}
	return id;
}

function thresholdFor(product: Product): number {
	return product.family === 'server' ? SERVER_ACTIVATION_THRESHOLD : CLIENT_ACTIVATION_THRESHOLD;
}

/** Shared empty result of an SRV lookup that found nothing (never mutated). */
const NO_RECORDS: readonly SrvRecord[] = [];

/** Host OSes some products can't be activated from whatever the updates (checked on every request, so precomputed). */
const HOSTS_WITHOUT_UPDATE_PATH: ReadonlySet<HostOsId> = new Set(HOST_UPDATE_DEAD_ENDS.flatMap((row) => row.hostOs));

function sameName(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

/**
 * The simulation: a world, a scheduler and an event log. Mutates its state in place (like a
 * reducer applied to a mutable draft) so large runs stay fast; `snapshot()` copies it out.
 */
export class Simulation {
	readonly scenario: Scenario;
	readonly seed: number;
	readonly startDate: string;
	readonly assumptions: Assumptions;
	/** Scheduled events processed so far (stale ones excluded). */
	processed = 0;

	private time: Minutes = 0;
	private rng: Rng;
	private seq = 0;
	private queue = new EventQueue();
	private w: World;
	private caches: CmidCache[] = [];
	/** CMID → small integer, for the hosts' CMID tables (runtime only). */
	private cmidIds = new Map<string, number>();
	/** Interned CMID id per machine index (-1 or missing = look it up again). */
	private machineCmidIds: number[] = [];
	/** Product per machine index (a machine's product never changes; looked up on every attempt). */
	private machineProducts: Product[] = [];
	/** Each distinct product's slot, and each machine's, so per-host answers are an array read (runtime only). */
	private productSlots = new Map<Product, number>();
	private machineSlots: number[] = [];

	private slotOf(product: Product): number {
		return intern(this.productSlots, product);
	}

	private cmidId(cmid: string): number {
		return intern(this.cmidIds, cmid);
	}
	private machineIndex = new Map<string, number>();
	private hostIndex = new Map<string, number>();
	/** Lower-cased (and as-typed) host names, FQDNs and addresses → host index. */
	private hostNames = new Map<string, number>();
	private eventLog: EventLog;
	private actions: RecordedAction[] = [];
	private timeline: { at: number; every: number; times: number; action: Action }[] = [];

	constructor(scenario: Scenario, options: SimulationOptions = {}) {
		this.scenario = scenario;
		this.seed = options.seed ?? scenario.seed ?? 1;
		this.startDate = scenario.start ?? DEFAULT_START;
		this.assumptions = resolveAssumptions(scenario.assumptions);
		const initialMachines = (scenario.world.machines ?? []).reduce((n, spec) => n + (spec.count ?? 1), 0);
		this.eventLog = new EventLog(options.logLimit ?? (initialMachines > LARGE_RUN_MACHINES ? 0 : DEFAULT_LOG_LIMIT));
		this.rng = createRng(this.seed);
		const ws = scenario.world;
		const domain = ws.domain ?? DEFAULT_DOMAIN;
		const forestSpec = ws.forest ?? null;
		const rootDomain = forestSpec?.rootDomain ?? domain;
		this.w = {
			domain,
			internet: ws.internet ?? true,
			hosts: [],
			machines: [],
			zones: (ws.zones ?? [{ name: domain }]).map((z) => ({
				name: z.name,
				dynamicUpdates: z.dynamicUpdates ?? true,
				records: (z.records ?? []).map((r) => ({
					target: r.target,
					port: r.port ?? DEFAULT_KMS_PORT,
					priority: r.priority ?? 0,
					weight: r.weight ?? 0,
					publishedBy: null,
					registeredAt: null,
				})),
			})),
			forest: forestSpec
				? {
						rootDomain,
						domains: forestSpec.domains ?? [rootDomain],
						activationObjects: (forestSpec.activationObjects ?? []).map((o) => ({
							name: o.name,
							group: o.group as CsvlkGroupId,
							partialKey: '',
							createdAt: 0,
							method: 'online' as const,
						})),
					}
				: null,
			makPools: (ws.makPools ?? []).map((p) => ({ id: p.id, key: normalizeProductKey(p.key), remaining: p.remaining, blocked: p.blocked ?? false })),
			hostKeys: (ws.hostKeys ?? []).map((k) => ({ key: normalizeProductKey(k.key), group: k.group })),
			retailKeys: (ws.retailKeys ?? []).map((k) => ({ key: normalizeProductKey(k.key), product: k.product })),
			nextNumber: {},
		};
		this.timeline = (scenario.timeline ?? []).map((item) => ({
			at: parseDuration(item.at) ?? 0,
			every: item.every !== undefined ? (parseDuration(item.every) ?? 0) : 0,
			times: item.times ?? 1,
			action: item.action,
		}));
		for (const h of ws.hosts ?? []) this.addHost(h);
		for (const m of ws.machines ?? []) this.addMachines(m);
		this.timeline.forEach((item, i) => this.schedule(item.at, TIMELINE, i, 0));
	}

	// ------------------------------------------------------------ clock and scheduler

	/** Current simulated time (minutes since the start). */
	get now(): Minutes {
		return this.time;
	}

	/** The world (read it; change it only through `dispatch`). */
	get world(): Readonly<World> {
		return this.w;
	}

	private schedule(t: Minutes, kind: number, ref: number, gen: number): void {
		this.queue.push(t, this.seq++, kind, ref, gen);
	}

	/** Time of the next pending event, or null. */
	nextEventTime(): Minutes | null {
		this.dropStale();
		return this.queue.nextTime() ?? null;
	}

	private isStale(kind: number, ref: number, gen: number): boolean {
		switch (kind) {
			case ATTEMPT: {
				const m = this.w.machines[ref];
				return !m || m.removed || m.attemptGen !== gen;
			}
			case STATE_END:
			case WARNING: {
				const m = this.w.machines[ref];
				return !m || m.removed || m.stateGen !== gen;
			}
			case PUBLISH: {
				const h = this.w.hosts[ref];
				return !h || h.removed || h.publishGen !== gen;
			}
			default:
				return false;
		}
	}

	private dropStale(): void {
		for (let top = this.queue.peek(); top && this.isStale(top.kind, top.ref, top.gen); top = this.queue.peek()) this.queue.shift();
	}

	/** Processes the next event and moves the clock to it. Returns null when nothing is scheduled. */
	step(): StepInfo | null {
		for (;;) {
			const e = this.queue.pop();
			if (!e) return null;
			if (this.isStale(e.kind, e.ref, e.gen)) continue;
			this.time = e.t;
			this.processed++;
			this.process(e.t, e.kind, e.ref, e.gen);
			return this.describe(e);
		}
	}

	/** Processes every event due at or before `t`, then sets the clock to `t` (never backwards). */
	advanceTo(t: Minutes): void {
		const queue = this.queue;
		for (let next = queue.nextTime(); next !== undefined && next <= t; next = queue.nextTime()) {
			queue.shift();
			const { kind, ref, gen } = queue;
			if (this.isStale(kind, ref, gen)) continue;
			this.time = next;
			this.processed++;
			this.process(next, kind, ref, gen);
		}
		if (t > this.time) this.time = t;
	}

	/** Runs for a duration (minutes) from now. */
	runFor(duration: Minutes): void {
		this.advanceTo(this.time + duration);
	}

	private process(t: Minutes, kind: number, ref: number, gen: number): void {
		switch (kind) {
			case ATTEMPT:
				// Live attempts belong to GVLK machines: every key change that ends them moves attemptGen on.
				this.volumeAttempt(this.w.machines[ref] as Machine);
				return;
			case STATE_END: {
				const m = this.w.machines[ref] as Machine;
				if (m.expiresAt !== null && m.expiresAt > t) this.schedule(m.expiresAt, STATE_END, ref, gen);
				else this.stateEnd(m);
				return;
			}
			case WARNING: {
				const m = this.w.machines[ref] as Machine;
				// One warning check stays queued while the machine is Licensed; renewals move it on.
				const expiresAt = m.expiresAt;
				if (expiresAt !== null && m.status === LicenseStatusCode.Licensed) {
					const warnAt = expiresAt - EXPIRY_WARNING_MINUTES;
					if (warnAt > t) this.schedule(warnAt, WARNING, ref, gen);
					else {
						this.note(m.name, 'expiryWarning', undefined, undefined, String(expiresAt));
						if (expiresAt > t) this.schedule(expiresAt, WARNING, ref, gen);
					}
				}
				return;
			}
			case PUBLISH: {
				const h = this.w.hosts[ref] as KmsHost;
				this.publish(h, ref);
				return;
			}
			default: {
				const item = this.timeline[ref];
				if (!item) return;
				this.apply(item.action);
				if (item.every > 0 && gen + 1 < item.times) this.schedule(t + item.every, TIMELINE, ref, gen + 1);
				return;
			}
		}
	}

	/** What `step()` reports for an entry it processed. */
	private describe(e: QueueEntry): StepInfo {
		const kind = KIND_NAMES[e.kind] ?? 'timeline';
		if (kind === 'publish') return { time: e.t, kind, subject: (this.w.hosts[e.ref] as KmsHost).name };
		if (kind === 'timeline') return { time: e.t, kind, subject: this.timeline[e.ref]?.action.type ?? '' };
		return { time: e.t, kind, subject: (this.w.machines[e.ref] as Machine).name };
	}

	// ------------------------------------------------------------ event log

	private logOn(): boolean {
		return this.eventLog.keepsEntries;
	}

	private log(entry: LogEntry): void {
		this.eventLog.add(entry);
	}

	private count(id: LogEntryId): void {
		this.eventLog.count(id);
	}

	/** A simulator note (positional, so a note costs no allocation when the log keeps only totals). */
	private note(computer: string, kind: NoteKind, result?: ResultCode, method?: ActivationMethod, detail?: string): void {
		this.count('note');
		this.eventLog.addNote(this.time, computer, kind, undefined, undefined, result, method, detail);
	}

	/** Event log entries (newest last), optionally filtered. */
	events(filter: { computer?: string; id?: LogEntryId; since?: Minutes } = {}): LogEntry[] {
		return this.eventLog.entries().filter(
			(e) =>
				(filter.computer === undefined || sameName(e.computer, filter.computer)) &&
				(filter.id === undefined || e.id === filter.id) &&
				(filter.since === undefined || e.time >= filter.since),
		);
	}

	/** Totals per event ID since the start (kept even when entries are dropped), and how many entries were dropped. */
	eventTotals(): { totals: LogTotals; dropped: number } {
		return this.eventLog.summary();
	}

	/** User actions applied so far, for replay. */
	get actionLog(): readonly RecordedAction[] {
		return this.actions;
	}

	// ------------------------------------------------------------ queries

	machine(name: string): Readonly<Machine> | undefined {
		const i = this.machineIndex.get(name.toLowerCase());
		return i === undefined ? undefined : this.w.machines[i];
	}

	host(name: string): Readonly<KmsHost> | undefined {
		const i = this.hostIndex.get(name.toLowerCase());
		return i === undefined ? undefined : this.w.hosts[i];
	}

	/** Machines that exist (not removed), in creation order. */
	machines(): Readonly<Machine>[] {
		return this.w.machines.filter((m) => !m.removed);
	}

	hosts(): Readonly<KmsHost>[] {
		return this.w.hosts.filter((h) => !h.removed);
	}

	/** A host's current count: distinct CMIDs seen within the last 30 days (capped by its cache size). */
	hostCount(name: string): number {
		const i = this.hostIndex.get(name.toLowerCase());
		const cache = i === undefined ? undefined : this.caches[i];
		if (!cache) return 0;
		return cache.countSeenAfter(this.time - COUNT_WINDOW_MINUTES);
	}

	/** The CMIDs the host currently counts, oldest first, with the time each was last seen. */
	hostCmids(name: string): { cmid: string; lastSeen: Minutes }[] {
		const i = this.hostIndex.get(name.toLowerCase());
		const cache = i === undefined ? undefined : this.caches[i];
		if (!cache) return [];
		return cache
			.entries()
			.filter(([, t]) => this.time - t < COUNT_WINDOW_MINUTES)
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
		return this.w.zones.find((z) => sameName(z.name, name));
	}

	/** `_vlmcs._tcp` SRV records in a zone (empty if the zone does not exist). */
	srvRecords(zone: string): readonly Readonly<SrvRecord>[] {
		return this.zone(zone)?.records ?? [];
	}

	/** Minutes left in the machine's current license state (0 if none or expired). */
	remainingMinutes(name: string): number {
		const m = this.machine(name);
		if (!m || m.expiresAt === null) return 0;
		return Math.max(0, m.expiresAt - this.time);
	}

	/** Installation ID for phone activation (`slmgr /dti`) of a machine or a host's key; undefined without a key. */
	installationId(target: string): string | undefined {
		const m = this.machine(target);
		if (m) return m.key ? digitsFrom(`iid:${m.cmid}:${m.key.key}`, this.assumptions.installationIdDigits) : undefined;
		const h = this.host(target);
		if (h && h.hostKey) return digitsFrom(`iid-host:${h.name}:${h.hostKey}`, this.assumptions.installationIdDigits);
		return undefined;
	}

	/** Installation ID for activating the forest by phone with a host key (`/ad-activation-get-IID`). */
	forestInstallationId(hostKey: string): string {
		return forestInstallationId(hostKey, this.assumptions.installationIdDigits);
	}

	/** SRV lookup zone a machine uses: `/skms-domain`, else its primary DNS suffix, else its domain. */
	lookupZone(name: string): string | null {
		const m = this.machine(name);
		return m ? (m.lookupDomain ?? m.dnsSuffix ?? m.domain) : null;
	}

	// ------------------------------------------------------------ actions

	/** Applies an action now, records it for replay, and returns its result. Never throws for bad input. */
	dispatch(action: Action): ActionResult {
		// Actions can come from untrusted input (lab UI, typed commands, saved sessions).
		const problems: string[] = [];
		validateAction('action', action, problems);
		if (problems.length) return fail(`Invalid action: ${problems[0]}`, `操作が正しくありません: ${problems[0]}`);
		this.actions.push({ at: this.time, action: JSON.parse(JSON.stringify(action)) as Action });
		const result = this.apply(action);
		// Run what the action made due right now (e.g. the attempt after /ipk), so a live session
		// and a replay of its action log take the same path.
		this.advanceTo(this.time);
		return result;
	}

	private apply(action: Action): ActionResult {
		// Only actions change what a host answers (its key, OS, updates): forget the memoised answers.
		this.hostVerdicts.length = 0;
		try {
			return this.applyUnchecked(action);
		} catch (err) {
			return fail(`Could not apply ${action.type}: ${String(err)}`, `${action.type} を適用できませんでした: ${String(err)}`);
		}
	}

	private findMachine(name: string): Machine | undefined {
		const i = this.machineIndex.get(name.toLowerCase());
		const m = i === undefined ? undefined : this.w.machines[i];
		return m && !m.removed ? m : undefined;
	}

	private findHostIndex(name: string): number | undefined {
		return this.hostIndex.get(name.toLowerCase());
	}

	private findHost(name: string): KmsHost | undefined {
		const hi = this.findHostIndex(name);
		return hi === undefined ? undefined : this.w.hosts[hi];
	}

	private noMachine(name: string): ActionResult {
		return fail(`No computer named "${name}".`, `"${name}" という名前のコンピューターはありません。`);
	}

	private noHost(name: string): ActionResult {
		return fail(`No KMS host named "${name}".`, `"${name}" という名前の KMS ホストはありません。`);
	}

	private applyUnchecked(a: Action): ActionResult {
		if (a.type !== 'activate') this.note('', 'action', undefined, undefined, a.type);
		switch (a.type) {
			case 'addMachines': {
				const created = this.addMachines(a);
				return created.length ? { ok: true, code: null, created } : fail(`Could not add machines (product "${a.product}" or name invalid).`, `コンピューターを追加できませんでした (製品 "${a.product}" または名前が不正です)。`);
			}
			case 'addHost': {
				if (this.findHostIndex(a.name) !== undefined || this.machineIndex.has(a.name.toLowerCase())) return fail(`A computer named "${a.name}" already exists.`, `"${a.name}" という名前のコンピューターは既にあります。`);
				this.addHost(a);
				return { ok: true, code: null };
			}
			case 'removeMachine': {
				const m = this.findMachine(a.machine);
				if (!m) return this.noMachine(a.machine);
				m.removed = true;
				return { ok: true, code: null };
			}
			case 'installKey':
				return this.installKey(a.target, a.key);
			case 'uninstallKey':
				return this.uninstallKey(a.target);
			case 'activate':
				return this.activateNow(a.target);
			case 'setKmsHost': {
				const m = this.findMachine(a.machine);
				if (!m) return this.noMachine(a.machine);
				if (a.port !== undefined && !validPort(a.port)) return badPort(a.port);
				if (a.host === undefined || a.host === '') {
					// "/skms :port" changes only the port of the manual host (or of the cached one).
					m.manualKms = m.manualKms ? { host: m.manualKms.host, port: a.port ?? null } : null;
					if (!m.manualKms && m.cachedHost && a.port !== undefined) m.cachedHost = { host: m.cachedHost.host, port: a.port };
				} else m.manualKms = { host: a.host, port: a.port ?? null };
				return { ok: true, code: null };
			}
			case 'clearKmsHost': {
				const m = this.findMachine(a.machine);
				if (!m) return this.noMachine(a.machine);
				m.manualKms = null;
				return { ok: true, code: null };
			}
			case 'setLookupDomain': {
				const m = this.findMachine(a.machine);
				if (!m) return this.noMachine(a.machine);
				m.lookupDomain = a.domain;
				return { ok: true, code: null };
			}
			case 'clearLookupDomain': {
				const m = this.findMachine(a.machine);
				if (!m) return this.noMachine(a.machine);
				m.lookupDomain = null;
				return { ok: true, code: null };
			}
			case 'setHostCaching': {
				const m = this.findMachine(a.machine);
				if (!m) return this.noMachine(a.machine);
				m.hostCaching = a.enabled;
				if (!a.enabled) m.cachedHost = null;
				return { ok: true, code: null };
			}
			case 'setActType': {
				const m = this.findMachine(a.machine);
				if (!m) return this.noMachine(a.machine);
				if (a.actType !== 0 && a.actType !== 1 && a.actType !== 2) return fail('Activation type must be 0 (all), 1 (AD) or 2 (KMS).', 'ライセンス認証の種類は 0 (すべて)、1 (AD)、2 (KMS) のいずれかです。');
				m.actType = a.actType;
				return { ok: true, code: null };
			}
			case 'setActivationInterval':
			case 'setRenewalInterval': {
				const h = this.findHost(a.host);
				if (!h) return this.noHost(a.host);
				if (!Number.isInteger(a.minutes) || a.minutes < MIN_INTERVAL || a.minutes > MAX_INTERVAL)
					return fail(`The interval must be a whole number of minutes from ${MIN_INTERVAL} to ${MAX_INTERVAL}.`, `間隔は ${MIN_INTERVAL}～${MAX_INTERVAL} 分の整数で指定してください。`);
				if (a.type === 'setActivationInterval') h.activationInterval = a.minutes;
				else h.renewalInterval = a.minutes;
				return { ok: true, code: null };
			}
			case 'setPort': {
				const h = this.findHost(a.host);
				if (!h) return this.noHost(a.host);
				if (!validPort(a.port)) return badPort(a.port);
				// The new port is used after the KMS service restarts.
				h.pendingPort = a.port;
				return { ok: true, code: null };
			}
			case 'setDnsPublishing': {
				const hi = this.findHostIndex(a.host);
				const h = hi === undefined ? undefined : this.w.hosts[hi];
				if (!h || hi === undefined) return this.noHost(a.host);
				h.dnsPublishing = a.enabled;
				h.publishGen++;
				// Turning publishing off leaves any published record in place (it can go stale).
				if (a.enabled) this.publish(h, hi);
				return { ok: true, code: null };
			}
			case 'setLowPriority': {
				const h = this.findHost(a.host);
				if (!h) return this.noHost(a.host);
				h.lowPriority = a.enabled;
				return { ok: true, code: null };
			}
			case 'rearm':
				return this.rearm(a.machine);
			case 'sysprepGeneralize': {
				const m = this.findMachine(a.machine);
				if (!m) return this.noMachine(a.machine);
				m.cmid = nextGuid(this.rng);
				this.machineCmidIds[m.index] = -1;
				m.cachedHost = null;
				this.resetGrace(m);
				return { ok: true, code: null, status: m.status };
			}
			case 'serviceControl':
				return this.serviceControl(a.target, a.command);
			case 'restart': {
				const hi = this.findHostIndex(a.target);
				if (hi !== undefined) return this.serviceControl(a.target, 'restart');
				const m = this.findMachine(a.target);
				if (!m) return this.noMachine(a.target);
				this.startup(m);
				return { ok: true, code: null, status: m.status };
			}
			case 'setFirewall': {
				const h = this.findHost(a.host);
				if (!h) return this.noHost(a.host);
				h.firewallOpen = a.open;
				return { ok: true, code: null };
			}
			case 'setHostUpdates': {
				const h = this.findHost(a.host);
				if (!h) return this.noHost(a.host);
				h.updatesInstalled = a.installed;
				return { ok: true, code: null };
			}
			case 'setClockOffset':
			case 'resyncClock': {
				const offset = a.type === 'resyncClock' ? 0 : parseDuration(a.offset);
				if (offset === undefined) return fail(`Expected a clock offset like "5h" or "-30m".`, `時刻のずれは "5h" や "-30m" のように指定してください。`);
				const target = this.findTarget(a.target);
				if (!target) return this.noMachine(a.target);
				target.clockOffset = offset;
				return { ok: true, code: null };
			}
			case 'setOnline': {
				const target = this.findTarget(a.target);
				if (!target) return this.noMachine(a.target);
				target.online = a.online;
				return { ok: true, code: null };
			}
			case 'setInternet': {
				const target = this.findTarget(a.target);
				if (!target) return this.noMachine(a.target);
				target.internet = a.internet;
				return { ok: true, code: null };
			}
			case 'joinDomain': {
				const m = this.findMachine(a.machine);
				if (!m) return this.noMachine(a.machine);
				m.domain = a.domain;
				m.dnsSuffix = a.domain;
				return { ok: true, code: null };
			}
			case 'leaveDomain': {
				const m = this.findMachine(a.machine);
				if (!m) return this.noMachine(a.machine);
				// Activation is lost only at the next restart (R10).
				m.domain = null;
				m.dnsSuffix = null;
				return { ok: true, code: null };
			}
			case 'deleteSrvRecord': {
				const z = this.w.zones.find((zone) => sameName(zone.name, a.zone));
				if (!z) return fail(`No DNS zone "${a.zone}".`, `DNS ゾーン "${a.zone}" はありません。`);
				const before = z.records.length;
				z.records = z.records.filter((r) => a.target !== undefined && !sameName(r.target, a.target));
				if (z.records.length === before) return fail('No matching _vlmcs._tcp record.', '一致する _vlmcs._tcp レコードはありません。');
				return { ok: true, code: null };
			}
			case 'addSrvRecord': {
				const z = this.w.zones.find((zone) => sameName(zone.name, a.zone));
				if (!z) return fail(`No DNS zone "${a.zone}".`, `DNS ゾーン "${a.zone}" はありません。`);
				const port = a.port ?? DEFAULT_KMS_PORT;
				if (!validPort(port)) return badPort(port);
				z.records.push({ target: a.target, port, priority: a.priority ?? 0, weight: a.weight ?? 0, publishedBy: null, registeredAt: null });
				return { ok: true, code: null };
			}
			case 'setZoneDynamicUpdates': {
				const z = this.w.zones.find((zone) => sameName(zone.name, a.zone));
				if (!z) return fail(`No DNS zone "${a.zone}".`, `DNS ゾーン "${a.zone}" はありません。`);
				z.dynamicUpdates = a.enabled;
				return { ok: true, code: null };
			}
			case 'createActivationObject':
				return this.createActivationObject(a.key, a.name, 'online', undefined);
			case 'createActivationObjectByPhone':
				return this.createActivationObject(a.key, a.name, 'phone', a.confirmationId);
			case 'deleteActivationObject': {
				const f = this.w.forest;
				if (!f) return fail('There is no Active Directory forest in this scenario.', 'このシナリオには Active Directory フォレストがありません。');
				const before = f.activationObjects.length;
				f.activationObjects = f.activationObjects.filter((o) => !sameName(o.name, a.name));
				if (f.activationObjects.length === before) return fail(`No activation object named "${a.name}".`, `"${a.name}" という名前のライセンス認証オブジェクトはありません。`);
				return { ok: true, code: null };
			}
			case 'applyConfirmationId':
				return this.applyConfirmationId(a.target, a.confirmationId);
		}
	}

	private findTarget(name: string): Machine | KmsHost | undefined {
		return this.findHost(name) ?? this.findMachine(name);
	}

	// ------------------------------------------------------------ world building

	private addHost(spec: HostSpec): void {
		const domain = spec.domain ?? this.w.domain;
		const index = this.w.hosts.length;
		const host: KmsHost = {
			name: spec.name,
			fqdn: `${spec.name}.${domain}`,
			domain,
			address: spec.address ?? `10.0.0.${10 + index}`,
			os: spec.os,
			hostKey: spec.hostKey,
			keyActivated: spec.hostKey !== null && (spec.activated ?? true),
			updatesInstalled: spec.updatesInstalled ?? true,
			serviceRunning: spec.serviceRunning ?? true,
			online: spec.online ?? true,
			internet: spec.internet ?? true,
			port: spec.port ?? DEFAULT_KMS_PORT,
			pendingPort: null,
			firewallOpen: spec.firewallOpen ?? false,
			dnsPublishing: spec.dnsPublishing ?? true,
			publishList: (spec.publishList ?? []).map((p) => ({ domain: p.domain, priority: p.priority ?? 0, weight: p.weight ?? 0 })),
			lowPriority: false,
			activationInterval: spec.activationInterval ?? DEFAULT_ACTIVATION_INTERVAL,
			renewalInterval: spec.renewalInterval ?? DEFAULT_RENEWAL_INTERVAL,
			clockOffset: spec.clockOffset !== undefined ? (parseDuration(spec.clockOffset) ?? 0) : 0,
			highestThreshold: 0,
			counters: { total: 0, failed: 0, byStatus: [0, 0, 0, 0, 0, 0, 0] },
			removed: false,
			publishGen: 0,
		};
		this.w.hosts.push(host);
		this.caches.push(new CmidCache());
		this.hostIndex.set(host.name.toLowerCase(), index);
		this.indexHostNames();
		this.publish(host, index);
	}

	/** Creates machines from a spec at the current time; returns their names. */
	private addMachines(spec: MachineSpec): string[] {
		const product = findProduct(spec.product);
		if (!product) return [];
		const count = spec.count ?? 1;
		const created: string[] = [];
		const sharedCmid = spec.cmid ?? (spec.sharedCmid ? nextGuid(this.rng) : null);
		const domain = spec.domain === undefined ? this.w.domain : spec.domain;
		for (let i = 0; i < count; i++) {
			const name = spec.name !== undefined && count === 1 ? spec.name : this.nextName(spec.prefix ?? (product.family === 'server' ? 'SRV' : 'PC'));
			const lower = name.toLowerCase();
			if (this.machineIndex.has(lower) || this.hostIndex.has(lower)) continue;
			const m: Machine = {
				index: this.w.machines.length,
				name,
				product: product.id,
				key: null,
				cmid: sharedCmid ?? nextGuid(this.rng),
				vm: spec.vm ?? false,
				clockOffset: spec.clockOffset !== undefined ? (parseDuration(spec.clockOffset) ?? 0) : 0,
				domain,
				dnsSuffix: spec.dnsSuffix === undefined ? domain : spec.dnsSuffix,
				online: spec.online ?? true,
				internet: spec.internet ?? true,
				manualKms: spec.kms ? parseHostPort(spec.kms) : null,
				lookupDomain: spec.lookupDomain ?? null,
				hostCaching: spec.hostCaching ?? true,
				cachedHost: null,
				actType: spec.actType ?? 0,
				activationInterval: DEFAULT_ACTIVATION_INTERVAL,
				renewalInterval: DEFAULT_RENEWAL_INTERVAL,
				status: LicenseStatusCode.Unlicensed,
				expiresAt: null,
				graceEndsAt: this.time + INITIAL_GRACE_MINUTES,
				activatedBy: null,
				activatedAt: null,
				kmsHostUsed: null,
				activationObject: null,
				lastCount: null,
				lastResult: null,
				lastAttemptAt: null,
				nextAttemptAt: null,
				notificationReason: null,
				rearmsLeft: this.assumptions.rearmLimit,
				serviceRunning: true,
				removed: false,
				attemptGen: 0,
				stateGen: 0,
			};
			const index = this.w.machines.length;
			this.w.machines.push(m);
			this.machineProducts[index] = product;
			this.machineSlots[index] = this.slotOf(product);
			this.machineIndex.set(lower, index);
			created.push(name);
			const keySpec = spec.key ?? 'gvlk';
			if (keySpec === 'none') continue;
			const key = keySpec === 'gvlk' ? product.gvlk : keySpec.startsWith('mak:') ? (this.w.makPools.find((p) => p.id === keySpec.slice(4))?.key ?? keySpec) : keySpec;
			this.installKeyOn(m, index, key);
		}
		return created;
	}

	private nextName(prefix: string): string {
		const digits = prefix.toUpperCase() === 'SRV' ? 2 : 3;
		for (;;) {
			const n = this.w.nextNumber[prefix] ?? 1;
			this.w.nextNumber[prefix] = n + 1;
			const name = `${prefix}${String(n).padStart(digits, '0')}`;
			const lower = name.toLowerCase();
			if (!this.machineIndex.has(lower) && !this.hostIndex.has(lower)) return name;
		}
	}

	// ------------------------------------------------------------ keys and lifecycle (R7, R9)

	private indexOf(m: Machine): number {
		return m.index;
	}

	private setStatus(m: Machine, status: LicenseStatus, result?: ResultCode): void {
		if (m.status === status) return;
		const from = m.status;
		m.status = status;
		this.count('note');
		this.eventLog.addNote(this.time, m.name, 'stateChanged', from, status, result);
	}

	/** The state a machine falls back to without activation: initial grace while it lasts, else Notification. */
	private resetToGraceOrNotification(m: Machine): void {
		const i = this.indexOf(m);
		m.activatedBy = null;
		m.activationObject = null;
		m.stateGen++;
		if (this.time < m.graceEndsAt) {
			this.setStatus(m, LicenseStatusCode.InitialGrace);
			m.expiresAt = m.graceEndsAt;
			m.notificationReason = null;
			this.schedule(m.graceEndsAt, STATE_END, i, m.stateGen);
		} else {
			this.setStatus(m, LicenseStatusCode.Notification, '0xC004F009');
			m.expiresAt = null;
			m.notificationReason = '0xC004F009';
		}
	}

	/** A fresh initial grace period (rearm, sysprep /generalize). */
	private resetGrace(m: Machine): void {
		m.graceEndsAt = this.time + INITIAL_GRACE_MINUTES;
		this.resetToGraceOrNotification(m);
		if (m.key?.kind === 'gvlk') this.scheduleAttempt(m, this.time);
		else m.attemptGen++;
	}

	private scheduleAttempt(m: Machine, t: Minutes): void {
		m.attemptGen++;
		m.nextAttemptAt = t;
		this.schedule(t, ATTEMPT, this.indexOf(m), m.attemptGen);
	}

	private installKey(target: string, rawKey: string): ActionResult {
		const hi = this.findHostIndex(target);
		if (hi !== undefined) return this.installHostKey(this.w.hosts[hi] as KmsHost, hi, rawKey);
		const m = this.findMachine(target);
		if (!m) return this.noMachine(target);
		return this.installKeyOn(m, this.indexOf(m), rawKey);
	}

	private installKeyOn(m: Machine, _index: number, rawKey: string): ActionResult {
		const key = normalizeProductKey(rawKey);
		if (!isProductKeyShape(key)) return { ok: false, code: '0xC004F050', error: msg('The product key is not valid (expected five groups of five characters).', 'プロダクト キーが無効です (5 文字ずつ 5 組で入力してください)。') };
		const product = this.machineProducts[m.index] as Product;
		let kind: 'gvlk' | 'mak' | 'retail';
		const gvlkFor = productsForGvlk(key);
		if (gvlkFor.length > 0) {
			if (!gvlkFor.includes(product)) return { ok: false, code: '0xC004F069', error: msg(`This GVLK is for another edition, not ${product.name.en}.`, `この GVLK は ${product.name.ja} 用ではありません。`) };
			kind = 'gvlk';
		} else if (this.w.makPools.some((p) => p.key === key)) kind = 'mak';
		else if (this.w.retailKeys.some((r) => r.key === key)) {
			if (!this.w.retailKeys.some((r) => r.key === key && r.product === product.id)) return { ok: false, code: '0xC004F069', error: msg('This retail key is for another edition.', 'この製品版のキーは別のエディション用です。') };
			kind = 'retail';
		} else if (this.w.hostKeys.some((h) => h.key === key)) {
			return { ok: false, code: '0xC004F069', error: msg('This is a KMS host key (CSVLK): it belongs on a KMS host, never on a client.', 'これは KMS ホスト キー (CSVLK) です。KMS ホストにだけインストールし、クライアントには入れません。') };
		} else return { ok: false, code: '0xC004F050', error: msg('The product key is not valid.', 'プロダクト キーが無効です。') };
		m.key = { kind, key, partial: key.slice(-5) };
		m.cachedHost = kind === 'gvlk' ? m.cachedHost : null;
		// A new key drops any activation: back to what is left of the initial grace period.
		this.resetToGraceOrNotification(m);
		if (kind === 'gvlk') this.scheduleAttempt(m, this.time);
		else {
			m.attemptGen++;
			m.nextAttemptAt = null;
		}
		return { ok: true, code: null, status: m.status };
	}

	private installHostKey(h: KmsHost, hi: number, rawKey: string): ActionResult {
		const key = normalizeProductKey(rawKey);
		if (!isProductKeyShape(key)) return { ok: false, code: '0xC004F050', error: msg('The product key is not valid.', 'プロダクト キーが無効です。') };
		const record = this.w.hostKeys.find((k) => k.key === key);
		if (!record) return { ok: false, code: '0xC004F050', error: msg('This key is not a KMS host key known in this scenario.', 'このシナリオで使える KMS ホスト キーではありません。') };
		if (!groupHostableOn(record.group, h.os))
			return { ok: false, code: '0xC004F069', error: msg(`The ${findCsvlkGroup(record.group)?.name.en ?? record.group} key cannot be installed on this host OS.`, `${findCsvlkGroup(record.group)?.name.ja ?? record.group} のキーはこのホスト OS にはインストールできません。`) };
		h.hostKey = record.group;
		h.keyActivated = false;
		this.publish(h, hi);
		return { ok: true, code: null };
	}

	private uninstallKey(target: string): ActionResult {
		const h = this.findHost(target);
		if (h) {
			h.hostKey = null;
			h.keyActivated = false;
			h.publishGen++;
			return { ok: true, code: null };
		}
		const m = this.findMachine(target);
		if (!m) return this.noMachine(target);
		m.key = null;
		m.attemptGen++;
		m.stateGen++;
		m.nextAttemptAt = null;
		m.expiresAt = null;
		m.activatedBy = null;
		m.activationObject = null;
		this.setStatus(m, LicenseStatusCode.Unlicensed);
		return { ok: true, code: null, status: m.status };
	}

	private rearm(name: string): ActionResult {
		const m = this.findMachine(name);
		if (!m) return this.noMachine(name);
		if (m.rearmsLeft <= 0) return { ok: false, code: '0xC004D307', error: msg('The maximum allowed number of rearms has been exceeded.', '再設定 (rearm) の最大回数を超えました。') };
		m.rearmsLeft--;
		if (this.assumptions.rearmResetsCmid) {
			m.cmid = nextGuid(this.rng);
			this.machineCmidIds[m.index] = -1;
		}
		this.resetGrace(m);
		return { ok: true, code: null, status: m.status };
	}

	/** A restart: ADBA activation is lost if the machine left the domain; a GVLK machine then tries at startup. */
	private startup(m: Machine): void {
		if (m.activatedBy === 'adba' && m.domain === null) this.resetToGraceOrNotification(m);
		if (m.key?.kind === 'gvlk' && m.status !== LicenseStatusCode.Licensed) this.scheduleAttempt(m, this.time);
	}

	private serviceControl(target: string, command: 'stop' | 'start' | 'restart'): ActionResult {
		const hi = this.findHostIndex(target);
		if (hi !== undefined) {
			const h = this.w.hosts[hi] as KmsHost;
			if (command === 'stop' || command === 'restart') {
				h.serviceRunning = false;
				h.publishGen++;
			}
			if (command === 'start' || command === 'restart') {
				const wasStopped = !h.serviceRunning;
				h.serviceRunning = true;
				if (wasStopped) {
					if (h.pendingPort !== null) {
						h.port = h.pendingPort;
						h.pendingPort = null;
					}
					if (this.assumptions.hostCacheClearedOnRestart) (this.caches[hi] as CmidCache).clear();
					this.publish(h, hi);
				}
			}
			return { ok: true, code: null };
		}
		const m = this.findMachine(target);
		if (!m) return this.noMachine(target);
		if (command === 'stop') m.serviceRunning = false;
		else {
			m.serviceRunning = true;
			this.startup(m);
		}
		return { ok: true, code: null };
	}

	private stateEnd(m: Machine): void {
		const i = this.indexOf(m);
		m.stateGen++;
		if (m.status === LicenseStatusCode.Licensed) {
			// The 180 days lapsed without renewal: "Additional grace period" (its length is an assumption).
			m.activatedBy = null;
			this.setStatus(m, LicenseStatusCode.AdditionalGrace);
			m.expiresAt = this.time + this.assumptions.additionalGraceMinutes;
			this.schedule(m.expiresAt, STATE_END, i, m.stateGen);
		} else if (m.status === LicenseStatusCode.AdditionalGrace || m.status === LicenseStatusCode.InitialGrace) {
			this.setStatus(m, LicenseStatusCode.Notification, '0xC004F009');
			m.expiresAt = null;
			m.notificationReason = '0xC004F009';
		}
	}

	private succeed(m: Machine, method: ActivationMethod, permanent: boolean): void {
		const i = this.indexOf(m);
		// A renewal of a KMS/ADBA activation only moves expiresAt: the pending state-end and warning
		// events notice the new time when they fire and reschedule themselves (keeps the queue small).
		const extending = !permanent && m.status === LicenseStatusCode.Licensed && m.expiresAt !== null;
		if (!extending) m.stateGen++;
		m.activatedBy = method;
		m.activatedAt = this.time;
		m.notificationReason = null;
		this.setStatus(m, LicenseStatusCode.Licensed, SUCCESS);
		if (permanent) {
			m.expiresAt = null;
			m.attemptGen++;
			m.nextAttemptAt = null;
			return;
		}
		m.expiresAt = this.time + ACTIVATION_VALIDITY_MINUTES;
		if (!extending) {
			this.schedule(m.expiresAt, STATE_END, i, m.stateGen);
			this.schedule(m.expiresAt - EXPIRY_WARNING_MINUTES, WARNING, i, m.stateGen);
		}
		this.scheduleAttempt(m, this.time + (method === 'adba' ? ADBA_RENEWAL_INTERVAL : m.renewalInterval));
	}


	/** `/ato`: attempt now and report the result synchronously. */
	private activateNow(target: string): ActionResult {
		const h = this.findHost(target);
		if (h) {
			if (!h.hostKey) return { ok: false, code: '0xC004F014', error: msg('No product key is installed.', 'プロダクト キーがインストールされていません。') };
			if (!this.w.internet || !h.internet || !h.online) return { ok: false, code: this.assumptions.noInternetResult };
			h.keyActivated = true;
			this.note(h.name, 'hostKeyActivated', undefined, 'mak');
			return { ok: true, code: SUCCESS };
		}
		const m = this.findMachine(target);
		if (!m) return this.noMachine(target);
		this.note(m.name, 'action', undefined, undefined, 'activate');
		if (!m.key) {
			m.lastResult = '0xC004F014';
			return { ok: false, code: '0xC004F014', status: m.status };
		}
		const code = m.key.kind === 'gvlk' ? this.volumeAttempt(m) : this.onlineActivation(m);
		return { ok: code === SUCCESS, code, status: m.status };
	}

	private onlineActivation(m: Machine): ResultCode {
		const key = m.key;
		m.lastAttemptAt = this.time;
		let code: ResultCode;
		if (!key) code = '0xC004F014';
		else if (!this.w.internet || !m.internet || !m.online) code = this.assumptions.noInternetResult;
		else if (key.kind === 'mak') code = this.useMak(key.key);
		else code = SUCCESS;
		m.lastResult = code;
		if (code === SUCCESS) {
			const method: ActivationMethod = key?.kind === 'mak' ? 'mak' : 'retail';
			this.succeed(m, method, true);
			this.note(m.name, 'activated', code, method);
		} else this.note(m.name, 'activationFailed', code);
		return code;
	}

	/** One activation of a MAK (online or by phone). */
	private useMak(key: string): ResultCode {
		const pool = this.w.makPools.find((p) => p.key === key);
		if (!pool) return '0xC004F050';
		if (pool.blocked) return '0xC004C003';
		if (pool.remaining <= 0) return '0xC004C020';
		pool.remaining--;
		return SUCCESS;
	}

	private applyConfirmationId(target: string, cid: string): ActionResult {
		const digits = cid.replace(/[\s-]/g, '');
		const iid = this.installationId(target);
		if (iid === undefined) {
			if (!this.findTarget(target)) return this.noMachine(target);
			return { ok: false, code: '0xC004F014' };
		}
		if (!/^\d+$/.test(digits) || digits.length !== CONFIRMATION_ID_DIGITS || digits !== confirmationIdFor(iid)) return { ok: false, code: '0xC004F02C' };
		const h = this.findHost(target);
		if (h) {
			h.keyActivated = true;
			this.note(h.name, 'hostKeyActivated', undefined, 'phone');
			return { ok: true, code: SUCCESS };
		}
		const m = this.findMachine(target) as Machine;
		if (m.key?.kind === 'gvlk') return { ok: false, code: '0xC004F069', error: msg('A KMS client (GVLK) activates through KMS or AD, not by phone.', 'KMS クライアント (GVLK) は KMS または AD でライセンス認証され、電話では認証できません。') };
		const code = m.key?.kind === 'mak' ? this.useMak(m.key.key) : SUCCESS;
		m.lastResult = code;
		m.lastAttemptAt = this.time;
		if (code !== SUCCESS) return { ok: false, code, status: m.status };
		this.succeed(m, 'phone', true);
		this.note(m.name, 'activated', code, 'phone');
		return { ok: true, code, status: m.status };
	}

	private createActivationObject(rawKey: string, name: string | undefined, method: 'online' | 'phone', cid: string | undefined): ActionResult {
		const f = this.w.forest;
		if (!f) return fail('There is no Active Directory forest in this scenario.', 'このシナリオには Active Directory フォレストがありません。');
		const key = normalizeProductKey(rawKey);
		const record = this.w.hostKeys.find((k) => k.key === key);
		if (!isProductKeyShape(key) || !record) return { ok: false, code: '0xC004F050', error: msg('An activation object needs a KMS host key (CSVLK) known in this scenario.', 'ライセンス認証オブジェクトには、このシナリオの KMS ホスト キー (CSVLK) が必要です。') };
		const objectName = name ?? findCsvlkGroup(record.group)?.name.en ?? record.group;
		if ([...objectName].length > ACTIVATION_OBJECT_NAME_MAX) return { ok: false, code: '0xC004F082', error: msg(`The activation object name can be at most ${ACTIVATION_OBJECT_NAME_MAX} characters.`, `ライセンス認証オブジェクトの名前は ${ACTIVATION_OBJECT_NAME_MAX} 文字以内です。`) };
		if (method === 'online' && !this.w.internet) return { ok: false, code: this.assumptions.noInternetResult };
		if (method === 'phone') {
			const digits = (cid ?? '').replace(/[\s-]/g, '');
			if (digits !== confirmationIdFor(this.forestInstallationId(key))) return { ok: false, code: '0xC004F02C' };
		}
		f.activationObjects = f.activationObjects.filter((o) => !sameName(o.name, objectName));
		f.activationObjects.push({ name: objectName, group: record.group, partialKey: key.slice(-5), createdAt: this.time, method });
		return { ok: true, code: SUCCESS };
	}

	// ------------------------------------------------------------ volume activation: ADBA then KMS (R1–R6, R10)

	private coverage = new Map<string, Map<string, boolean>>();
	/** Per host index, per product slot: the host's refusal, or null (memoised between actions, asked on every request). */
	private hostVerdicts: (ResultCode | null | undefined)[][] = [];

	/** R4 and fact sheet §8: what a reachable host answers a product whatever the count, or null when it counts the request. */
	private hostRefusal(h: KmsHost, hi: number, product: Product, slot: number): ResultCode | null {
		let memo = this.hostVerdicts[hi];
		if (memo === undefined) {
			memo = [];
			this.hostVerdicts[hi] = memo;
		}
		let refusal = memo[slot];
		if (refusal === undefined) {
			if (!h.keyActivated) refusal = '0xC004F041';
			else if (!this.covers(h.hostKey as CsvlkGroupId, product)) refusal = '0xC004F042';
			else if (this.lacksUpdateFor(h, product)) refusal = this.assumptions.missingUpdateResult;
			else refusal = null;
			memo[slot] = refusal;
		}
		return refusal;
	}

	/** Whether a host key group covers a product (memoised: it is asked on every request). */
	private covers(group: CsvlkGroupId, product: Product): boolean {
		let byProduct = this.coverage.get(group);
		if (!byProduct) {
			byProduct = new Map();
			this.coverage.set(group, byProduct);
		}
		let covered = byProduct.get(product.id);
		if (covered === undefined) {
			covered = groupActivates(group, product) && (this.assumptions.unlistedEditionsCovered || !/pro-education|enterprise-g/.test(product.id));
			byProduct.set(product.id, covered);
		}
		return covered;
	}

	/**
	 * Whether the host cannot activate this product for want of an update (fact sheet §8): the
	 * update its OS needs is missing, or no update exists for the pair.
	 */
	private lacksUpdateFor(h: KmsHost, product: Product): boolean {
		if (h.updatesInstalled && !HOSTS_WITHOUT_UPDATE_PATH.has(h.os)) return false;
		const update = requiredHostUpdate(h.os, product);
		return update !== null && (update.noUpdate === true || !h.updatesInstalled);
	}

	/** An activation or renewal attempt by a GVLK machine. Updates state, schedules the next attempt, returns the result. */
	private volumeAttempt(m: Machine): ResultCode {
		const product = this.machineProducts[m.index] as Product;
		m.lastAttemptAt = this.time;
		// R10: a domain member with a matching activation object activates from AD, no threshold.
		if (m.actType !== 2) {
			const obj = this.w.forest && product.adbaCapable && m.domain !== null && m.online ? this.activationObjectFor(m.domain, product) : undefined;
			if (obj) {
				m.lastResult = SUCCESS;
				m.activationObject = obj.name;
				m.kmsHostUsed = null;
				this.succeed(m, 'adba', false);
				this.note(m.name, 'activated', SUCCESS, 'adba', obj.name);
				return SUCCESS;
			}
			if (m.actType === 1) return this.attemptFailed(m, '0xC004F081');
		}
		const code = this.kmsAttempt(m, product);
		if (code === SUCCESS) {
			m.lastResult = SUCCESS;
			m.activationObject = null;
			this.succeed(m, 'kms', false);
			return SUCCESS;
		}
		return this.attemptFailed(m, code);
	}

	/**
	 * The activation object that activates this product for a member of `domain`, if the domain is in
	 * the forest. (Its own method: closures in the attempt itself made every attempt allocate.)
	 */
	private activationObjectFor(domain: string, product: Product): ActivationObject | undefined {
		const f = this.w.forest;
		if (!f || !f.domains.some((d) => sameName(d, domain))) return undefined;
		return f.activationObjects.find((o) => this.covers(o.group, product));
	}

	/** A failed attempt leaves the state unchanged and retries at the activation interval. */
	private attemptFailed(m: Machine, code: ResultCode): ResultCode {
		m.lastResult = code;
		this.scheduleAttempt(m, this.time + m.activationInterval);
		return code;
	}

	/** R1–R6: discovery, reaching the host and the host's answer. */
	// Accumulators of the attempt in progress (fields, not closures, to keep renewals allocation-free).
	private contacted = 0;
	private unreachable = false;
	private lastAnswer: ResultCode | null = null;
	private triedHost: string | null = null;
	private triedPort = 0;

	/** Contacts one host and records the outcome; true when the search can stop (success or 0xC004F038). */
	private tryHost(m: Machine, product: Product, nPolicy: number, target: string, port: number): boolean {
		const outcome = this.contact(m, product, nPolicy, target, port);
		this.triedHost = target;
		this.triedPort = port;
		if (outcome === null) {
			this.unreachable = true;
			return false;
		}
		this.contacted++;
		this.lastAnswer = outcome;
		// An error answer (F041, F042, F06C) lets the client try the next host, if any.
		return outcome === SUCCESS || outcome === '0xC004F038';
	}

	/**
	 * The attempt's result: the answer that stopped the search; a single host's error answer; else
	 * 0x8007232B when no host was found at all, or 0xC004F074 when every host tried failed.
	 */
	private attemptResult(): ResultCode {
		const last = this.lastAnswer;
		if (last === SUCCESS || last === '0xC004F038') return last;
		if (this.contacted === 1 && last !== null && !this.unreachable) return last;
		if (this.contacted === 0 && !this.unreachable) return '0x8007232B';
		return '0xC004F074';
	}

	/** R1–R6: discovery, reaching the host and the host's answer. */
	private kmsAttempt(m: Machine, product: Product): ResultCode {
		const nPolicy = thresholdFor(product);
		this.contacted = 0;
		this.unreachable = false;
		this.lastAnswer = null;
		this.triedHost = null;

		// 1. A manual host (/skms) turns off auto-discovery.
		if (m.manualKms) {
			if (this.resolveHost(m.manualKms.host) === undefined) {
				this.note(m.name, 'activationFailed', '0x8007232B', undefined, m.manualKms.host);
				return '0x8007232B';
			}
			this.tryHost(m, product, nPolicy, m.manualKms.host, m.manualKms.port ?? DEFAULT_KMS_PORT);
			return this.attemptResult();
		}
		// 2. With host caching on, the host that last answered is tried first.
		if (m.hostCaching && m.cachedHost) {
			if (this.tryHost(m, product, nPolicy, m.cachedHost.host, m.cachedHost.port)) return this.attemptResult();
			m.cachedHost = null; // it failed: query DNS again
		}
		// 3. SRV lookup in /skms-domain, else the primary DNS suffix. DNS is out of reach off the network.
		const zoneName = m.lookupDomain ?? m.dnsSuffix ?? m.domain;
		const records = m.online && zoneName ? this.lookupSrv(zoneName, this.triedHost, this.triedPort) : NO_RECORDS;
		if (records.length === 0) {
			if (this.contacted === 0 && !this.unreachable) this.note(m.name, 'activationFailed', '0x8007232B', undefined, zoneName ?? '');
			return this.attemptResult();
		}
		for (const r of this.orderRecords(records)) {
			if (this.tryHost(m, product, nPolicy, r.target, r.port)) break;
		}
		return this.attemptResult();
	}

	/**
	 * The `_vlmcs` records of a zone, less the host that just failed (if any). Its own method:
	 * closures in the attempt itself made every attempt allocate, renewals through the cached host included.
	 */
	private lookupSrv(zoneName: string, failedHost: string | null, failedPort: number): readonly SrvRecord[] {
		const records = this.srvRecords(zoneName);
		return failedHost === null ? records : records.filter((r) => r.port !== failedPort || !sameName(r.target, failedHost));
	}

	/** R1: order SRV records: by priority, then weighted random (RFC 2782); or uniformly at random. */
	private orderRecords(records: readonly SrvRecord[]): SrvRecord[] {
		if (records.length === 1) return [records[0] as SrvRecord];
		const out: SrvRecord[] = [];
		if (!this.assumptions.srvPriorityWeightHonoured) {
			const pool = [...records];
			while (pool.length) out.push(pool.splice(Math.floor(nextFloat(this.rng) * pool.length), 1)[0] as SrvRecord);
			return out;
		}
		const priorities = [...new Set(records.map((r) => r.priority))].sort((a, b) => a - b);
		for (const p of priorities) {
			const pool = records.filter((r) => r.priority === p);
			while (pool.length) {
				const total = pool.reduce((s, r) => s + r.weight, 0);
				let pick = 0;
				if (total === 0) pick = Math.floor(nextFloat(this.rng) * pool.length);
				else {
					let x = nextFloat(this.rng) * total;
					for (pick = 0; pick < pool.length - 1; pick++) {
						x -= (pool[pick] as SrvRecord).weight;
						if (x < 0) break;
					}
				}
				out.push(pool.splice(pick, 1)[0] as SrvRecord);
			}
		}
		return out;
	}

	/** Name resolution: a host's name, FQDN or address (any case) → its index. */
	private resolveHost(name: string): number | undefined {
		let i = this.hostNames.get(name);
		if (i === undefined) {
			i = this.hostNames.get(name.toLowerCase());
			if (i !== undefined) this.hostNames.set(name, i);
		}
		return i === undefined || (this.w.hosts[i] as KmsHost).removed ? undefined : i;
	}

	private indexHostNames(): void {
		this.hostNames.clear();
		this.w.hosts.forEach((h, i) => {
			for (const n of [h.name, h.fqdn, h.address]) this.hostNames.set(n.toLowerCase(), i);
		});
	}

	/** Logs one request (the log builds events 12288/12290/12289 from it when read). */
	private logRequest(m: Machine, product: Product, nPolicy: number, h: KmsHost | null, code: ResultCode, target: string, port: number, status: LicenseStatus, timeLeft: number, count: number): void {
		const t = this.time;
		this.eventLog.addRequest(t, m.name, h?.name ?? null, code, target, port, m.cmid, t + m.clockOffset, m.vm ? 1 : 0, status, timeLeft, product.id, nPolicy, count, h?.activationInterval ?? 0, h?.renewalInterval ?? 0);
	}

	/**
	 * One request to one host. Returns null if the request never got an answer (R2: network,
	 * firewall, stopped service, wrong port, stale record), else the host's result code.
	 */
	private contact(m: Machine, product: Product, nPolicy: number, target: string, port: number): ResultCode | null {
		const t = this.time;
		const hi = this.resolveHost(target);
		const h = hi === undefined ? undefined : this.w.hosts[hi];
		const reachable = m.online && h !== undefined && h.online && h.serviceRunning && h.hostKey !== null && h.firewallOpen && h.port === port;
		// What the client reports in its request, before the answer changes anything.
		const status = m.status;
		const timeLeft = m.expiresAt === null ? 0 : Math.max(0, m.expiresAt - t);
		if (!reachable || !h || hi === undefined) {
			this.eventLog.countRequest(false);
			if (this.logOn()) this.logRequest(m, product, nPolicy, null, '0x800706BA', target, port, status, timeLeft, 0);
			return null;
		}
		// The host processes the request.
		const c = h.counters;
		c.total++;
		c.byStatus[status] = (c.byStatus[status] ?? 0) + 1;
		let code: ResultCode;
		let count = 0;
		const refusal = this.hostRefusal(h, hi, product, this.machineSlots[m.index] as number);
		if (refusal !== null) code = refusal;
		else if (Math.abs(m.clockOffset - h.clockOffset) > MAX_CLOCK_SKEW_MINUTES) code = '0xC004F06C';
		else {
			// R5: record the CMID (a renewal refreshes its entry), then count distinct CMIDs of the last 30 days.
			if (nPolicy > h.highestThreshold) h.highestThreshold = nPolicy;
			const cacheSize = cacheSizeFor(h.highestThreshold);
			const cache = this.caches[hi] as CmidCache;
			cache.dropSeenAtOrBefore(t - COUNT_WINDOW_MINUTES);
			let id = this.machineCmidIds[m.index];
			if (id === undefined || id < 0) {
				id = this.cmidId(m.cmid);
				this.machineCmidIds[m.index] = id;
			}
			cache.touch(id, m.cmid, t);
			while (cache.size > cacheSize) cache.evictOldest();
			count = cache.size;
			code = count >= nPolicy ? SUCCESS : '0xC004F038';
		}
		if (code !== SUCCESS && code !== '0xC004F038') c.failed++;
		this.eventLog.countRequest(true);
		if (this.logOn()) this.logRequest(m, product, nPolicy, h, code, target, port, status, timeLeft, count);
		// The response carries the host's intervals and port; the client uses them from now on.
		m.activationInterval = h.activationInterval;
		m.renewalInterval = h.renewalInterval;
		m.lastCount = count;
		if (code === SUCCESS || code === '0xC004F038') {
			m.kmsHostUsed = h.name;
			if (m.manualKms) m.manualKms = { host: m.manualKms.host, port: h.port };
			else if (m.hostCaching && (m.cachedHost === null || m.cachedHost.host !== target || m.cachedHost.port !== h.port)) m.cachedHost = { host: target, port: h.port };
		}
		return code;
	}

	// ------------------------------------------------------------ DNS publishing (R8)

	private publish(h: KmsHost, hi: number): void {
		if (h.removed) return;
		if (h.online && h.serviceRunning && h.hostKey !== null && h.dnsPublishing) {
			const targets = [{ domain: h.domain, priority: 0, weight: 0 }, ...h.publishList.filter((p) => !sameName(p.domain, h.domain))];
			for (const p of targets) {
				const zone = this.w.zones.find((z) => sameName(z.name, p.domain));
				if (!zone || !zone.dynamicUpdates) {
					this.count(12293);
					if (this.logOn()) this.log({ id: 12293, time: this.time, computer: h.name, hresult: this.assumptions.publishFailureResult, dnsDomain: p.domain });
					continue;
				}
				const existing = zone.records.find((r) => sameName(r.target, h.fqdn));
				if (existing) {
					existing.port = h.port;
					existing.priority = p.priority;
					existing.weight = p.weight;
					existing.publishedBy = h.name;
					existing.registeredAt = this.time;
				} else zone.records.push({ target: h.fqdn, port: h.port, priority: p.priority, weight: p.weight, publishedBy: h.name, registeredAt: this.time });
				this.note(h.name, 'srvPublished', undefined, undefined, zone.name);
			}
		}
		// Re-register every 24 hours while publishing stays on.
		if (h.dnsPublishing && h.serviceRunning) {
			h.publishGen++;
			this.schedule(this.time + DNS_REREGISTRATION_MINUTES, PUBLISH, hi, h.publishGen);
		}
	}

	// ------------------------------------------------------------ snapshot / restore

	/** A JSON-serialisable copy of the whole state. */
	snapshot(): Snapshot {
		const snap: Snapshot = {
			format: SNAPSHOT_FORMAT,
			scenario: this.scenario,
			seed: this.seed,
			now: this.time,
			rng: this.rng.state,
			seq: this.seq,
			processed: this.processed,
			queue: this.queue.toArray(),
			world: this.w,
			caches: this.caches.map((c) => c.entries()),
			log: this.eventLog.toSaved(),
			actionLog: this.actions,
		};
		return JSON.parse(JSON.stringify(snap)) as Snapshot;
	}

	/**
	 * Replaces the whole state with a snapshot that has been validated (`restoreSimulation` in
	 * restore.ts does it for untrusted input; keeping the validator out of this class keeps it out of
	 * the lab's bundle, which never restores snapshots).
	 */
	restore(snapshot: Snapshot): void {
		const copy = JSON.parse(JSON.stringify(snapshot)) as Snapshot;
		(this as { scenario: Scenario }).scenario = copy.scenario;
		(this as { seed: number }).seed = copy.seed;
		(this as { startDate: string }).startDate = copy.scenario.start ?? DEFAULT_START;
		(this as { assumptions: Assumptions }).assumptions = resolveAssumptions(copy.scenario.assumptions);
		this.time = copy.now;
		this.rng = { state: copy.rng };
		this.seq = copy.seq;
		this.processed = copy.processed;
		this.queue = EventQueue.from(copy.queue);
		this.w = copy.world;
		// Saved before hosts had this field: they were fully updated.
		for (const h of this.w.hosts) h.updatesInstalled ??= true;
		this.cmidIds.clear();
		this.machineCmidIds = [];
		this.machineProducts = this.w.machines.map((m) => findProduct(m.product) as Product);
		this.productSlots.clear();
		this.machineSlots = this.machineProducts.map((p) => this.slotOf(p));
		this.caches = copy.caches.map((entries) => CmidCache.from(entries, (cmid) => this.cmidId(cmid)));
		this.coverage.clear(); // memoised with the old assumptions
		this.hostVerdicts.length = 0;
		this.eventLog = EventLog.fromSaved(copy.log);
		this.actions = copy.actionLog;
		this.timeline = (copy.scenario.timeline ?? []).map((item) => ({
			at: parseDuration(item.at) ?? 0,
			every: item.every !== undefined ? (parseDuration(item.every) ?? 0) : 0,
			times: item.times ?? 1,
			action: item.action,
		}));
		this.machineIndex = new Map(this.w.machines.map((m, i) => [m.name.toLowerCase(), i]));
		this.hostIndex = new Map(this.w.hosts.map((h, i) => [h.name.toLowerCase(), i]));
		this.indexHostNames();
	}
}

function validPort(port: number): boolean {
	return Number.isInteger(port) && port >= 1 && port <= 65535;
}

function badPort(port: number): ActionResult {
	return fail(`Port must be a whole number from 1 to 65535 (got ${port}).`, `ポートは 1～65535 の整数で指定してください (指定値: ${port})。`);
}

/** Parses "host", "host:port", "[v6-host]:port". */
export function parseHostPort(text: string): { host: string; port: number | null } {
	const v6 = /^\[(.+)\]:(\d+)$/.exec(text);
	if (v6) return { host: v6[1] as string, port: Number(v6[2]) };
	const m = /^([^:]+):(\d+)$/.exec(text);
	if (m) return { host: m[1] as string, port: Number(m[2]) };
	return { host: text, port: null };
}

/** Creates a simulation from a scenario (validated first). Throws SimulationInputError naming each problem. */
export function createSimulation(scenario: unknown, options: SimulationOptions = {}): Simulation {
	const checked = validateScenario(scenario);
	if (!checked.ok) throw new SimulationInputError(`Invalid scenario: ${checked.errors[0]}`, checked.errors);
	return new Simulation(checked.scenario, options);
}

/** Replays recorded user actions on a fresh run of the scenario, up to `until`. */
export function replay(scenario: unknown, options: SimulationOptions, actions: readonly RecordedAction[], until?: Minutes): Simulation {
	const sim = createSimulation(scenario, options);
	for (const r of actions) {
		sim.advanceTo(r.at);
		sim.dispatch(r.action);
	}
	if (until !== undefined) sim.advanceTo(until);
	return sim;
}

/** Non-throwing variants for untrusted input (URLs, saved sessions): the problems name each JSON path. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; problems: readonly string[] };

/** Runs `build`, turning a SimulationInputError (or anything unexpected, described by `unexpected`) into problems. */
export function attempt<T>(build: () => T, unexpected: (err: unknown) => string): Attempt<T> {
	try {
		return { ok: true, value: build() };
	} catch (err) {
		return { ok: false, problems: err instanceof SimulationInputError ? err.problems : [unexpected(err)] };
	}
}

export function tryCreateSimulation(scenario: unknown, options: SimulationOptions = {}): Attempt<Simulation> {
	return attempt(() => createSimulation(scenario, options), String);
}
