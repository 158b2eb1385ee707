import { SUCCESS, type ActivationMethod, type LicenseStatus, type LogEntry, type LogEntryId, type Minutes, type NoteKind, type ResultCode, type SimNote } from './types.ts';

/**
 * Entries logged since the start, per event ID (kept even when the log drops old entries).
 * Keys are `e12288`… rather than "12288" because integer-like keys make slow objects.
 */
export interface LogTotals {
	e12288: number;
	e12289: number;
	e12290: number;
	e12293: number;
	note: number;
}

export function emptyTotals(): LogTotals {
	return { e12288: 0, e12289: 0, e12290: 0, e12293: 0, note: 0 };
}

/** The log as a snapshot stores it: plain entries, so saved states do not depend on this file's records. */
export interface SavedLog {
	limit: number;
	entries: LogEntry[];
	dropped: number;
	totals: LogTotals;
}

// Record kinds in the ring.
const ENTRY = 0; // a LogEntry object (12293, entries loaded from a snapshot)
const UNANSWERED = 1; // a request no host answered: 12288 only
const ANSWERED = 2; // a request a host answered: 12288, 12290, 12289
const NOTE = 3; // a simulator note (numbers: time, from, to; strings: computer, kind, result, method, detail)

// Column layout of one request record.
const NUMS = 10; // time, port, clientTime, vm, licensingStatus, timeToExpiration, nPolicy, count, activationInterval, renewalInterval
const STRS = 6; // client, host, hresult, target, cmid, actId
/** A note's `from`/`to` when it has none. */
const NO_STATUS = -1;

/**
 * The simulation's event log: totals per event ID since the start, and the newest `limit`
 * entries (0 = totals only).
 *
 * A KMS request stands for the events Windows logs for it: 12288 on the client and, when a host
 * answered, 12290 on the host and 12289 on the client. The log keeps each request as one row of
 * a ring of columns (numbers in a Float64Array, references to strings that already exist) and
 * builds the three entries only when somebody reads them. Simulator notes are rows too. Long runs
 * then allocate almost nothing per request or note: holding 100,000 small objects had made
 * logged runs about half as fast as unlogged ones, mostly in the garbage collector.
 */
export class EventLog {
	readonly limit: number;
	private capacity = 0;
	private head = 0;
	private size = 0;
	private kinds = new Uint8Array(0);
	private nums = new Float64Array(0);
	private strs: (string | undefined)[] = [];
	private objects: (LogEntry | undefined)[] = [];
	/** Entries built for a row, kept for the next read. */
	private built: (LogEntry[] | undefined)[] = [];
	/** Entries the rows stand for. */
	private held = 0;
	private droppedEntries = 0;
	private totals: LogTotals = emptyTotals();

