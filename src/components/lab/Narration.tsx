import type { ComponentChildren } from 'preact';
import type { LabLocale } from '../../lab/format.ts';
import { fill } from '../../lab/format.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { stepText, type Story, type StoryView } from '../../lab/story.ts';

interface Props {
	story: Story | null;
	locale: LabLocale;
	s: LabStrings;
	/** Guided step reached (0 = the scenario's start, before the first step). */
	step: number;
	/** The state the text's numbers are read from (the step's own state when on script). */
	view: StoryView;
	/** The reader changed the lab since the step: its text is not shown as if it still held. */
	offScript: boolean;
	/** The last *Next* could not reach its point within the lab's limits. */
	notReached?: boolean;
	/** Before hydration (and without JS): no buttons, since none would work. */
	disabled?: boolean;
	onNext?: () => void;
	onPrevious?: () => void;
	onBackToStep?: () => void;
	/** Above the text: the scenario picker. */
	header?: ComponentChildren;
	idPrefix: string;
}

/**
 * The narration panel beside the picture: "step k of n", the step's text with its numbers read from
 * the state, Previous and Next. Off script it says so and offers the way back instead of the text.
 */
export function Narration({
	story,
	locale,
	s,
	step,
	view,
	offScript,
	notReached = false,
	disabled = false,
	onNext,
	onPrevious,
	onBackToStep,
	header,
	idPrefix,
}: Props) {
	const total = story?.steps.length ?? 0;
	const current = step > 0 ? story?.steps[step - 1] : undefined;
	const text =
		current !== undefined
			? stepText(current.text[locale], view)
			: `${story?.watch[locale] ?? ''} ${s['lab.steps.start']}`.trim();
	return (
		<section
			class="lab-narration"
			data-lab="narration"
			data-step={step}
			data-steps={total}
			data-state={offScript ? 'off-script' : 'on-script'}
			aria-labelledby={`${idPrefix}-step-count`}
		>
			{header}
			<h2 class="lab-step-count" id={`${idPrefix}-step-count`}>
				{step === 0
					? fill(s['lab.steps.before'], { total })
					: fill(s['lab.steps.of'], { n: step, total })}
			</h2>
			{/* The step text scrolls when it is longer than the panel: it takes focus so the keyboard
			    can scroll it too (axe: scrollable-region-focusable). */}
			<div class="lab-step-body" role="region" aria-label={s['lab.steps.text']} tabIndex={0}>
				{offScript ? (
					<div class="lab-offscript">
						<p>{step === 0 ? s['lab.steps.offScriptStart'] : s['lab.steps.offScript']}</p>
						<button type="button" class="lab-btn" onClick={onBackToStep} data-lab-back-to-step>
							{step === 0 ? s['lab.steps.backToStart'] : fill(s['lab.steps.backTo'], { n: step })}
						</button>
					</div>
				) : (
					<p class="lab-step-text" data-lab-step-text>
						{text}
					</p>
				)}
				{notReached && <p class="lab-warn">{s['lab.steps.notReached']}</p>}
				{step > 0 && story !== null && (
					<details class="lab-watch-more">
						<summary>{s['lab.steps.watch']}</summary>
						<p class="lab-watch">{story.watch[locale]}</p>
					</details>
				)}
			</div>
			{!disabled && (
				<div class="lab-row lab-step-nav">
					<button
						type="button"
						class="lab-btn"
						onClick={onPrevious}
						disabled={step === 0}
						data-lab-previous
					>
						{s['lab.steps.previous']}
					</button>
					<button
						type="button"
						class="lab-btn lab-btn-primary"
						onClick={onNext}
						disabled={step >= total}
						aria-describedby={`${idPrefix}-step-count`}
						data-lab-next
					>
						{step === 0 ? s['lab.steps.begin'] : s['lab.steps.next']}
					</button>
				</div>
			)}
		</section>
	);
}
