/**
 * The scheduler's priority queue, ordered by time, then by insertion, so events due at the same
 * minute run in the order they were scheduled.
 *
 * Many events share a minute (a fleet installed together renews together), so the queue keeps a
 * binary min-heap of distinct times and a FIFO bucket per time: popping is usually an array read,
 * and the heap only grows with the number of distinct times. A bucket packs its entries into one
 * array of numbers (seq, kind, ref, gen, seq, …): no object per entry, and a bucket is read in
 * order, which keeps long runs out of the memory latency that chasing entry objects cost.
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

/** Numbers per entry in a bucket. */
const STRIDE = 4;

interface Bucket {
	/** seq, kind, ref, gen of each entry, in insertion order. */
	packed: number[];
	/** Offset of the next entry to pop. */
	next: number;
}

export class EventQueue {
	private times: number[] = [];
	private buckets = new Map<number, Bucket>();
	private count = 0;
	// Pushes come in runs for the same minute and pops drain one bucket, each usually a different
	// one: a cached bucket for each side saves a map lookup on both for most events.
	private pushTime = NaN;
	private pushBucket: Bucket | undefined = undefined;
	private headTime = NaN;
	private headBucket: Bucket | undefined = undefined;

	/** The entry `shift()` removed last (fields, so removing one allocates nothing). */
	seq = 0;
	kind = 0;
	ref = 0;
	gen = 0;

	/** The bucket at the head of the queue (time `t`, the smallest). */
	private head(t: number): Bucket {
		if (t !== this.headTime) {
			this.headTime = t;
			this.headBucket = this.buckets.get(t);
		}
		return this.headBucket as Bucket;
	}

	get size(): number {
		return this.count;
	}

	push(t: number, seq: number, kind: number, ref: number, gen: number): void {
		let bucket = t === this.pushTime ? this.pushBucket : this.buckets.get(t);
		if (bucket === undefined) {
			bucket = { packed: [], next: 0 };
			this.buckets.set(t, bucket);
			heapPushNumber(this.times, t);
		}
		this.pushTime = t;
		this.pushBucket = bucket;
		bucket.packed.push(seq, kind, ref, gen);
		this.count++;
	}

	/** Time of the next entry, or undefined when the queue is empty. */
	nextTime(): number | undefined {
		return this.times[0];
	}

	/** The next entry without removing it (allocates: for the step-by-step paths). */
	peek(): QueueEntry | undefined {
		const t = this.times[0];
		if (t === undefined) return undefined;
		const { packed, next } = this.head(t);
		return { t, seq: packed[next] as number, kind: packed[next + 1] as number, ref: packed[next + 2] as number, gen: packed[next + 3] as number };
	}

	/** Removes the next entry into `seq`, `kind`, `ref` and `gen`; returns its time, or undefined when empty. */
	shift(): number | undefined {
		const t = this.times[0];
		if (t === undefined) return undefined;
		const bucket = this.head(t);
		const packed = bucket.packed;
		const i = bucket.next;
		this.seq = packed[i] as number;
		this.kind = packed[i + 1] as number;
		this.ref = packed[i + 2] as number;
		this.gen = packed[i + 3] as number;
		bucket.next = i + STRIDE;
		this.count--;
		if (bucket.next >= packed.length) {
			this.buckets.delete(t);
			this.headTime = NaN;
			this.headBucket = undefined;
			if (this.pushTime === t) {
				this.pushTime = NaN;
				this.pushBucket = undefined;
			}
			heapPopNumber(this.times);
		}
		return t;
	}

	/** Removes and returns the next entry (allocates: for the step-by-step paths). */
	pop(): QueueEntry | undefined {
		const t = this.shift();
		return t === undefined ? undefined : { t, seq: this.seq, kind: this.kind, ref: this.ref, gen: this.gen };
	}

	/** All pending entries in the order they will run (for snapshots). */
	toArray(): QueueEntry[] {
		const out: QueueEntry[] = [];
		for (const t of [...this.times].sort((a, b) => a - b)) {
			const { packed, next } = this.buckets.get(t) as Bucket;
			for (let i = next; i < packed.length; i += STRIDE) out.push({ t, seq: packed[i] as number, kind: packed[i + 1] as number, ref: packed[i + 2] as number, gen: packed[i + 3] as number });
		}
		return out;
	}

	/** Rebuilds a queue from entries (any order; ties keep their `seq` order). */
	static from(entries: readonly QueueEntry[]): EventQueue {
		const q = new EventQueue();
		for (const e of [...entries].sort((a, b) => a.t - b.t || a.seq - b.seq)) q.push(e.t, e.seq, e.kind, e.ref, e.gen);
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
