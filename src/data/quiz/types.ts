/** The shape of a locale's self-check questions (ja.ts and en.ts hold one each). */
export type QuizId = 'how-kms-works' | 'lifecycle' | 'kms-host-setup' | 'troubleshooting';

export interface QuizQuestion {
	/** Stable within its quiz: saved progress refers to it. */
	readonly id: string;
	readonly prompt: string;
	readonly choices: readonly string[];
	/** Index into `choices`. */
	readonly answer: number;
	/** Why the answer is right, and where a wrong choice comes from. */
	readonly explanation: string;
}

export type QuizSet = Readonly<Record<QuizId, readonly QuizQuestion[]>>;
