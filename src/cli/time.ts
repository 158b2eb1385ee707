import { parseDuration } from '../engine/index.ts';

/**
 * Reads a time like "200d", "36h", "90m" or "1d12h" (the scenario grammar of `parseDuration`) and,
 * when it is not one, says why, so each mistake gets its own message.
 */

export type TimeProblem =
	| { code: 'empty' }
	| { code: 'negative' }
	| { code: 'no_unit'; number: string }
	| { code: 'bad_unit'; unit: string }
	| { code: 'not_number' }
	/** Infinity, or past the horizon (`max`, minutes). */
	| { code: 'too_large'; max: number };

export type TimeResult = { ok: true; minutes: number } | { ok: false; problem: TimeProblem };

/** A number and what follows it up to the next number (the unit, right or wrong). */
const PART = /(\d+(?:\.\d+)?)([^\d\s.+-]*)/y;
const UNITS = new Set(['d', 'h', 'm']);

export function parseTime(input: string, maxMinutes: number): TimeResult {
	const text = input.trim();
	if (text === '') return { ok: false, problem: { code: 'empty' } };
	// "Infinity" would otherwise read as a word; it is a time past any horizon.
	if (/^[+-]?inf(inity)?[dhm]?$/i.test(text))
		return { ok: false, problem: { code: 'too_large', max: maxMinutes } };
	if (text.startsWith('-')) return { ok: false, problem: { code: 'negative' } };
	for (let pos = 0; pos < text.length;) {
		PART.lastIndex = pos;
		const part = PART.exec(text);
		if (part === null) return { ok: false, problem: { code: 'not_number' } };
		const [whole, number, unit] = part as unknown as [string, string, string];
		pos += whole.length;
		if (unit === '')
			return {
				ok: false,
				problem: pos === text.length ? { code: 'no_unit', number } : { code: 'not_number' },
			};
		if (!UNITS.has(unit)) return { ok: false, problem: { code: 'bad_unit', unit } };
	}
	const minutes = parseDuration(text);
	if (minutes === undefined) return { ok: false, problem: { code: 'not_number' } };
	// A huge number of days is finite but past the horizon; a run to it would never end.
	if (!Number.isFinite(minutes) || minutes > maxMinutes)
		return { ok: false, problem: { code: 'too_large', max: maxMinutes } };
	return { ok: true, minutes };
}
