import { LAB_LIMITS, loadSimulation, type Issue } from '../engine/index.ts';
import { formatIssue } from '../i18n/issues/index.ts';
import type { Preset } from './session.ts';
import { validateStory } from './story.ts';

/**
 * The engine's teaching presets (content/scenarios/*.json) with their stories
 * (content/scenarios/stories/<id>.json). Read at build time by the Astro wrapper, which passes
 * them to the island as props, so the presets' JSON never weighs on the island's JS.
 */
const scenarioFiles = import.meta.glob('../../content/scenarios/*.json', {
	eager: true,
	import: 'default',
});
const storyFiles = import.meta.glob('../../content/scenarios/stories/*.json', {
	eager: true,
	import: 'default',
});

import { PRESET_ORDER } from './presetOrder.ts';

export { PRESET_ORDER };

export const DEFAULT_PRESET = 'threshold';

function idOf(path: string): string {
	return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

export interface LoadedPresets {
	presets: Preset[];
	/** Problems found in the files (a preset with a broken scenario is left out; a broken story is dropped). */
	problems: string[];
}

export function loadPresets(): LoadedPresets {
	const problems: string[] = [];
	const stories = new Map<string, unknown>(
		Object.entries(storyFiles).map(([path, data]) => [idOf(path), data])
	);
	const presets: Preset[] = [];
	for (const [path, data] of Object.entries(scenarioFiles)) {
		const id = idOf(path);
		// Loaded as the lab loads it (shape, limits, names), so a preset the lab would refuse never ships.
		const checked = loadSimulation(data, { limits: LAB_LIMITS, logLimit: 0 });
		if (!checked.ok) {
			problems.push(
				`content/scenarios/${id}.json: ${formatIssue(checked.issues[0] as Issue, 'en')}`
			);
			continue;
		}
		const storyData = stories.get(id);
		let story = null;
		if (storyData !== undefined) {
			const s = validateStory(storyData, id);
			if (s.ok) story = s.story;
			else problems.push(...s.errors.map((e) => `content/scenarios/stories/${id}.json: ${e}`));
		} else problems.push(`content/scenarios/stories/${id}.json: missing`);
		presets.push({ id, scenario: checked.sim.scenario, story });
	}
	const rank = (id: string) => {
		const i = PRESET_ORDER.indexOf(id);
		return i === -1 ? PRESET_ORDER.length : i;
	};
	presets.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
	return { presets, problems };
}
