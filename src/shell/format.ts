import type { ShellLang } from './messages/index.ts';

/** Every command's output is cut to this many bytes of UTF-8 (the UI and the CLI rely on the bound). */
export const MAX_OUTPUT_BYTES = 64 * 1024;

const encoder = new TextEncoder();

/** UTF-8 length of a string. */
export function utf8Length(text: string): number {
	return encoder.encode(text).length;
}

function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

/**
 * A date and time the way VBScript and PowerShell print it with the default culture: en-US
 * "11/28/2026 9:05:00 AM", ja-JP "2026/11/28 9:05:00". The simulation runs in UTC, so we print UTC
 * fields: every machine in the lab shares one time zone.
 */
export function formatWindowsDateTime(date: Date, lang: ShellLang): string {
	if (Number.isNaN(date.getTime())) return '';
	const y = date.getUTCFullYear();
	const mo = date.getUTCMonth() + 1;
	const d = date.getUTCDate();
	const h = date.getUTCHours();
	const mi = pad2(date.getUTCMinutes());
	const s = pad2(date.getUTCSeconds());
	if (lang === 'ja') return `${y}/${pad2(mo)}/${pad2(d)} ${h}:${mi}:${s}`;
	const h12 = h % 12 === 0 ? 12 : h % 12;
	return `${mo}/${d}/${y} ${h12}:${mi}:${s} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The event-log style "2010/09/29 17:52" used inside KMS event data (Microsoft's sample 12288, see src/shell/commands/events.ts). */
export function formatEventDataTime(date: Date): string {
	if (Number.isNaN(date.getTime())) return '';
	return `${date.getUTCFullYear()}/${pad2(date.getUTCMonth() + 1)}/${pad2(date.getUTCDate())} ${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
}

/** `0x` and eight upper-case hex digits, the way slmgr and the event log print HRESULTs. */
export function hresult(code: number): string {
	return `0x${(code >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

/** Cuts text to MAX_OUTPUT_BYTES of UTF-8, adding a marker line so a reader knows something was dropped. */
export function boundOutput(text: string, marker: string): string {
	// A UTF-16 code unit never takes more than 3 bytes of UTF-8, so short texts need no encoding.
	if (text.length * 3 <= MAX_OUTPUT_BYTES || utf8Length(text) <= MAX_OUTPUT_BYTES) return text;
	const room = MAX_OUTPUT_BYTES - utf8Length(marker) - 2;
	// Largest prefix that fits (binary search over code units), not splitting a surrogate pair.
	let lo = 0;
	let hi = Math.min(text.length, room);
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (encoder.encode(text.slice(0, mid)).length <= room) lo = mid;
		else hi = mid - 1;
	}
	let cut = lo;
	const last = text.charCodeAt(cut - 1);
	if (last >= 0xd800 && last <= 0xdbff) cut--;
	return `${text.slice(0, cut)}\n${marker}\n`;
}

/** Pads a label with dots the way ipconfig does ("Host Name . . . . . : "). */
export function ipconfigLine(label: string, value: string, width: number): string {
	let line = `   ${label}`;
	// ipconfig alternates ". " after the label up to a fixed column.
	let visible = displayWidth(line);
	if (visible % 2 === 0) {
		line += ' ';
		visible++;
	}
	while (visible < width) {
		line += '. ';
		visible += 2;
	}
	return `${line.trimEnd()}: ${value}`;
}

/** Display width in a console: CJK and other wide characters take two cells. */
export function displayWidth(text: string): number {
	let width = 0;
	for (const ch of text) {
		const cp = ch.codePointAt(0) ?? 0;
		width +=
			cp >= 0x1100 &&
			(cp <= 0x115f ||
				(cp >= 0x2e80 && cp <= 0xa4cf) ||
				(cp >= 0xac00 && cp <= 0xd7a3) ||
				(cp >= 0xf900 && cp <= 0xfaff) ||
				(cp >= 0xfe30 && cp <= 0xfe4f) ||
				(cp >= 0xff00 && cp <= 0xff60) ||
				(cp >= 0xffe0 && cp <= 0xffe6) ||
				cp >= 0x20000)
				? 2
				: 1;
	}
	return width;
}

/** Left-aligns "Name : value" pairs the way PowerShell's Format-List does. */
export function formatList(rows: readonly (readonly [string, string])[]): string {
	const width = Math.max(0, ...rows.map(([k]) => k.length));
	return rows.map(([k, v]) => `${k.padEnd(width)} : ${v}`).join('\n');
}
