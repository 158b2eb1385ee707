/**
 * Self-check questions for the main guides. One typed file per locale (ja.ts, en.ts) with the
 * same quiz ids, question ids and answer positions; tests/data/quiz.test.ts keeps them in step.
 *
 * The files list choices in the order they were written, which put most right answers second.
 * `getQuiz` shows them rotated so the right answers fall evenly on every position: a fixed
 * order, the same on every visit and in both locales, that a reader cannot learn to guess.
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

const AUTHORED: Readonly<Record<Locale, QuizSet>> = { ja, en };

export function isQuizId(value: string): value is QuizId {
	return (QUIZ_IDS as readonly string[]).includes(value);
}

/** Rotates the choices (keeping their cyclic order) so the right answer lands on `target`. */
export function rotateToPosition(question: QuizQuestion, target: number): QuizQuestion {
	const n = question.choices.length;
	const shift = (((target - question.answer) % n) + n) % n;
	const choices = question.choices.map((_, i) => question.choices[(i - shift + n) % n] as string);
	return { ...question, choices, answer: (question.answer + shift) % n };
}

/**
 * Deals the right answers round-robin over the positions, counting questions with the same number
 * of choices together across all quizzes (in QUIZ_IDS order), so each position gets its share.
 */
export function arrangeQuizzes(set: QuizSet): QuizSet {
	const dealt = new Map<number, number>();
	const arranged: Partial<Record<QuizId, readonly QuizQuestion[]>> = {};
	for (const id of QUIZ_IDS) {
		arranged[id] = set[id].map((question) => {
			const n = question.choices.length;
			const slot = dealt.get(n) ?? 0;
			dealt.set(n, slot + 1);
			return rotateToPosition(question, slot % n);
		});
	}
	return arranged as QuizSet;
}

const SHOWN: Readonly<Record<Locale, QuizSet>> = {
	ja: arrangeQuizzes(AUTHORED.ja),
	en: arrangeQuizzes(AUTHORED.en),
};

/** The questions as the page shows them (choices rotated, see above). */
export function getQuiz(locale: Locale, id: QuizId): readonly QuizQuestion[] {
	return SHOWN[locale][id];
}

/** The questions as written in ja.ts / en.ts. */
export function getAuthoredQuiz(locale: Locale, id: QuizId): readonly QuizQuestion[] {
	return AUTHORED[locale][id];
}
