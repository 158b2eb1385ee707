import {
	ANSWERED,
	CHUNK_MASK,
	CHUNK_ROWS,
	CHUNK_SHIFT,
	ENTRY,
	NO_STATUS,
	NOTE,
	NUMS,
	STRS,
	UNANSWERED,
	contactAt,
	newChunk,
	rowEntriesAt,
	rowTimeAt,
	type Chunk,
	type LogContact,
} from './logRows.ts';
import type {
	ActivationMethod,
	LicenseStatus,
	LogEntry,
	LogEntryId,
	Minutes,
	NoteKind,
	ResultCode,
} from './types.ts';

/**
 * Entries logged since the start, per event ID (kept even when the log drops old entries).
 * Keys are `e12288`… rather than "12288" because integer-like keys make slow objects.
 */
export interface LogTotals {
	e12288: number;
	e12289: number;
	e12290: number;
	e12293: number;
	e12294: number;
	note: number;
}

export function emptyTotals(): LogTotals {
	return { e12288: 0, e12289: 0, e12290: 0, e12293: 0, e12294: 0, note: 0 };
}

/** The log as a snapshot stores it: plain entries, so saved states do not depend on this file's records. */
export interface SavedLog {
	limit: number;
	entries: LogEntry[];
	dropped: number;
	totals: LogTotals;
}

/**
 * The simulation's event log: totals per event ID since the start, and the newest `limit`
 * entries (0 = totals only).
 *
 * A KMS request stands for the events Windows logs for it: 12288 on the client and, when a host
 * answered, 12290 on the host and 12289 on the client. The log keeps each request as one row of
 * columns (numbers in a Float64Array, references to strings that already exist) and builds the
 * three entries only when somebody reads them. Simulator notes are rows too. Long runs then
 * allocate almost nothing per request or note: holding 100,000 small objects had made logged runs
 * about half as fast as unlogged ones, mostly in the garbage collector.
 *
 * Rows live in fixed-size chunks: the log grows by adding a chunk and drops old rows a chunk at a
 * time, reusing it, so nothing is ever copied (doubling one big ring cost more than the logging).
 * Rows are numbered from the start of the first chunk.
 */
export class EventLog {
	readonly limit: number;
	private chunks: Chunk[] = [];
	/** Chunks dropped from the front, kept for reuse. */
	private spare: Chunk[] = [];
	/** The oldest row held, and the row after the newest. */
	private first = 0;
	private end = 0;
	/** Entries the rows stand for. */
	private held = 0;
	private droppedEntries = 0;
	private totals: LogTotals = emptyTotals();

	constructor(limit: number) {
		this.limit = limit;
	}

	private chunkOf(row: number): Chunk {
		return this.chunks[row >> CHUNK_SHIFT] as Chunk;
	}

	get keepsEntries(): boolean {
		return this.limit > 0;
	}

	count(id: LogEntryId): void {
		const t = this.totals;
		switch (id) {
			case 12288:
				t.e12288++;
				return;
			case 12289:
				t.e12289++;
				return;
			case 12290:
				t.e12290++;
				return;
			case 12293:
				t.e12293++;
				return;
			case 12294:
				t.e12294++;
				return;
			default:
				t.note++;
		}
	}

	/** Counts the events one KMS request stands for: 12288, and 12290 and 12289 when a host answered. */
	countRequest(answered: boolean): void {
		const t = this.totals;
		t.e12288++;
		if (answered) {
			t.e12290++;
			t.e12289++;
		}
	}

	/** Adds an entry (counted separately with `count`). Does nothing when only totals are kept. */
	add(entry: LogEntry): void {
		if (this.limit === 0) return;
		const row = this.nextRow(ENTRY, 1);
		const chunk = this.chunkOf(row);
		chunk.objects[row & CHUNK_MASK] = entry;
		chunk.dirty = true;
	}

	/** Adds one KMS request (counted separately). Positional, so logging a request allocates nothing. */
	addRequest(
		time: Minutes,
		client: string,
		host: string | null,
		hresult: ResultCode,
		target: string,
		port: number,
		cmid: string,
		clientTime: Minutes,
		vm: 0 | 1,
		licensingStatus: LicenseStatus,
		timeToExpiration: number,
		productId: string,
		nPolicy: number,
		count: number,
		activationInterval: Minutes,
		renewalInterval: Minutes,
		lookup: string | null = null
	): void {
		if (this.limit === 0) return;
		const row = this.nextRow(host === null ? UNANSWERED : ANSWERED, host === null ? 1 : 3);
		const chunk = this.chunkOf(row);
		const n = (row & CHUNK_MASK) * NUMS;
		const nums = chunk.nums;
		nums[n] = time;
		nums[n + 1] = port;
		nums[n + 2] = clientTime;
		nums[n + 3] = vm;
		nums[n + 4] = licensingStatus;
		nums[n + 5] = timeToExpiration;
		nums[n + 6] = nPolicy;
		nums[n + 7] = count;
		nums[n + 8] = activationInterval;
		nums[n + 9] = renewalInterval;
		const k = (row & CHUNK_MASK) * STRS;
		const strs = chunk.strs;
		strs[k] = client;
		strs[k + 1] = host ?? '';
		strs[k + 2] = hresult;
		strs[k + 3] = target;
		strs[k + 4] = cmid;
		strs[k + 5] = productId;
		strs[k + 6] = lookup ?? undefined;
	}

