/**
 * Self-check questions for the main guides. One typed file per locale (ja.ts, en.ts) with the
 * same quiz ids, question ids and answer positions; tests/data/quiz.test.ts keeps them in step.
 */
import type { Locale } from '../../i18n/index.ts';
import { ja } from './ja.ts';
import { en } from './en.ts';

export type { QuizId, QuizQuestion, QuizSet } from './types.ts';
import type { QuizId, QuizQuestion, QuizSet } from './types.ts';

export const QUIZ_IDS: readonly QuizId[] = [
	'how-kms-works',
	'lifecycle',
	'kms-host-setup',
	'troubleshooting',
];

const QUIZZES: Readonly<Record<Locale, QuizSet>> = { ja, en };

export function isQuizId(value: string): value is QuizId {
	return (QUIZ_IDS as readonly string[]).includes(value);
}

export function getQuiz(locale: Locale, id: QuizId): readonly QuizQuestion[] {
	return QUIZZES[locale][id];
}
