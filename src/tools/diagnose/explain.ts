import {
	ACTIVATION_VALIDITY_MINUTES,
	CLIENT_ACTIVATION_THRESHOLD,
	COUNT_WINDOW_MINUTES,
	DEFAULT_ACTIVATION_INTERVAL,
	DEFAULT_KMS_PORT,
	DEFAULT_RENEWAL_INTERVAL,
	MAX_CLOCK_SKEW_MINUTES,
	MINUTES_PER_DAY,
	MINUTES_PER_HOUR,
	SERVER_ACTIVATION_THRESHOLD,
} from '../../data/timers.ts';
import { fillWords, type DiagnoseWords } from '../../i18n/diagnose/index.ts';
import { dataNoteKey, type Mark } from './annotate.ts';
import type { Evidence, MachineSummary } from './index.ts';
import { channelOf, licenseStatusOf } from './situation.ts';

/**
 * The page's sentences about a diagnosis, in the one language whose words it was given: the note
 * beside each recognised line, and the rows that sum up each machine. Plain functions of data and
 * words, so the island only lays them out.
 */

/** The words a page needs: everything but the CLI's. */
export type PageWords = Omit<DiagnoseWords, 'cli'>;

/** What the page knows of error codes, in its language: the meaning of each documented code. */
export type Meaning = (code: string) => string | undefined;

export interface Note {
	readonly text: string;
	/** Labelled values (an event's Info fields). */
	readonly details: readonly { readonly label: string; readonly value: string }[];
}

/** The numbers the notes may name, from timers.ts. */
const NUMBERS = {
	client: CLIENT_ACTIVATION_THRESHOLD,
	server: SERVER_ACTIVATION_THRESHOLD,
	window: COUNT_WINDOW_MINUTES / MINUTES_PER_DAY,
	activation: DEFAULT_ACTIVATION_INTERVAL,
	renewal: DEFAULT_RENEWAL_INTERVAL,
	renewalDays: DEFAULT_RENEWAL_INTERVAL / MINUTES_PER_DAY,
	validity: ACTIVATION_VALIDITY_MINUTES / MINUTES_PER_DAY,
	skew: MAX_CLOCK_SKEW_MINUTES / MINUTES_PER_HOUR,
	port: DEFAULT_KMS_PORT,
} as const;

function codeNote(
	words: PageWords,
	meaning: Meaning,
	mark: Extract<Mark, { kind: 'code' }>
): string {
	const text = meaning(mark.code);
	const base =
		text !== undefined
			? fillWords(words.notes.code, { code: mark.code, meaning: text })
			: mark.known
				? mark.code
				: fillWords(words.notes.codeUnknown, { code: mark.code });
	return mark.explainedBy === null
		? base
		: `${base} (${fillWords(words.report.explainedBy, { cause: mark.explainedBy })})`;
}

function fieldNote(words: PageWords, mark: Extract<Mark, { kind: 'field' }>): string {
	const template = words.notes.fields[mark.field];
	const channel =
		mark.field === 'description'
			? channelOf(mark.value, null)
			: mark.field === 'productKeyChannel'
				? channelOf(null, mark.value)
				: null;
	const status = mark.field === 'licenseStatus' ? licenseStatusOf(mark.value) : null;
	return fillWords(template, {
		...NUMBERS,
		value: mark.value,
		channel: channel === null ? mark.value : words.channels[channel],
		status: status === null ? mark.value : words.notes.status[status],
	});
}

/** What the site's data says about a line (dataTexts.ts), by `dataNoteKey`. */
export type DataText = (key: string) => string | undefined;

function dataNote(
	words: PageWords,
	meaning: Meaning,
	dataText: DataText,
	mark: Extract<Mark, { kind: 'data' }>
): Note {
	const n = mark.note;
	const text = dataText(dataNoteKey(n)) ?? '';
	const head =
		n.kind === 'event'
			? fillWords(words.notes.dataEvent, { id: n.id })
			: n.kind === 'hostChannel' || n.kind === 'evaluation'
				? n.channel
				: n.kind === 'azure'
					? n.host
					: n.code;
	const details =
		n.kind === 'event' && n.hr !== null
			? [
					{
						label: 'hr',
						value: codeNote(words, meaning, {
							kind: 'code',
							code: n.hr,
							known: meaning(n.hr) !== undefined,
							explainedBy: null,
						}),
					},
				]
			: [];
	return { text: text === '' ? head : `${head}: ${text}`, details };
}

