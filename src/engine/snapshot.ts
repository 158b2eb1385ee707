import { findProduct, type Product } from '../data/products.ts';
import { CmidCache } from './cmidCache.ts';
import type { RecordedAction, SimCore } from './core.ts';
import { EventLog, type SavedLog } from './eventLog.ts';
import { EventQueue, type QueueEntry } from './heap.ts';
import { resolveAssumptions } from './assumptions.ts';
import { DEFAULT_START, type Scenario } from './scenario.ts';
import { parseTimeline } from './timeline.ts';
import { indexWorld } from './world/lookup.ts';
import type { Minutes, World } from './types.ts';

/** The format tag of a saved state; the snapshot validator checks it. */
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

/** A JSON-serialisable copy of the whole state. */
export function snapshotOf(core: SimCore): Snapshot {
	const world: World = { ...core.w, nextNumber: Object.fromEntries(core.nextNumber) };
	const snap: Snapshot = {
		format: SNAPSHOT_FORMAT,
		scenario: core.scenario,
		seed: core.seed,
		now: core.time,
		rng: core.rng.state,
		seq: core.seq,
		processed: core.processed,
		queue: core.queue.toArray(),
		world,
		caches: core.caches.map((c) => c.entries()),
		log: core.eventLog.toSaved(),
		actionLog: core.actions,
	};
	return JSON.parse(JSON.stringify(snap)) as Snapshot;
}

/** Replaces the whole state with a snapshot that has been validated (restore.ts does it for untrusted input). */
export function restoreInto(core: SimCore, snapshot: Snapshot): void {
	const copy = JSON.parse(JSON.stringify(snapshot)) as Snapshot;
	core.scenario = copy.scenario;
	core.seed = copy.seed;
	core.startDate = copy.scenario.start ?? DEFAULT_START;
	core.assumptions = resolveAssumptions(copy.scenario.assumptions);
	core.time = copy.now;
	core.rng = { state: copy.rng };
	core.seq = copy.seq;
	core.processed = copy.processed;
	core.work = copy.processed;
	core.queue = EventQueue.from(copy.queue);
	core.w = copy.world;
	// Saved before these fields existed: hosts were fully updated; firewall rules applied to Any.
	for (const h of core.w.hosts) {
		h.updatesInstalled ??= true;
		h.firewallProfile ??= 'Any';
	}
	for (const m of core.w.machines) {
		m.firewallOpen ??= false;
		m.firewallProfile ??= 'Any';
	}
	// Saved before SRV names had owners: nobody owns them, so every host may still publish.
	for (const z of core.w.zones) {
		z.srvOwner ??= null;
		z.srvGrants ??= [];
	}
	// Own keys only (JSON.parse makes "__proto__" an own key; it stays data in the Map).
	core.nextNumber = new Map(Object.entries(copy.world.nextNumber ?? {}));
	core.w.nextNumber = Object.create(null) as Record<string, number>;
	core.cmidIds.clear();
	core.machineCmidIds = [];
	core.machineProducts = core.w.machines.map((m) => findProduct(m.product) as Product);
	core.productSlots.clear();
	core.machineSlots = core.machineProducts.map((p) => core.slotOf(p));
	core.caches = copy.caches.map((entries) => CmidCache.from(entries, (cmid) => core.cmidId(cmid)));
	core.coverage.clear(); // memoised with the old assumptions
	core.hostVerdicts.length = 0;
	core.eventLog = EventLog.fromSaved(copy.log);
	core.actions = copy.actionLog;
	core.actionLogBytes = actionLogBytes(core.actions);
	core.timeline = parseTimeline(copy.scenario);
	indexWorld(core);
}

/** UTF-8 bytes of recorded actions as a link or a save carries them: `[[at, action], …]`. */
export function actionLogBytes(actions: readonly RecordedAction[]): number {
	return utf8Length(JSON.stringify(actions.map((r) => [r.at, r.action])));
}

/** UTF-8 length of a string, without allocating its bytes. */
export function utf8Length(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			const d = text.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) {
				n += 4;
				i++;
			} else n += 3;
		} else n += 3;
	}
	return n;
}
