import { MINUTES_PER_DAY, MINUTES_PER_HOUR } from '../data/timers.ts';

/** Locale of the lab's UI. */
export type LabLocale = 'ja' | 'en';

/** Fills `{name}` placeholders. Values are plain text (the UI renders them as text, never HTML). */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole
	);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: LabLocale, withTime: boolean): Intl.DateTimeFormat {
	const key = `${locale}:${withTime}`;
	let f = dateFormats.get(key);
	if (f === undefined) {
		f = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
			year: 'numeric',
			month: locale === 'ja' ? 'long' : 'short',
			day: 'numeric',
			...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
			timeZone: 'UTC',
		});
		dateFormats.set(key, f);
	}
	return f;
}

/** Calendar date (and time) of a simulated minute, in UTC so the day never shifts with the reader's zone. */
export function formatSimDate(
	locale: LabLocale,
	startDate: string,
	minutes: number,
	withTime = true
): string {
	const ms = Date.parse(startDate) + minutes * 60_000;
	if (!Number.isFinite(ms)) return '';
	return dateFormat(locale, withTime).format(new Date(ms));
}

/**
 * "day N": whole days since the scenario's start, so the start is day 0 and "10d" in a scenario
 * is day 10. The clock, the chart, the event log and the guided steps all number days this way.
 */
export function dayOf(minutes: number): number {
	return Math.floor(minutes / MINUTES_PER_DAY);
}

/** A duration in days, hours and minutes: "12 日 3 時間" / "12 d 3 h". */
export function formatSpan(locale: LabLocale, minutes: number): string {
	const sign = minutes < 0 ? '−' : '';
	let rest = Math.round(Math.abs(minutes));
	const d = Math.floor(rest / MINUTES_PER_DAY);
	rest -= d * MINUTES_PER_DAY;
	const h = Math.floor(rest / MINUTES_PER_HOUR);
	const m = rest - h * MINUTES_PER_HOUR;
	const units =
		locale === 'ja' ? { d: ' 日', h: ' 時間', m: ' 分' } : { d: ' d', h: ' h', m: ' min' };
	const parts: string[] = [];
	if (d > 0) parts.push(`${d}${units.d}`);
	if (h > 0 && d < 30) parts.push(`${h}${units.h}`);
	if (m > 0 && d === 0) parts.push(`${m}${units.m}`);
	return sign + (parts.length > 0 ? parts.join(' ') : `0${units.m}`);
}
