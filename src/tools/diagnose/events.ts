import {
	EVENT_ID_LABELS,
	EVENT_INFO_LABELS,
	EVENT_RULES,
	type EventRule,
	type KmsEventId,
} from '../../data/diagnosis.ts';
import { codesInLine, formatHresult } from './codes.ts';
import { squash, type Line } from './normalize.ts';

/**
 * Events 12288, 12289, 12290, 12293 and 12294 in the forms people copy them: Event Viewer's text
 * (General tab or "Copy details"), `wevtutil qe … /f:text`, `Get-WinEvent | Format-List`, XML
 * (`wevtutil` without /f:text, the Details tab), the table view, or just the Info line on its own.
 */

export type EventForm = 'text' | 'xml' | 'table' | 'info';

export interface KmsEvent {
	readonly id: KmsEventId;
	/** Info fields by name (src/data/events.ts), as printed; empty when the form shows no Info. */
	readonly fields: ReadonlyMap<string, string>;
	/** The first field as a code (`0x…`), when it is an HRESULT. */
	readonly hresult: string | null;
	readonly form: EventForm;
	readonly from: number;
	readonly to: number;
}

const RULES: ReadonlyMap<KmsEventId, EventRule> = new Map(EVENT_RULES.map((r) => [r.id, r]));
const ID_LABELS: ReadonlySet<string> = new Set(EVENT_ID_LABELS.map(squash));
const INFO_LABELS: ReadonlySet<string> = new Set(EVENT_INFO_LABELS.map(squash));
const IDS: ReadonlySet<number> = new Set(EVENT_RULES.map((r) => r.id));

function isEventId(n: number): n is KmsEventId {
	return IDS.has(n);
}

/** "Message      : The client has…" and "Description: …": the label in front of the message goes. */
function messageText(text: string): string {
	return text.replace(/^\s*(?:message|description|説明|メッセージ)\s*:\s*/i, '').trim();
}

function messageId(text: string): KmsEventId | undefined {
	// Every message starts with a word of four letters or more ("The", "An" and "Publishing" lines all hold one).
	if (text.length < 20 || !/[A-Za-z]{4}|[\u30a0-\u30ff]{2}/.test(text)) return undefined;
	const t = messageText(text);
	for (const rule of EVENT_RULES) if (rule.message.some((re) => re.test(t))) return rule.id;
	return undefined;
}

/** `Event ID: 12288`, `Id : 12288`, `イベント ID: 12288`. */
function idAnchor(text: string): number | undefined {
	if (text.length > 60 || !/\d{4}/.test(text)) return undefined;
	const m = /^\s*([^:]{1,20}?)\s*:\s*(\d{4,6})\s*$/.exec(text);
	if (m === null || !ID_LABELS.has(squash(m[1] as string))) return undefined;
	return Number(m[2]);
}

/** `Info:` with the values on the same line or the next. */
function infoLabel(text: string): string | undefined {
	if (!/^\s*(?:info|情報)/i.test(text)) return undefined;
	const m = /^\s*([^\s:]{1,6})\s*:?\s*(.*)$/.exec(text);
	if (m === null || !INFO_LABELS.has(squash(m[1] as string))) return undefined;
	return (m[2] as string).trim();
}

export function startsEventRecord(text: string): boolean {
	return (
		idAnchor(text) !== undefined ||
		messageId(text) !== undefined ||
		infoLabel(text) !== undefined ||
		text.includes('<Event')
	);
}

const HEX_FIELD = /^0x[0-9a-f]{1,8}$/i;
const INT = /^\d{1,9}$/;

/** Which event an Info line on its own belongs to, by its shape (field count and kinds). */
function idByShape(parts: readonly string[]): KmsEventId | undefined {
	if (!HEX_FIELD.test(parts[0] ?? '')) return undefined;
	if (parts.length === 10 && INT.test(parts[9] ?? '') && INT.test(parts[6] ?? '')) return 12288;
	if (
		parts.length === 8 &&
		/^[01]$/.test(parts[2] ?? '') &&
		INT.test(parts[4] ?? '') &&
		INT.test(parts[6] ?? '')
	)
		return 12289;
	if (parts.length === 9 && INT.test(parts[1] ?? '') && INT.test(parts[6] ?? '')) return 12290;
	return undefined;
}

function splitInfo(csv: string): string[] {
	return csv
		.split(',')
		.map((p) => p.trim())
		.filter((p, i, all) => p !== '' || i < all.length - 1);
}