	/** Adds a simulator note (counted separately). Positional, like `addRequest`; absent fields are left out of the entry. */
	addNote(
		time: Minutes,
		computer: string,
		kind: NoteKind,
		from?: LicenseStatus,
		to?: LicenseStatus,
		result?: ResultCode,
		method?: ActivationMethod,
		detail?: string,
		lookup?: string
	): void {
		if (this.limit === 0) return;
		const row = this.nextRow(NOTE, 1);
		const chunk = this.chunkOf(row);
		const n = (row & CHUNK_MASK) * NUMS;
		chunk.nums[n] = time;
		chunk.nums[n + 1] = from ?? NO_STATUS;
		chunk.nums[n + 2] = to ?? NO_STATUS;
		const k = (row & CHUNK_MASK) * STRS;
		const strs = chunk.strs;
		strs[k] = computer;
		strs[k + 1] = kind;
		strs[k + 2] = result;
		strs[k + 3] = method;
		strs[k + 4] = detail;
		// Written even when absent: a reused chunk still holds an older row's strings.
		strs[k + 5] = lookup;
	}

	/** Claims the row after the newest (adding a chunk when needed, then dropping old rows in batches). */
	private nextRow(kind: number, entries: number, trim = true): number {
		const row = this.end++;
		if (row >> CHUNK_SHIFT === this.chunks.length) this.chunks.push(this.spare.pop() ?? newChunk());
		// A chunk comes new or from the spares, where it was cleared: its `objects` and `built` are empty.
		this.chunkOf(row).kinds[row & CHUNK_MASK] = kind;
		this.held += entries;
		if (trim && this.held > this.limit + (this.limit >> 2)) this.trim();
		// Trimming may have renumbered the rows (a chunk left the front); the new row is the newest.
		return this.end - 1;
	}

	private entriesIn(row: number): number {
		return this.chunkOf(row).kinds[row & CHUNK_MASK] === ANSWERED ? 3 : 1;
	}

	/** Drops the oldest rows while at least `limit` entries remain; a chunk left empty goes to the spares. */
	private trim(): void {
		while (this.first < this.end) {
			const size = this.entriesIn(this.first);
			if (this.held - size < this.limit) break;
			this.held -= size;
			this.droppedEntries += size;
			this.first++;
			if (this.first === CHUNK_ROWS) {
				const spare = this.chunks.shift() as Chunk;
				if (spare.dirty) {
					spare.objects.fill(undefined);
					spare.built.fill(undefined);
					spare.dirty = false;
				}
				this.spare.push(spare);
				this.first -= CHUNK_ROWS;
				this.end -= CHUNK_ROWS;
			}
		}
	}

	/**
	 * The KMS contacts logged after `from`, oldest first: each request, and each SRV lookup that
	 * found no host (so sent none). Reads the rows, builds no entries; rows loaded from a saved log
	 * are entries and hold no contacts.
	 */
	contactsAfter(from: Minutes): LogContact[] {
		let row = this.end;
		while (row > this.first && rowTimeAt(this.chunkOf(row - 1), (row - 1) & CHUNK_MASK) > from)
			row--;
		const out: LogContact[] = [];
		for (; row < this.end; row++) {
			const contact = contactAt(this.chunkOf(row), row & CHUNK_MASK);
			if (contact !== null) out.push(contact);
		}
		return out;
	}

	/** Every entry held (up to a quarter more than `limit`, not yet trimmed), oldest first. */
	private all(): LogEntry[] {
		const out: LogEntry[] = [];
		for (let row = this.first; row < this.end; row++) {
			const chunk = this.chunkOf(row);
			if (chunk.kinds[row & CHUNK_MASK] === ENTRY)
				out.push(chunk.objects[row & CHUNK_MASK] as LogEntry);
			else for (const e of rowEntriesAt(chunk, row & CHUNK_MASK)) out.push(e);
		}
		return out;
	}

	/** The newest `limit` entries, oldest first. */
	entries(): LogEntry[] {
		const all = this.all();
		return all.length > this.limit ? all.slice(all.length - this.limit) : all;
	}

	/** Totals per event ID since the start, and how many entries were dropped by the cap. */
	summary(): { totals: LogTotals; dropped: number } {
		return {
			totals: { ...this.totals },
			dropped: this.droppedEntries + Math.max(0, this.held - this.limit),
		};
	}

	toSaved(): SavedLog {
		return {
			limit: this.limit,
			entries: this.all(),
			dropped: this.droppedEntries,
			totals: { ...this.totals },
		};
	}

	static fromSaved(saved: SavedLog): EventLog {
		const log = new EventLog(saved.limit);
		// Not trimmed on the way in: the saved log held these entries under the same limit.
		if (log.limit > 0)
			for (const entry of saved.entries) {
				const row = log.nextRow(ENTRY, 1, false);
				const chunk = log.chunkOf(row);
				chunk.objects[row & CHUNK_MASK] = entry;
				chunk.dirty = true;
			}
		log.droppedEntries = saved.dropped;
		// Logs saved before 12294 was logged have no total for it.
		log.totals = { ...emptyTotals(), ...saved.totals };
		return log;
	}
}
