import { describe, expect, it } from 'vitest';
import {
	QUIZ_IDS,
	arrangeQuizzes,
	getAuthoredQuiz,
	getQuiz,
	isQuizId,
	rotateToPosition,
} from '../../src/data/quiz/index.ts';
import { en } from '../../src/data/quiz/en.ts';

describe('self-check questions', () => {
	it.each(QUIZ_IDS)('%s has 5–8 questions in both locales, in step', (quizId) => {
		const ja = getQuiz('ja', quizId);
		const en = getQuiz('en', quizId);
		expect(ja.length).toBeGreaterThanOrEqual(5);
		expect(ja.length).toBeLessThanOrEqual(8);
		expect(ja.map((q) => q.id)).toEqual(en.map((q) => q.id));
		expect(new Set(ja.map((q) => q.id)).size).toBe(ja.length);
		ja.forEach((question, i) => {
			const english = en[i];
			expect(english?.answer, question.id).toBe(question.answer);
			expect(english?.choices.length, question.id).toBe(question.choices.length);
			for (const q of [question, english]) {
				if (q === undefined) continue;
				expect(q.id).toMatch(/^[a-z0-9-]+$/);
				expect(q.choices.length).toBeGreaterThanOrEqual(2);
				expect(q.answer).toBeGreaterThanOrEqual(0);
				expect(q.answer).toBeLessThan(q.choices.length);
				expect(q.prompt.trim()).not.toBe('');
				expect(q.explanation.trim()).not.toBe('');
				expect(new Set(q.choices).size).toBe(q.choices.length);
			}
		});
	});

	it('shows the right answers spread evenly over the positions', () => {
		// Questions with the same number of choices, across every quiz: each position holds the
		// right answer within one of the mean.
		const byChoiceCount = new Map<number, number[]>();
		for (const quizId of QUIZ_IDS) {
			for (const q of getQuiz('en', quizId)) {
				const counts =
					byChoiceCount.get(q.choices.length) ?? new Array<number>(q.choices.length).fill(0);
				counts[q.answer] = (counts[q.answer] ?? 0) + 1;
				byChoiceCount.set(q.choices.length, counts);
			}
		}
		const four = byChoiceCount.get(4);
		expect(four, 'most questions have four choices').toBeDefined();
		for (const [n, counts] of byChoiceCount) {
			const mean = counts.reduce((a, b) => a + b, 0) / n;
			for (const count of counts)
				expect(Math.abs(count - mean), `${n} choices: ${counts.join(',')}`).toBeLessThanOrEqual(1);
		}
	});

	it('shows each question with the same choices, the same right answer and the same order every time, in both locales', () => {
		for (const quizId of QUIZ_IDS) {
			for (const locale of ['ja', 'en'] as const) {
				const authored = getAuthoredQuiz(locale, quizId);
				const shown = getQuiz(locale, quizId);
				shown.forEach((q, i) => {
					const original = authored[i];
					expect(q.id).toBe(original?.id);
					expect([...q.choices].sort()).toEqual([...(original?.choices ?? [])].sort());
					expect(q.choices[q.answer]).toBe(original?.choices[original.answer]);
				});
			}
			// Same positions in both locales, and the same result when arranged again.
			expect(getQuiz('ja', quizId).map((q) => q.answer)).toEqual(
				getQuiz('en', quizId).map((q) => q.answer)
			);
			expect(arrangeQuizzes(en)[quizId]).toEqual(getQuiz('en', quizId));
		}
	});

	it('rotates choices keeping their cyclic order', () => {
		const q = { id: 'x', prompt: 'p', explanation: 'e', choices: ['a', 'b', 'c', 'd'], answer: 1 };
		expect(rotateToPosition(q, 3)).toMatchObject({ choices: ['c', 'd', 'a', 'b'], answer: 3 });
		expect(rotateToPosition(q, 1)).toMatchObject({ choices: ['a', 'b', 'c', 'd'], answer: 1 });
		expect(rotateToPosition(q, 0)).toMatchObject({ choices: ['b', 'c', 'd', 'a'], answer: 0 });
	});

	it('recognizes quiz ids', () => {
		expect(isQuizId('lifecycle')).toBe(true);
		expect(isQuizId('__proto__')).toBe(false);
	});
});