function build(
	id: KmsEventId,
	parts: readonly string[],
	form: EventForm,
	from: number,
	to: number
): KmsEvent {
	const names = RULES.get(id)?.fields ?? [];
	const fields = new Map<string, string>();
	names.forEach((name, i) => {
		const v = parts[i];
		if (v !== undefined && v !== '') fields.set(name, v);
	});
	const first = parts[0] ?? '';
	const hresult = HEX_FIELD.test(first)
		? formatHresult(Number.parseInt(first.slice(2), 16))
		: (codesInLine(first)[0]?.code ?? null);
	return { id, fields, hresult, form, from, to };
}

const XML_EVENT = /<EventID[^>]{0,80}>\s*(\d{4,6})\s*<\/EventID>/i;
const XML_DATA = /<Data(?:\s[^>]{0,200})?>([^<]{0,400})<\/Data>/gi;
const TABLE_ROW = /\s(1228[89]|12290|1229[34])\s+(?:Information|Warning|Error|情報|警告|エラー)\s/;

/** Events in one `<Event …>…</Event>` chunk of XML. */
function xmlEvents(text: string, line: Line): KmsEvent[] {
	const out: KmsEvent[] = [];
	for (const chunk of text.split(/<Event[\s>]/).slice(1)) {
		const m = XML_EVENT.exec(chunk);
		if (m === null) continue;
		const id = Number(m[1]);
		if (!isEventId(id)) continue;
		const data = [...chunk.matchAll(XML_DATA)].map((d) => (d[1] as string).trim());
		// One <Data> holding the whole Info line, or one per field.
		const parts = data.length === 1 ? splitInfo(data[0] as string) : data;
		out.push(build(id, parts, 'xml', line.from, line.to));
	}
	return out;
}

export function parseEvents(lines: readonly Line[]): KmsEvent[] {
	const events: KmsEvent[] = [];
	let pending: { id: KmsEventId | undefined; from: number; wantsInfo: boolean } | undefined;
	const emit = (
		id: KmsEventId,
		parts: string[],
		form: EventForm,
		from: number,
		to: number
	): void => {
		events.push(build(id, parts, form, from, to));
		pending = undefined;
	};
	for (const line of lines) {
		const text = line.text;
		if (line.command !== undefined) {
			pending = undefined;
			continue;
		}
		if (text.includes('<EventID')) {
			events.push(...xmlEvents(text, line));
			pending = undefined;
			continue;
		}
		const row = text.includes('122') ? TABLE_ROW.exec(` ${text} `) : null;
		// PowerShell's table view cuts the message to the window, so the ID and level are what counts.
		if (row !== null) {
			emit(Number(row[1]) as KmsEventId, [], 'table', line.from, line.to);
			continue;
		}
		const anchor = idAnchor(text);
		if (anchor !== undefined) {
			pending = isEventId(anchor) ? { id: anchor, from: line.from, wantsInfo: false } : undefined;
			continue;
		}
		const byMessage = messageId(text);
		if (byMessage !== undefined) {
			// A message with no Event ID line before it (Format-List, a bare copy), or the one the ID announced.
			pending = {
				id: pending?.id ?? byMessage,
				from: pending?.from ?? line.from,
				wantsInfo: false,
			};
			if (byMessage === 12294) emit(12294, [], 'text', pending.from, line.to);
			continue;
		}
		const info = infoLabel(text);
		if (info !== undefined && pending !== undefined) {
			if (info === '') pending.wantsInfo = true;
			else emit(pending.id ?? 12288, splitInfo(info), 'text', pending.from, line.to);
			continue;
		}
		// Only an announced Info line, or one shaped like 12288/12289/12290 (8–10 fields, 0x first), is split.
		const wanted = pending?.wantsInfo === true;
		const commas = wanted || /^\s*0x/i.test(text) ? text.split(',').length - 1 : 0;
		const parts =
			commas > 0 && (wanted || (commas >= 7 && commas <= 9))
				? splitInfo(text)
				: wanted && HEX_FIELD.test(text.trim())
					? [text.trim()]
					: [];
		if (parts.length === 0) continue;
		if (pending?.wantsInfo === true && pending.id !== undefined) {
			emit(pending.id, parts, 'text', pending.from, line.to);
			continue;
		}
		const shaped = idByShape(parts);
		if (shaped !== undefined)
			emit(
				shaped,
				parts,
				pending?.id === shaped ? 'text' : 'info',
				pending?.id === shaped ? pending.from : line.from,
				line.to
			);
	}
	return events;
}
