import { describe, expect, it } from 'vitest';
import { QUIZ_IDS, getQuiz, isQuizId } from '../../src/data/quiz/index.ts';

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

	it('recognizes quiz ids', () => {
		expect(isQuizId('lifecycle')).toBe(true);
		expect(isQuizId('__proto__')).toBe(false);
	});
});
