/**
 * The scheduler's priority queue: a binary min-heap ordered by time, then by insertion sequence,
 * so events at the same minute run in the order they were scheduled. Entries are plain objects
 * (JSON-serialisable for snapshots).
 */
export interface QueueEntry {
	/** When the event is due (simulated minutes). */
	t: number;
	/** Insertion sequence: breaks ties between equal times. */
	seq: number;
	/** Event kind (see simulation.ts). */
	kind: number;
	/** Index of the machine, host or timeline item. */
	ref: number;
	/** Generation: an entry whose generation no longer matches its target is stale and skipped. */
	gen: number;
}

function less(a: QueueEntry, b: QueueEntry): boolean {
	return a.t < b.t || (a.t === b.t && a.seq < b.seq);
}

export function heapPush(heap: QueueEntry[], entry: QueueEntry): void {
	heap.push(entry);
	let i = heap.length - 1;
	while (i > 0) {
		const parent = (i - 1) >> 1;
		const p = heap[parent] as QueueEntry;
		if (!less(entry, p)) break;
		heap[i] = p;
		i = parent;
	}
	heap[i] = entry;
}

export function heapPop(heap: QueueEntry[]): QueueEntry | undefined {
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
		if (r < n && less(heap[r] as QueueEntry, heap[l] as QueueEntry)) c = r;
		const child = heap[c] as QueueEntry;
		if (!less(child, last)) break;
		heap[i] = child;
		i = c;
	}
	heap[i] = last;
	return top;
}

export function heapPeek(heap: readonly QueueEntry[]): QueueEntry | undefined {
	return heap[0];
}
