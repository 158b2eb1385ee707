/**
 * A throttle for the lab's polite live region. While the simulation plays, state changes come
 * many times a second; a screen reader should hear at most one message per interval, and the
 * newest one (older pending messages are replaced, not queued).
 */
export interface Announcer {
	/** Offers a message; it is spoken now, or when the interval allows (if nothing newer comes). */
	say(message: string): void;
	/** Drops a pending message (e.g. when the lab unmounts). */
	cancel(): void;
}

export interface AnnouncerOptions {
	/** Shortest time between two messages, in ms. */
	intervalMs: number;
	now?: () => number;
	setTimer?: (fn: () => void, ms: number) => unknown;
	clearTimer?: (handle: unknown) => void;
}

export function createAnnouncer(
	emit: (message: string) => void,
	options: AnnouncerOptions
): Announcer {
	const now = options.now ?? (() => Date.now());
	const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
	const clearTimer =
		options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
	let lastAt = -Infinity;
	let lastMessage = '';
	let pending: string | null = null;
	let timer: unknown = null;

	const flush = () => {
		timer = null;
		if (pending === null) return;
		const message = pending;
		pending = null;
		lastAt = now();
		lastMessage = message;
		emit(message);
	};

	return {
		say(message: string) {
			if (message === '') return;
			if (pending === null && message === lastMessage && now() - lastAt < options.intervalMs)
				return;
			pending = message;
			const wait = lastAt + options.intervalMs - now();
			if (wait <= 0) {
				if (timer !== null) clearTimer(timer);
				flush();
			} else if (timer === null) {
				timer = setTimer(flush, wait);
			}
		},
		cancel() {
			pending = null;
			if (timer !== null) clearTimer(timer);
			timer = null;
		},
	};
}
