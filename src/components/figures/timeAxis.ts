import { MINUTES_PER_DAY } from '../../data/timers.ts';

/** The day axis the timeline figures share: days 0…`days` across a 640-wide drawing. */
export const AXIS = { width: 640, left: 16, right: 16 } as const;

export function dayX(days: number, minute: number): number {
	const span = AXIS.width - AXIS.left - AXIS.right;
	return AXIS.left + (span * Math.min(minute, days * MINUTES_PER_DAY)) / (days * MINUTES_PER_DAY);
}

export { MINUTES_PER_DAY };
