import type { ForwardRun, MoveResult } from './session.ts';

/**
 * Drives a forward run in slices of at most `sliceMs` of work, yielding to the page between them
 * (so it can draw progress and take a Cancel), until the run finishes. Plain TS: the scheduler is
 * injected, so tests drive it without timers.
 */
export interface SliceDriver {
	/** Stops the run and puts the lab back where it started. */
	cancel(): void;
}

export interface SliceOptions {
	sliceMs: number;
	now: () => number;
	/** Runs `task` later (setTimeout in the page). */
	later: (task: () => void) => void;
	onProgress: (fraction: number) => void;
	onDone: (result: MoveResult, cancelled: boolean) => void;
}

/** Runs the first slice at once; returns null when the run finished inside it. */
export function driveInSlices(run: ForwardRun, options: SliceOptions): SliceDriver | null {
	let cancelled = false;
	const slice = (): boolean => {
		const started = options.now();
		const result = run.runWhile(() => options.now() - started < options.sliceMs);
		if (result === null) return false;
		options.onDone(result, false);
		return true;
	};
	if (slice()) return null;
	const next = (): void => {
		if (cancelled) return;
		options.onProgress(run.progress);
		if (!slice()) options.later(next);
	};
	options.onProgress(run.progress);
	options.later(next);
	return {
		cancel: () => {
			if (cancelled || run.result !== null) return;
			cancelled = true;
			run.cancel();
			options.onDone({ ok: true }, true);
		},
	};
}
