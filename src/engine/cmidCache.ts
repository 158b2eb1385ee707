/**
 * A KMS host's table of client machine IDs (R5): each CMID with the time it was last seen, kept
 * in last-seen order (oldest first). A renewal moves its CMID to the end; the oldest entries
 * leave first, either because they are older than the 30-day window or because the table is
 * full. A doubly linked list gives O(1) for all of it.
 *
 * CMIDs are interned to small integers by the simulation (`id`), and the list lives in typed
 * arrays indexed by id rather than in node objects: a busy host evicts and inserts on almost
 * every request, and relinking objects cost about a third of a whole run.
 */
const NONE = -1;

export class CmidCache {
	private prev = new Int32Array(0);
	private next = new Int32Array(0);
	private seen = new Float64Array(0);
	private present = new Uint8Array(0);
	/** CMID text by id (for `entries()`). */
	private cmids: string[] = [];
	private count = 0;
	private head = NONE;
	private tail = NONE;

	get size(): number {
		return this.count;
	}

	/** Records a request from `cmid` (interned as `id`) at time `t` (a known CMID moves to the end). */
	touch(id: number, cmid: string, t: number): void {
		if (id >= this.present.length) this.grow(id);
		this.seen[id] = t;
		if (this.present[id] === 1) {
			if (id === this.tail) return;
			this.unlink(id);
		} else {
			this.present[id] = 1;
			this.cmids[id] = cmid;
			this.count++;
		}
		this.prev[id] = this.tail;
		this.next[id] = NONE;
		if (this.tail !== NONE) this.next[this.tail] = id;
		else this.head = id;
		this.tail = id;
	}

	/** Removes the oldest entry. */
	evictOldest(): void {
		const id = this.head;
		if (id === NONE) return;
		this.unlink(id);
		this.present[id] = 0;
		this.count--;
	}

	/** Removes every entry last seen at or before `time`. */
	dropSeenAtOrBefore(time: number): void {
		while (this.head !== NONE && (this.seen[this.head] as number) <= time) this.evictOldest();
	}

	/** Number of entries last seen after `time` (does not change the table). */
	countSeenAfter(time: number): number {
		let n = 0;
		for (
			let id = this.tail;
			id !== NONE && (this.seen[id] as number) > time;
			id = this.prev[id] as number
		)
			n++;
		return n;
	}

	clear(): void {
		this.present.fill(0);
		this.count = 0;
		this.head = this.tail = NONE;
	}

	/** Entries oldest first, as [cmid, lastSeen]. */
	entries(): [string, number][] {
		const out: [string, number][] = [];
		for (let id = this.head; id !== NONE; id = this.next[id] as number)
			out.push([this.cmids[id] as string, this.seen[id] as number]);
		return out;
	}

	static from(
		entries: readonly (readonly [string, number])[],
		idOf: (cmid: string) => number
	): CmidCache {
		const cache = new CmidCache();
		for (const [cmid, seen] of entries) cache.touch(idOf(cmid), cmid, seen);
		return cache;
	}

	private unlink(id: number): void {
		const p = this.prev[id] as number;
		const n = this.next[id] as number;
		if (p !== NONE) this.next[p] = n;
		else this.head = n;
		if (n !== NONE) this.prev[n] = p;
		else this.tail = p;
	}

	/** Makes room for ids up to `id` (doubling, so interning many CMIDs stays linear). */
	private grow(id: number): void {
		let length = Math.max(64, this.present.length * 2);
		while (length <= id) length *= 2;
		const prev = new Int32Array(length);
		prev.set(this.prev);
		const next = new Int32Array(length);
		next.set(this.next);
		const seen = new Float64Array(length);
		seen.set(this.seen);
		const present = new Uint8Array(length);
		present.set(this.present);
		this.prev = prev;
		this.next = next;
		this.seen = seen;
		this.present = present;
		for (let i = this.cmids.length; i < length; i++) this.cmids.push('');
	}
}
