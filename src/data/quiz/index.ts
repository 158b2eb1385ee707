/**
 * Self-check questions for the main guides. One typed file per locale (ja.ts, en.ts) with the
 * same quiz ids, question ids and answer positions; tests/data/quiz.test.ts keeps them in step.
 */
import type { Locale } from '../../i18n/index.ts';
import { ja } from './ja.ts';
import { en } from './en.ts';

export type QuizId = 'how-kms-works' | 'lifecycle' | 'kms-host-setup' | 'troubleshooting';
export const QUIZ_IDS: readonly QuizId[] = ['how-kms-works', 'lifecycle', 'kms-host-setup', 'troubleshooting'];

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

const QUIZZES: Readonly<Record<Locale, QuizSet>> = { ja, en };

export function isQuizId(value: string): value is QuizId {
	return (QUIZ_IDS as readonly string[]).includes(value);
}

export function getQuiz(locale: Locale, id: QuizId): readonly QuizQuestion[] {
	return QUIZZES[locale][id];
}
