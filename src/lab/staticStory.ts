import type { Localized } from '../data/types.ts';
import { LabSession, type Preset } from './session.ts';
import { stepText } from './story.ts';

const cache = new Map<string, Localized[]>();

/**
 * Every guided step's text with its numbers read from the state the step rebuilds, in both
 * languages: for pages without JS, rendered when the site is built (the island fills its own).
 */
export function filledSteps(preset: Preset): Localized[] {
	const known = cache.get(preset.id);
	if (known !== undefined) return known;
	const session = new LabSession(preset);
	const out: Localized[] = [];
	for (const step of preset.story?.steps ?? []) {
		session.nextStep();
		const view = session.storyView();
		out.push({ ja: stepText(step.text.ja, view), en: stepText(step.text.en, view) });
	}
	cache.set(preset.id, out);
	return out;
}
