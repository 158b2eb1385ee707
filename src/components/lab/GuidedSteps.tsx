import type { Story } from '../../lab/story.ts';
import type { LabLocale } from '../../lab/format.ts';
import { fill } from '../../lab/format.ts';
import type { LabStrings } from '../../lab/strings.ts';

interface Props {
	story: Story | null;
	locale: LabLocale;
	s: LabStrings;
	/** Guided step reached (0 = before the first). */
	step: number;
	/** Without JS (and before hydration): every step's text as a list, no buttons. */
	interactive: boolean;
	onNext?: () => void;
	onPrevious?: () => void;
	/** The last *Next* could not reach its point within the lab's limits. */
	notReached?: boolean;
	idPrefix: string;
}

/** "What to watch" and the guided steps, in the manner of the Raft visualization. */
export function GuidedSteps({
	story,
	locale,
	s,
	step,
	interactive,
	onNext,
	onPrevious,
	notReached = false,
	idPrefix,
}: Props) {
	if (story === null) return null;
	const total = story.steps.length;
	const current = step > 0 ? story.steps[step - 1] : undefined;
	return (
		<div class="lab-steps">
			<h3 id={`${idPrefix}-steps-h`}>{s['lab.steps.watch']}</h3>
			<p class="lab-watch">{story.watch[locale]}</p>
			{interactive ? (
				<div class="lab-step-box">
					<p class="lab-step-count" id={`${idPrefix}-step-count`}>
						{step === 0
							? fill(s['lab.steps.before'], { total })
							: fill(s['lab.steps.of'], { n: step, total })}
					</p>
					<p class="lab-step-text" data-lab-step-text>
						{current !== undefined ? current.text[locale] : s['lab.steps.start']}
					</p>
					{notReached && <p class="lab-warn">{s['lab.steps.notReached']}</p>}
					<div class="lab-row">
						<button type="button" class="lab-btn" onClick={onPrevious} disabled={step === 0}>
							{s['lab.steps.previous']}
						</button>
						<button
							type="button"
							class="lab-btn lab-btn-primary"
							onClick={onNext}
							disabled={step >= total}
							aria-describedby={`${idPrefix}-step-count`}
						>
							{step === 0 ? s['lab.steps.begin'] : s['lab.steps.next']}
						</button>
					</div>
				</div>
			) : (
				<ol class="lab-step-list">
					{story.steps.map((st, i) => (
						<li key={i}>{st.text[locale]}</li>
					))}
				</ol>
			)}
		</div>
	);
}
