import { useEffect, useMemo, useState } from 'preact/hooks';
import type { QuizId, QuizQuestion } from '../../data/quiz/index.ts';
import { t, type Locale, type UiKey } from '../../i18n/index.ts';
import {
	browserStorage,
	createProgressStore,
	type AnswerRecord,
} from '../../tools/progressStore.ts';
import { fill } from '../../tools/text.ts';

interface Props {
	quiz: QuizId;
	locale: Locale;
	/** The quiz in this locale, passed from the Astro wrapper so the island ships one locale's questions only. */
	questions: readonly QuizQuestion[];
}

/**
 * Self-check at the end of a guide. Without JavaScript: every question with its answer and
 * explanation inside <details>. With it: pick an answer, check it, and the result is kept in
 * localStorage (corrupt or blocked storage is ignored, see progressStore.ts).
 */
export function SelfCheck({ quiz, locale, questions }: Props) {
	const [ready, setReady] = useState(false);
	const [chosen, setChosen] = useState<Record<string, number>>({});
	const [results, setResults] = useState<Record<string, AnswerRecord>>({});
	const [needsPick, setNeedsPick] = useState<string | null>(null);
	const [saveFailed, setSaveFailed] = useState(false);
	const store = useMemo(
		() => createProgressStore(typeof window === 'undefined' ? undefined : browserStorage()),
		[]
	);
	const s = (key: UiKey) => t(locale, key);

	useEffect(() => {
		const saved = store.get(quiz);
		const known: Record<string, AnswerRecord> = {};
		for (const question of questions) {
			const value = saved[question.id];
			if (value !== undefined) known[question.id] = value;
		}
		setResults(known);
		setReady(true);
	}, []);

	const prefix = `kt-quiz-${quiz}`;

	if (!ready) {
		return (
			<section class="kt-quiz" aria-labelledby={`${prefix}-title`}>
				<h2 id={`${prefix}-title`}>{s('tools.quiz.title')}</h2>
				<p>{fill(s('tools.quiz.introStatic'), { n: questions.length })}</p>
				<ol class="kt-quiz__list">
					{questions.map((question, index) => (
						<li key={question.id} class="kt-quiz__item">
							<p class="kt-quiz__prompt">
								<span class="kt-quiz__num">{fill(s('tools.quiz.question'), { n: index + 1 })}</span>
								{question.prompt}
							</p>
							<ul>
								{question.choices.map((choice) => (
									<li key={choice}>{choice}</li>
								))}
							</ul>
							<details class="kt-details">
								<summary>{s('tools.quiz.answer')}</summary>
								<p>
									<strong>
										{fill(s('tools.quiz.correctAnswer'), {
											answer: question.choices[question.answer] ?? '',
										})}
									</strong>
								</p>
								<p>{question.explanation}</p>
							</details>
						</li>
					))}
				</ol>
			</section>
		);
	}

	function check(questionId: string, answer: number): void {
		const pick = chosen[questionId];
		if (pick === undefined) {
			setNeedsPick(questionId);
			return;
		}
		setNeedsPick(null);
		const result: AnswerRecord = pick === answer ? 'correct' : 'wrong';
		setResults({ ...results, [questionId]: result });
		if (!store.record(quiz, questionId, result)) setSaveFailed(true);
	}

	function reset(): void {
		store.reset(quiz);
		setResults({});
		setChosen({});
		setNeedsPick(null);
	}

	const correct = questions.filter((q) => results[q.id] === 'correct').length;
	const answered = questions.filter((q) => results[q.id] !== undefined).length;

	return (
		<section class="kt-quiz" aria-labelledby={`${prefix}-title`}>
			<h2 id={`${prefix}-title`}>{s('tools.quiz.title')}</h2>
			<p>{fill(s('tools.quiz.intro'), { n: questions.length })}</p>
			<ol class="kt-quiz__list">
				{questions.map((question, index) => {
					const result = results[question.id];
					const name = `${prefix}-${question.id}`;
					const answerText = question.choices[question.answer] ?? '';
					return (
						<li key={question.id} class="kt-quiz__item">
							<fieldset class="kt-fieldset">
								<legend>
									<span class="kt-quiz__num">
										{fill(s('tools.quiz.question'), { n: index + 1 })}
									</span>
									{question.prompt}
								</legend>
								{question.choices.map((choice, choiceIndex) => (
									<label key={choice} class="kt-radio">
										<input
											type="radio"
											name={name}
											value={String(choiceIndex)}
											checked={chosen[question.id] === choiceIndex}
											onChange={() => setChosen({ ...chosen, [question.id]: choiceIndex })}
										/>{' '}
										{choice}
									</label>
								))}
							</fieldset>
							<button
								type="button"
								class="kt-button"
								onClick={() => check(question.id, question.answer)}
							>
								{s('tools.quiz.check')}
								<span class="kt-sr"> ({fill(s('tools.quiz.question'), { n: index + 1 })})</span>
							</button>
							<div role="status" class="kt-quiz__feedback">
								{needsPick === question.id && <p>{s('tools.quiz.pick')}</p>}
								{result !== undefined && (
									<div class={`kt-result kt-result--${result}`}>
										<p>
											<strong>
												{result === 'correct'
													? s('tools.quiz.correct')
													: fill(s('tools.quiz.wrong'), { answer: answerText })}
											</strong>
										</p>
										<p>{question.explanation}</p>
									</div>
								)}
							</div>
						</li>
					);
				})}
			</ol>
			<p class="kt-quiz__score">
				{fill(s('tools.quiz.score'), { correct, total: questions.length })}
				{answered > 0 && (
					<>
						{' '}
						<button type="button" class="kt-button kt-button--secondary" onClick={reset}>
							{s('tools.quiz.reset')}
						</button>
					</>
				)}
			</p>
			{saveFailed && <p class="kt-hint">{s('tools.quiz.notSaved')}</p>}
		</section>
	);
}