	constructor(limit: number) {
		this.limit = limit;
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
			default:
				t.note++;
		}
	}

	/** Adds an entry (counted separately with `count`). Does nothing when only totals are kept. */
	add(entry: LogEntry): void {
		if (this.limit === 0) return;
		const slot = this.nextSlot(ENTRY, 1);
		this.objects[slot] = entry;
	}

	/** Adds one KMS request (counted separately). Positional, so logging a request allocates nothing. */
	addRequest(time: Minutes, client: string, host: string | null, hresult: ResultCode, target: string, port: number, cmid: string, clientTime: Minutes, vm: 0 | 1, licensingStatus: LicenseStatus, timeToExpiration: number, actId: string, nPolicy: number, count: number, activationInterval: Minutes, renewalInterval: Minutes): void {
		if (this.limit === 0) return;
		const slot = this.nextSlot(host === null ? UNANSWERED : ANSWERED, host === null ? 1 : 3);
		const n = slot * NUMS;
		const nums = this.nums;
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
		const k = slot * STRS;
		const strs = this.strs;
		strs[k] = client;
		strs[k + 1] = host ?? '';
		strs[k + 2] = hresult;
		strs[k + 3] = target;
		strs[k + 4] = cmid;
		strs[k + 5] = actId;
	}

	/** Adds a simulator note (counted separately). Positional, like `addRequest`; absent fields are left out of the entry. */
	addNote(time: Minutes, computer: string, kind: NoteKind, from?: LicenseStatus, to?: LicenseStatus, result?: ResultCode, method?: ActivationMethod, detail?: string): void {
		if (this.limit === 0) return;
		const slot = this.nextSlot(NOTE, 1);
		const n = slot * NUMS;
		this.nums[n] = time;
		this.nums[n + 1] = from ?? NO_STATUS;
		this.nums[n + 2] = to ?? NO_STATUS;
		const k = slot * STRS;
		const strs = this.strs;
		strs[k] = computer;
		strs[k + 1] = kind;
		strs[k + 2] = result;
		strs[k + 3] = method;
		strs[k + 4] = detail;
	}

	/** Claims the slot after the newest row (growing the ring, then trimming old rows in batches). */
	private nextSlot(kind: number, entries: number, trim = true): number {
		if (this.size === this.capacity) this.grow();
		const slot = (this.head + this.size) % this.capacity;
		this.size++;
		this.kinds[slot] = kind;
		this.objects[slot] = undefined;
		this.built[slot] = undefined;
		this.held += entries;
		if (trim && this.held > this.limit + (this.limit >> 2)) this.trim();
		return slot;
	}

	private entriesIn(slot: number): number {
		return this.kinds[slot] === ANSWERED ? 3 : 1;
	}

	/** Drops the oldest rows while at least `limit` entries remain. */
	private trim(): void {
		while (this.size > 0) {
			const size = this.entriesIn(this.head);
			if (this.held - size < this.limit) break;
			this.objects[this.head] = undefined;
			this.built[this.head] = undefined;
			this.held -= size;
			this.droppedEntries += size;
			this.head = (this.head + 1) % this.capacity;
			this.size--;
		}
	}

	/** Doubles the ring, oldest row first. Bulk copies: growing row by row cost more than logging the rows. */
	private grow(): void {
		const capacity = Math.max(1024, this.capacity * 2);
		// Rows from head to the end of the old ring come first, then the rows that wrapped to its start.
		const first = this.capacity - this.head;
		const kinds = new Uint8Array(capacity);
		kinds.set(this.kinds.subarray(this.head));
		kinds.set(this.kinds.subarray(0, this.head), first);
		const nums = new Float64Array(capacity * NUMS);
		nums.set(this.nums.subarray(this.head * NUMS));
		nums.set(this.nums.subarray(0, this.head * NUMS), first * NUMS);
		this.kinds = kinds;
		this.nums = nums;
		this.strs = unwrap(this.strs, this.head * STRS, capacity * STRS);
		this.objects = unwrap(this.objects, this.head, capacity);
		this.built = unwrap(this.built, this.head, capacity);
		this.capacity = capacity;
		this.head = 0;
	}

	/** The note a NOTE row stands for (fields in the order notes have always had). */
	private noteEntry(slot: number): SimNote {
		const n = slot * NUMS;
		const k = slot * STRS;
		const strs = this.strs;
		const note: SimNote = { id: 'note', time: this.nums[n] as number, computer: strs[k] as string, kind: strs[k + 1] as NoteKind };
		const from = this.nums[n + 1] as number;
		const to = this.nums[n + 2] as number;
		const result = strs[k + 2] as ResultCode | undefined;
		const method = strs[k + 3] as ActivationMethod | undefined;
		const detail = strs[k + 4];
		if (from !== NO_STATUS) note.from = from as LicenseStatus;
		if (to !== NO_STATUS) note.to = to as LicenseStatus;
		if (method !== undefined) note.method = method;
		if (result !== undefined) note.result = result;
		if (detail !== undefined) note.detail = detail;
		return note;
	}

	/** The entries of one request or note row, built on first read. */
	private rowEntries(slot: number): readonly LogEntry[] {
		const kind = this.kinds[slot];
		const cached = this.built[slot];
		if (cached !== undefined) return cached;
		if (kind === NOTE) {
			const note = [this.noteEntry(slot)];
			this.built[slot] = note;
			return note;
		}
		const n = slot * NUMS;
		const k = slot * STRS;
		const nums = this.nums;
		const strs = this.strs;
		const time = nums[n] as number;
		const clientTime = nums[n + 2] as number;
		const vm = nums[n + 3] as 0 | 1;
		const licensingStatus = nums[n + 4] as LicenseStatus;
		const timeToExpiration = nums[n + 5] as number;
		const nPolicy = nums[n + 6] as number;
		const client = strs[k] as string;
		const hresult = strs[k + 2] as ResultCode;
		const cmid = strs[k + 4] as string;
		const actId = strs[k + 5] as string;
		const out: LogEntry[] = [{ id: 12288, time, computer: client, hresult, statusFlags: 0, server: `${strs[k + 3]}:${nums[n + 1]}`, cmid, clientTime, vm, licensingStatus, timeToExpiration, actId, nPolicy }];
		if (kind === ANSWERED) {
			out.push(
				{ id: 12290, time, computer: strs[k + 1] as string, hresult, nPolicy, clientName: client, cmid, clientTime, vm, licensingStatus, timeToExpiration, actId },
				{ id: 12289, time, computer: client, hresult, statusFlags: 0, activated: hresult === SUCCESS ? 1 : 0, count: nums[n + 7] as number, activationInterval: nums[n + 8] as number, renewalInterval: nums[n + 9] as number, clientTime },
			);
		}
		this.built[slot] = out;
		return out;
	}

	/** Every entry held (up to a quarter more than `limit`, not yet trimmed), oldest first. */
	private all(): LogEntry[] {
		const out: LogEntry[] = [];
		for (let i = 0; i < this.size; i++) {
			const slot = (this.head + i) % this.capacity;
			if (this.kinds[slot] === ENTRY) out.push(this.objects[slot] as LogEntry);
			else for (const e of this.rowEntries(slot)) out.push(e);
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
		return { totals: { ...this.totals }, dropped: this.droppedEntries + Math.max(0, this.held - this.limit) };
	}

	toSaved(): SavedLog {
		return { limit: this.limit, entries: this.all(), dropped: this.droppedEntries, totals: { ...this.totals } };
	}

	static fromSaved(saved: SavedLog): EventLog {
		const log = new EventLog(saved.limit);
		// Not trimmed on the way in: the saved log held these entries under the same limit.
		if (log.limit > 0)
			for (const entry of saved.entries) {
				const slot = log.nextSlot(ENTRY, 1, false);
				log.objects[slot] = entry;
			}
		log.droppedEntries = saved.dropped;
		log.totals = { ...saved.totals };
		return log;
	}
}

/** A full ring's array starting at `start`, copied oldest first into a new array of `length` (the rest undefined). */
function unwrap<T>(ring: readonly (T | undefined)[], start: number, length: number): (T | undefined)[] {
	const out = new Array<T | undefined>(length).fill(undefined);
	let j = 0;
	for (let i = start; i < ring.length; i++) out[j++] = ring[i];
	for (let i = 0; i < start; i++) out[j++] = ring[i];
	return out;
}
