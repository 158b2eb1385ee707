import type { KmsEventId, SlmgrField } from '../../data/diagnosis.ts';
import type { DataNote } from './dataNotes.ts';
import type { CodeReport, PasteSummary } from './index.ts';
import { MAX_PASTE_CHARS } from './normalize.ts';

/**
 * A paste as the page shows it: its lines cut into segments, each either a run of lines the
 * diagnosis recognised (with what it recognised there) or a plain run it did not read. Built from
 * the line spans the Diagnosis gives (1-based, inclusive), so the page never parses anything itself.
 */

/** Event Info fields the page explains (the names of EVENT_RULES' fields); the rest are not shown. */
export const SHOWN_EVENT_FIELDS = [
	'hresult',
	'server',
	'clientName',
	'count',
	'activated',
	'nPolicy',
	'timeToExpiration',
	'dnsDomain',
] as const;
export type ShownEventField = (typeof SHOWN_EVENT_FIELDS)[number];

export type Mark =
	| { readonly kind: 'field'; readonly field: SlmgrField; readonly value: string }
	| {
			readonly kind: 'event';
			readonly id: KmsEventId;
			readonly fields: readonly { readonly name: ShownEventField; readonly value: string }[];
	  }
	| { readonly kind: 'srv'; readonly target: string | null; readonly port: number | null }
	| { readonly kind: 'dns'; readonly reason: 'nxdomain' | 'timeout' | 'other' }
	| {
			readonly kind: 'tnc';
			readonly host: string | null;
			readonly port: number | null;
			readonly succeeded: boolean | null;
			readonly nameResolutionFailed: boolean;
	  }
	/** A line src/data explains; its words are filed under `dataNoteKey(note)` (dataTexts.ts). */
	| { readonly kind: 'data'; readonly note: DataNote }
	| {
			readonly kind: 'code';
			readonly code: string;
			readonly known: boolean;
			readonly explainedBy: string | null;
	  };

export interface Segment {
	/** First and last line (1-based, inclusive) of the original paste. */
	readonly from: number;
	readonly to: number;
	readonly lines: readonly string[];
	/** What was recognised on these lines, in line order; empty for a plain run. */
	readonly marks: readonly Mark[];
}

interface Span {
	readonly from: number;
	readonly to: number;
	readonly mark: Mark;
}

/** The paste's lines as the diagnosis numbered them: the part it read, split at \r\n, \r and \n. */
export function pasteLines(text: string): string[] {
	const lines = text.slice(0, MAX_PASTE_CHARS).split(/\r\n|\r|\n/);
	while (lines.length > 0 && (lines.at(-1) as string).trim() === '') lines.pop();
	return lines;
}

const isShown = (name: string): name is ShownEventField =>
	(SHOWN_EVENT_FIELDS as readonly string[]).includes(name);

/** The key a note's text is filed under. */
export function dataNoteKey(note: DataNote): string {
	switch (note.kind) {
		case 'event':
			return `event:${note.key}`;
		case 'hostChannel':
			return note.listed ? `hostChannel:${note.channel}` : 'hostChannel:*';
		case 'evaluation':
			return 'evaluation';
		case 'azure':
			return `azure:${note.endpoint}`;
		case 'reason':
			return note.listed ? `reason:${note.code}` : 'reason:*';
	}
}

/** Every recognised thing in one paste, with its lines. */
export function spansOf(summary: PasteSummary, codes: readonly CodeReport[]): Span[] {
	const spans: Span[] = [];
	for (const f of summary.fields)
		spans.push({ from: f.from, to: f.to, mark: { kind: 'field', field: f.field, value: f.value } });
	for (const e of summary.events) {
		const fields = e.fields.flatMap((f) =>
			isShown(f.name) ? [{ name: f.name, value: f.value }] : []
		);
		spans.push({ from: e.from, to: e.to, mark: { kind: 'event', id: e.id, fields } });
	}
	for (const r of summary.srv)
		spans.push({ from: r.from, to: r.to, mark: { kind: 'srv', target: r.target, port: r.port } });
	if (summary.dnsFailure !== null)
		spans.push({
			from: summary.dnsFailure.from,
			to: summary.dnsFailure.to,
			mark: { kind: 'dns', reason: summary.dnsFailure.reason },
		});
	const tnc = summary.tnc;
	if (tnc !== null)
		spans.push({
			from: tnc.from,
			to: tnc.to,
			mark: {
				kind: 'tnc',
				host: tnc.computer,
				port: tnc.port,
				succeeded: tnc.tcpSucceeded,
				nameResolutionFailed: tnc.nameResolutionFailed,
			},
		});
	for (const note of summary.dataNotes)
		spans.push({ from: note.from, to: note.to, mark: { kind: 'data', note } });
	for (const c of codes) {
		const seen = new Set<number>();
		for (const h of c.hits) {
			if (h.paste !== summary.paste || seen.has(h.from)) continue;
			seen.add(h.from);
			spans.push({
				from: h.from,
				to: h.to,
				mark: { kind: 'code', code: c.code, known: c.known, explainedBy: c.explainedBy },
			});
		}
	}
	return spans;
}

/**
 * Cuts `lines` into segments: overlapping or touching-by-line spans merge into one recognised
 * segment (an event and the code on its Info line), and the lines between them are plain runs.
 * Spans outside the lines are clamped or dropped.
 */
export function segmentLines(lines: readonly string[], spans: readonly Span[]): Segment[] {
	const n = lines.length;
	const sorted = spans
		.map((s) => ({ from: Math.max(1, s.from), to: Math.min(n, s.to), mark: s.mark }))
		.filter((s) => s.from <= s.to)
		.sort((a, b) => a.from - b.from || a.to - b.to);
	const groups: { from: number; to: number; marks: Mark[] }[] = [];
	for (const s of sorted) {
		const last = groups.at(-1);
		if (last !== undefined && s.from <= last.to) {
			last.to = Math.max(last.to, s.to);
			last.marks.push(s.mark);
		} else groups.push({ from: s.from, to: s.to, marks: [s.mark] });
	}
	const out: Segment[] = [];
	const slice = (from: number, to: number): string[] => lines.slice(from - 1, to);
	let next = 1;
	for (const g of groups) {
		if (next < g.from)
			out.push({ from: next, to: g.from - 1, lines: slice(next, g.from - 1), marks: [] });
		out.push({ from: g.from, to: g.to, lines: slice(g.from, g.to), marks: g.marks });
		next = g.to + 1;
	}
	if (next <= n) out.push({ from: next, to: n, lines: slice(next, n), marks: [] });
	return out;
}

/** One paste, annotated: its text cut into recognised and plain segments. */
export function annotatePaste(
	text: string,
	summary: PasteSummary,
	codes: readonly CodeReport[]
): Segment[] {
	return segmentLines(pasteLines(text), spansOf(summary, codes));
}

/** The segment that holds `line`, so a piece of evidence can link to where it is shown. */
export function segmentAt(segments: readonly Segment[], line: number): Segment | undefined {
	return segments.find((s) => s.from <= line && line <= s.to);
}