/** What the page says beside a recognised line. */
export function markNote(
	mark: Mark,
	words: PageWords,
	meaning: Meaning,
	dataText: DataText = () => undefined
): Note {
	const n = words.notes;
	switch (mark.kind) {
		case 'field':
			return { text: fieldNote(words, mark), details: [] };
		case 'event':
			return {
				text: n.events[mark.id],
				details: mark.fields.map((f) => ({ label: n.eventFields[f.name], value: f.value })),
			};
		case 'srv':
			return {
				text: fillWords(n.srv, { target: mark.target ?? '?', port: mark.port ?? '?' }),
				details: [],
			};
		case 'dns':
			return { text: n.dnsFailure[mark.reason], details: [] };
		case 'tnc': {
			const values = { host: mark.host ?? '?', port: mark.port ?? NUMBERS.port };
			const template = mark.nameResolutionFailed
				? n.nameResolution
				: mark.succeeded === true
					? n.tncSucceeded
					: mark.succeeded === false
						? n.tncFailed
						: n.tncUnknown;
			return { text: fillWords(template, values), details: [] };
		}
		case 'code':
			return { text: codeNote(words, meaning, mark), details: [] };
		case 'data':
			return dataNote(words, meaning, dataText, mark);
	}
}

export interface Row {
	readonly label: string;
	readonly value: string;
	/** A sentence that says what the value means, when there is one. */
	readonly note?: string;
}

/** The situation of one machine: channel, license state and time left, KMS host, last result, count, threshold. */
export function machineRows(m: MachineSummary, words: PageWords, meaning: Meaning): Row[] {
	const p = words.page;
	const rows: Row[] = [];
	if (m.product !== null) rows.push({ label: p.product, value: m.product.value });
	if (m.channel !== null) rows.push({ label: p.channel, value: words.channels[m.channel.value] });
	if (m.licenseStatus !== null)
		rows.push({ label: p.licenseStatus, value: words.notes.status[m.licenseStatus.value] });
	if (m.minutesLeft !== null && m.minutesLeft.value > 0)
		rows.push({
			label: p.timeLeft,
			value: fillWords(p.minutes, {
				minutes: m.minutesLeft.value,
				days: Math.round(m.minutesLeft.value / MINUTES_PER_DAY),
			}),
		});
	if (m.kmsHost !== null) {
		const h = m.kmsHost.value;
		rows.push({
			label: p.kmsHost,
			value: `${h.name}${h.port === null ? '' : `:${h.port}`} (${words.via[h.via]})`,
		});
	}
	if (m.lastResult !== null) {
		const r = m.lastResult.result;
		const value = r === 'success' ? words.report.success : r === 'failed' ? p.failed : r;
		const note = /^0x/.test(r) ? meaning(r) : undefined;
		rows.push({ label: p.lastResult, value, ...(note === undefined ? {} : { note }) });
	}
	const count = m.host?.count ?? m.reportedCount;
	if (count !== null && count !== undefined)
		rows.push({
			label: p.count,
			value: String(count.value),
			note: fillWords(p.countNeeds, NUMBERS),
		});
	if (m.threshold !== null && m.role === 'client')
		rows.push({
			label: p.threshold,
			value: `${m.threshold.value} (${p.thresholdFrom[m.threshold.from]})`,
		});
	return rows;
}

/** Where lines are: "lines 5–15", or "line 15" for one line. */
export function linesText(words: PageWords, from: number, to: number): string {
	return from === to
		? fillWords(words.page.line, { from })
		: fillWords(words.report.lines, { from, to });
}

/** Where evidence is: "paste 1, lines 5–15" (paste numbered from 1). */
export function whereText(words: PageWords, paste: number, from: number, to: number): string {
	return fillWords(from === to ? words.page.whereLine : words.page.where, {
		n: paste + 1,
		from,
		to,
	});
}

/** One piece of evidence as the page names it: "current count 3". */
export function evidenceText(e: Evidence, words: PageWords): string {
	return e.value === undefined || e.value === ''
		? words.evidence[e.kind]
		: `${words.evidence[e.kind]} ${String(e.value)}`;
}
