import { MINUTES_PER_DAY, MINUTES_PER_HOUR } from '../data/timers.ts';

/**
 * Durations in scenarios and on the CLI are written like "30d", "36h", "90m", "1d12h" or "-5h".
 * Internally everything is simulated minutes.
 */
const DURATION = /^(-)?((?:\d+(?:\.\d+)?[dhm])+)$/;
const PART = /(\d+(?:\.\d+)?)([dhm])/g;

/** Parses a duration into minutes, or returns undefined if the text is not a duration. */
export function parseDuration(text: string): number | undefined {
	const m = DURATION.exec(text.trim());
	if (!m) return undefined;
	let total = 0;
	for (const part of (m[2] ?? '').matchAll(PART)) {
		const value = Number(part[1]);
		const unit = part[2];
		total +=
			unit === 'd' ? value * MINUTES_PER_DAY : unit === 'h' ? value * MINUTES_PER_HOUR : value;
	}
	return m[1] ? -total : total;
}

/** Writes minutes as a short duration, e.g. 2190 → "1d12h30m". */
export function formatDuration(minutes: number): string {
	if (minutes === 0) return '0m';
	const sign = minutes < 0 ? '-' : '';
	let rest = Math.abs(Math.round(minutes));
	const d = Math.floor(rest / MINUTES_PER_DAY);
	rest -= d * MINUTES_PER_DAY;
	const h = Math.floor(rest / MINUTES_PER_HOUR);
	const m = rest - h * MINUTES_PER_HOUR;
	return sign + (d ? `${d}d` : '') + (h ? `${h}h` : '') + (m ? `${m}m` : '');
}

/** The calendar time (UTC ISO string) of a simulated minute, given the scenario start date. */
export function dateAt(startDate: string, minutes: number): string {
	return new Date(Date.parse(startDate) + minutes * 60_000).toISOString();
}

/** Day number (1-based) of a simulated minute: "day N" in the lab. */
export function dayOf(minutes: number): number {
	return Math.floor(minutes / MINUTES_PER_DAY) + 1;
}
