/**
 * Each machine's command prompt: what is on its screen and the commands typed there, so switching
 * machines switches the window, as on a real network. Bounded: a screen keeps its last
 * `maxScreen` characters, a history its last `maxHistory` commands, and only the
 * `maxMachines` prompts used most recently are kept (a lab may hold thousands of machines).
 */
export interface Transcript {
	/** What the window shows, oldest first. */
	screen: string;
	/** Commands typed, oldest first, without repeats. */
	history: string[];
	/** Where Up/Down is in `history` (its length: past the newest). */
	cursor: number;
}

export interface TranscriptLimits {
	maxMachines: number;
	maxScreen: number;
	maxHistory: number;
}

export const TRANSCRIPT_LIMITS: TranscriptLimits = {
	maxMachines: 50,
	maxScreen: 60_000,
	maxHistory: 100,
};

export class Transcripts {
	/** Keyed by computer name (user data: a Map); insertion order is least recently used first. */
	private readonly byMachine = new Map<string, Transcript>();

	private readonly limits: TranscriptLimits;

	constructor(limits: TranscriptLimits = TRANSCRIPT_LIMITS) {
		this.limits = limits;
	}

	/** The prompt of `machine`, made empty on first use; marks it the most recently used. */
	of(machine: string): Transcript {
		let t = this.byMachine.get(machine);
		if (t === undefined) t = { screen: '', history: [], cursor: 0 };
		else this.byMachine.delete(machine);
		this.byMachine.set(machine, t);
		for (const oldest of this.byMachine.keys()) {
			if (this.byMachine.size <= this.limits.maxMachines) break;
			this.byMachine.delete(oldest);
		}
		return t;
	}

	/** Records one command and its output on `machine`'s screen (`clear`: `cls` ran). */
	record(machine: string, prompt: string, typed: string, output: string, clear: boolean): void {
		const t = this.of(machine);
		const screen = clear ? output : `${t.screen}${prompt}${typed}\n${output}`;
		t.screen =
			screen.length > this.limits.maxScreen
				? screen.slice(screen.length - this.limits.maxScreen)
				: screen;
		if (typed.trim() !== '')
			t.history = [...t.history.filter((h) => h !== typed), typed].slice(-this.limits.maxHistory);
		t.cursor = t.history.length;
	}

	/** Moves `machine`'s history cursor one step (Up: -1, Down: +1) and returns the line to show. */
	step(machine: string, by: -1 | 1): string {
		const t = this.of(machine);
		t.cursor = Math.min(t.history.length, Math.max(0, t.cursor + by));
		return t.history[t.cursor] ?? '';
	}

	/** Machines with a prompt kept, least recently used first. */
	machines(): string[] {
		return [...this.byMachine.keys()];
	}
}
