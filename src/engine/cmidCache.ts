/**
 * A KMS host's table of client machine IDs (R5): each CMID with the time it was last seen, kept
 * in last-seen order (oldest first). A renewal moves its CMID to the end; the oldest entries
 * leave first, either because they are older than the 30-day window or because the table is
 * full. A doubly linked list gives O(1) for all of it. CMIDs are interned to small integers by
 * the simulation (`id`), so lookups are array reads instead of hashing a string on every request.
 */
interface Node {
	id: number;
	cmid: string;
	seen: number;
	prev: Node | null;
	next: Node | null;
}

export class CmidCache {
	/** Node by interned CMID id (sparse). */
	private byId: (Node | undefined)[] = [];
	private count = 0;
	private head: Node | null = null;
	private tail: Node | null = null;
	/** One evicted node kept for reuse: busy hosts evict and insert on almost every request. */
	private spare: Node | null = null;

	get size(): number {
		return this.count;
	}

	/** Records a request from `cmid` (interned as `id`) at time `t` (a known CMID moves to the end). */
	touch(id: number, cmid: string, t: number): void {
		let node = this.byId[id];
		if (node !== undefined) {
			node.seen = t;
			if (node === this.tail) return;
			this.unlink(node);
		} else {
			node = this.spare ?? { id, cmid, seen: t, prev: null, next: null };
			this.spare = null;
			node.id = id;
			node.cmid = cmid;
			node.seen = t;
			this.byId[id] = node;
			this.count++;
		}
		node.prev = this.tail;
		node.next = null;
		if (this.tail) this.tail.next = node;
		else this.head = node;
		this.tail = node;
	}

	/** Removes the oldest entry. */
	evictOldest(): void {
		const node = this.head;
		if (!node) return;
		this.unlink(node);
		this.byId[node.id] = undefined;
		this.count--;
		this.spare = node;
	}

	/** Removes every entry last seen at or before `time`. */
	dropSeenAtOrBefore(time: number): void {
		while (this.head && this.head.seen <= time) this.evictOldest();
	}

	/** Number of entries last seen after `time` (does not change the table). */
	countSeenAfter(time: number): number {
		let n = 0;
		for (let node = this.tail; node && node.seen > time; node = node.prev) n++;
		return n;
	}

	clear(): void {
		this.byId = [];
		this.count = 0;
		this.head = this.tail = this.spare = null;
	}

	/** Entries oldest first, as [cmid, lastSeen]. */
	entries(): [string, number][] {
		const out: [string, number][] = [];
		for (let node = this.head; node; node = node.next) out.push([node.cmid, node.seen]);
		return out;
	}

	static from(entries: readonly (readonly [string, number])[], idOf: (cmid: string) => number): CmidCache {
		const cache = new CmidCache();
		for (const [cmid, seen] of entries) cache.touch(idOf(cmid), cmid, seen);
		return cache;
	}

	private unlink(node: Node): void {
		if (node.prev) node.prev.next = node.next;
		else this.head = node.next;
		if (node.next) node.next.prev = node.prev;
		else this.tail = node.prev;
		node.prev = node.next = null;
	}
}
