/**
 * The scheduler's priority queue, ordered by time, then by insertion, so events due at the same
 * minute run in the order they were scheduled.
 *
 * Many events share a minute (a fleet installed together renews together), so the queue keeps a
 * binary min-heap of distinct times and a FIFO bucket per time: popping is usually an array read,
 * and the heap only grows with the number of distinct times. A bucket packs its entries (seq,
 * kind, ref, gen, seq, …) into a chain of fixed-size blocks of numbers, and blocks that have been
 * read go back to a pool: no object per entry, nothing to chase, and a long run stops allocating.
 * (One growing array per bucket spent a tenth of a 10,000-machine run growing arrays.)
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

/** Numbers per entry. */
const STRIDE = 4;
/** Numbers per block (64 entries). */
const BLOCK_LENGTH = 64 * STRIDE;

interface Bucket {
	/** Blocks of entries in insertion order; blocks before `first` have been read. */
	blocks: Float64Array[];
	first: number;
	/** Offset of the next entry to read, in blocks[first]. */
	next: number;
	/** Offset after the last entry written, in the last block. */
	end: number;
	/** Entries not read yet. */
	remaining: number;
}

export class EventQueue {
	private times: number[] = [];
	private buckets = new Map<number, Bucket>();
	private count = 0;
	/** Blocks read to the end, for reuse. */
	private spareBlocks: Float64Array[] = [];
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
			bucket = { blocks: [], first: 0, next: 0, end: BLOCK_LENGTH, remaining: 0 };
			this.buckets.set(t, bucket);
			heapPushNumber(this.times, t);
		}
		this.pushTime = t;
		this.pushBucket = bucket;
		if (bucket.end === BLOCK_LENGTH) {
			bucket.blocks.push(this.spareBlocks.pop() ?? new Float64Array(BLOCK_LENGTH));
			bucket.end = 0;
		}
		const block = bucket.blocks[bucket.blocks.length - 1] as Float64Array;
		const i = bucket.end;
		block[i] = seq;
		block[i + 1] = kind;
		block[i + 2] = ref;
		block[i + 3] = gen;
		bucket.end = i + STRIDE;
		bucket.remaining++;
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
		const { blocks, first, next } = this.head(t);
		const block = blocks[first] as Float64Array;
		return {
			t,
			seq: block[next] as number,
			kind: block[next + 1] as number,
			ref: block[next + 2] as number,
			gen: block[next + 3] as number,
		};
	}

	/** Removes the next entry into `seq`, `kind`, `ref` and `gen`; returns its time, or undefined when empty. */
	shift(): number | undefined {
		const t = this.times[0];
		if (t === undefined) return undefined;
		const bucket = this.head(t);
		const block = bucket.blocks[bucket.first] as Float64Array;
		const i = bucket.next;
		this.seq = block[i] as number;
		this.kind = block[i + 1] as number;
		this.ref = block[i + 2] as number;
		this.gen = block[i + 3] as number;
		bucket.next = i + STRIDE;
		bucket.remaining--;
		this.count--;
		if (bucket.next === BLOCK_LENGTH) {
			this.spareBlocks.push(block);
			bucket.first++;
			bucket.next = 0;
		}
		if (bucket.remaining === 0) {
			// The last block, if not read to its end, is free now too.
			if (bucket.first < bucket.blocks.length)
				this.spareBlocks.push(bucket.blocks[bucket.first] as Float64Array);
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
		return t === undefined
			? undefined
			: { t, seq: this.seq, kind: this.kind, ref: this.ref, gen: this.gen };
	}

	/** All pending entries in the order they will run (for snapshots). */
	toArray(): QueueEntry[] {
		const out: QueueEntry[] = [];
		for (const t of [...this.times].sort((a, b) => a - b)) {
			const { blocks, first, next, end } = this.buckets.get(t) as Bucket;
			for (let b = first; b < blocks.length; b++) {
				const block = blocks[b] as Float64Array;
				const to = b === blocks.length - 1 ? end : BLOCK_LENGTH;
				for (let i = b === first ? next : 0; i < to; i += STRIDE)
					out.push({
						t,
						seq: block[i] as number,
						kind: block[i + 1] as number,
						ref: block[i + 2] as number,
						gen: block[i + 3] as number,
					});
			}
		}
		return out;
	}

	/** Rebuilds a queue from entries (any order; ties keep their `seq` order). */
	static from(entries: readonly QueueEntry[]): EventQueue {
		const q = new EventQueue();
		for (const e of [...entries].sort((a, b) => a.t - b.t || a.seq - b.seq))
			q.push(e.t, e.seq, e.kind, e.ref, e.gen);
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
