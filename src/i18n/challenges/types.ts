import type { ChallengeId, GoalCheck } from '../../lab/challengeData.ts';

/** The words of one challenge: what the reader sees, the hints in order, the fix explained after success. */
export interface ChallengeWords {
	readonly title: string;
	/** The goal in one sentence. */
	readonly goal: string;
	/** What the reader meets first (the symptom), before any hint. */
	readonly story: string;
	/** Where to look → what is wrong → the command. */
	readonly hints: readonly [string, string, string];
	/** Shown once the goal holds: why it broke and why the fix works. */
	readonly fix: string;
}

/** The challenge panel's and the index's own words; `{name}` marks a value filled in. */
export interface ChallengeUi {
	readonly heading: string;
	readonly goal: string;
	readonly symptom: string;
	readonly checklist: string;
	readonly timeNote: string;
	readonly hint: string;
	readonly hintNext: string;
	readonly solved: string;
	readonly fixHeading: string;
	readonly source: string;
	readonly restart: string;
	readonly leave: string;
	readonly index: string;
	readonly offScenario: string;
	readonly saveFailed: string;
	readonly loadFailed: string;
	readonly unknown: string;
	readonly statusNew: string;
	readonly statusStarted: string;
	readonly statusSolved: string;
	readonly progress: string;
	readonly progressBlocked: string;
	readonly open: string;
	readonly groupHeading: string;
	readonly groupNote: string;
	readonly groupTarget: string;
	readonly groupClients: string;
	readonly groupHosts: string;
	readonly groupCommand: string;
	readonly groupRun: string;
	readonly groupEquivalent: string;
	readonly groupDone: string;
	readonly groupEmpty: string;
	readonly groupFailedOn: string;
	readonly groupLoadFailed: string;
}

export interface ChallengeCatalogue {
	readonly ui: ChallengeUi;
	/** One line per goal check, with `{n}` and `{total}`. */
	readonly checks: Readonly<Record<GoalCheck, string>>;
	readonly challenges: Readonly<Record<ChallengeId, ChallengeWords>>;
}
