/**
 * The scheduler's priority queue, ordered by time, then by insertion, so events due at the same
 * minute run in the order they were scheduled.
 *
 * Many events share a minute (a fleet installed together renews together), so the queue keeps a
 * binary min-heap of distinct times and a FIFO bucket per time: popping is usually an array read,
 * and the heap only grows with the number of distinct times. Entries are plain objects, so the
 * queue can be written to and rebuilt from a snapshot.
 */
export interface QueueEntry {
	/** When the event is due (simulated minutes). */
	t: number;
	/** Insertion sequence: the order among entries due at the same time. */
	seq: number;
	/** Event kind (see simulation.ts). */
	kind: number;
	/** Index of the machine, host or timeline item. */
	ref: number;
	/** Generation: an entry whose generation no longer matches its target is stale and skipped. */
	gen: number;
}

interface Bucket {
	entries: QueueEntry[];
	/** Index of the next entry to pop. */
	next: number;
}

export class EventQueue {
	private times: number[] = [];
	private buckets = new Map<number, Bucket>();
	private count = 0;
	// The bucket used last (pushes come in runs for the same minute; pops drain one bucket).
	private lastTime = NaN;
	private lastBucket: Bucket | undefined = undefined;

	private bucketAt(t: number): Bucket | undefined {
		if (t === this.lastTime) return this.lastBucket;
		const bucket = this.buckets.get(t);
		if (bucket !== undefined) {
			this.lastTime = t;
			this.lastBucket = bucket;
		}
		return bucket;
	}

	get size(): number {
		return this.count;
	}

	push(entry: QueueEntry): void {
		let bucket = this.bucketAt(entry.t);
		if (bucket === undefined) {
			bucket = { entries: [], next: 0 };
			this.buckets.set(entry.t, bucket);
			this.lastTime = entry.t;
			this.lastBucket = bucket;
			heapPushNumber(this.times, entry.t);
		}
		bucket.entries.push(entry);
		this.count++;
	}

	/** The next entry without removing it. */
	peek(): QueueEntry | undefined {
		const t = this.times[0];
		if (t === undefined) return undefined;
		const bucket = this.bucketAt(t) as Bucket;
		return bucket.entries[bucket.next];
	}

	pop(): QueueEntry | undefined {
		const t = this.times[0];
		if (t === undefined) return undefined;
		const bucket = this.bucketAt(t) as Bucket;
		const entry = bucket.entries[bucket.next++];
		this.count--;
		if (bucket.next >= bucket.entries.length) {
			this.buckets.delete(t);
			if (this.lastTime === t) {
				this.lastTime = NaN;
				this.lastBucket = undefined;
			}
			heapPopNumber(this.times);
		}
		return entry;
	}

	/** All pending entries in the order they will run (for snapshots). */
	toArray(): QueueEntry[] {
		const out: QueueEntry[] = [];
		for (const t of [...this.times].sort((a, b) => a - b)) {
			const bucket = this.buckets.get(t) as Bucket;
			for (let i = bucket.next; i < bucket.entries.length; i++) out.push(bucket.entries[i] as QueueEntry);
		}
		return out;
	}

	/** Rebuilds a queue from entries (any order; ties keep their `seq` order). */
	static from(entries: readonly QueueEntry[]): EventQueue {
		const q = new EventQueue();
		for (const e of [...entries].sort((a, b) => a.t - b.t || a.seq - b.seq)) q.push({ ...e });
		return q;
	}
}

function heapPushNumber(heap: number[], value: number): void {
	heap.push(value);
	let i = heap.length - 1;
	while (i > 0) {
		const parent = (i - 1) >> 1;
		const p = heap[parent] as number;
		if (p <= value) break;
		heap[i] = p;
		i = parent;
	}
	heap[i] = value;
}

function heapPopNumber(heap: number[]): number | undefined {
	const top = heap[0];
	const last = heap.pop();
	if (top === undefined || last === undefined || heap.length === 0) return top;
	const n = heap.length;
	let i = 0;
	for (;;) {
		const l = 2 * i + 1;
		if (l >= n) break;
		const r = l + 1;
		let c = l;
		if (r < n && (heap[r] as number) < (heap[l] as number)) c = r;
		const child = heap[c] as number;
		if (child >= last) break;
		heap[i] = child;
		i = c;
	}
	heap[i] = last;
	return top;
}
