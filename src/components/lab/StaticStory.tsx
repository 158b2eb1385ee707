import type { Localized } from '../../data/types.ts';
import type { Simulation } from '../../engine/simulation.ts';
import type { LabLocale } from '../../lab/format.ts';
import type { Preset } from '../../lab/session.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { NetworkDiagram } from './NetworkDiagram.tsx';

interface Props {
	preset: Preset;
	/** Each step's text, its numbers already read from the step's state (lab/staticStory.ts). */
	steps: Localized[];
	/** The scenario's starting state, for the picture. */
	sim: Simulation;
	locale: LabLocale;
	s: LabStrings;
	idPrefix: string;
}

/**
 * A scenario for readers without JS, rendered when the site is built: its narrative, every guided
 * step and a picture of its network at the start. No controls: nothing here needs a script.
 */
export function StaticStory({ preset, steps, sim, locale, s, idPrefix }: Props) {
	const story = preset.story;
	return (
		<article class="lab-static" aria-labelledby={`${idPrefix}-title`}>
			<h3 class="lab-title" id={`${idPrefix}-title`}>
				{preset.scenario.title?.[locale] ?? preset.id}
			</h3>
			{preset.scenario.description && <p>{preset.scenario.description[locale]}</p>}
			{story !== null && <p class="lab-watch">{story.watch[locale]}</p>}
			<NetworkDiagram sim={sim} s={s} idPrefix={idPrefix} />
			{steps.length > 0 && (
				<>
					<h4>{s['lab.static.steps']}</h4>
					<ol class="lab-step-list">
						{steps.map((st, i) => (
							<li key={i}>{st[locale]}</li>
						))}
					</ol>
				</>
			)}
		</article>
	);
}
