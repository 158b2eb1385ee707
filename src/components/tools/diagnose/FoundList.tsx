import type { CodeReport, PasteSummary } from '../../../tools/diagnose/index.ts';
import type { PageWords } from '../../../tools/diagnose/explain.ts';
import { fillWords } from '../../../i18n/diagnose/index.ts';

interface Props {
	pastes: readonly PasteSummary[];
	codes: readonly CodeReport[];
	words: PageWords;
}

/** For a paste the tool cannot diagnose: what it did find in each paste, honestly, before what is missing. */
export function FoundList({ pastes, codes, words }: Props) {
	const r = words.report;
	return (
		<>
			<h3>{words.page.found}</h3>
			<ul class="kt-dx__found">
				{pastes.map((p) => {
					const kinds = p.kinds.map((k) => words.kinds[k]).join(', ');
					return (
						<li key={p.paste}>
							{fillWords(r.paste, { n: p.paste + 1 })}:{' '}
							{kinds === '' ? r.nothingFound : fillWords(r.found, { kinds })} (
							{fillWords(r.lines, { from: 1, to: p.lines })})
						</li>
					);
				})}
				{codes.length > 0 && (
					<li>
						{r.codes}: {codes.map((c) => c.code).join(', ')}
					</li>
				)}
			</ul>
		</>
	);
}
