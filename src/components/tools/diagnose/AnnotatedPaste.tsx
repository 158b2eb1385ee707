import type { PasteSummary } from '../../../tools/diagnose/index.ts';
import type { Segment } from '../../../tools/diagnose/annotate.ts';
import { linesText, markNote } from '../../../tools/diagnose/explain.ts';
import { fillWords } from '../../../i18n/diagnose/index.ts';
import { segmentId, type PageContext } from './context.ts';

interface Props {
	summary: PasteSummary;
	segments: readonly Segment[];
	context: PageContext;
}

/** One paste as pasted: recognised lines marked, with what they mean beside them; the rest plain. */
export function AnnotatedPaste({ summary, segments, context }: Props) {
	const { words, meaning, dataText, idPrefix } = context;
	const r = words.report;
	const kinds = summary.kinds.map((k) => words.kinds[k]).join(', ');
	return (
		<div class="kt-dx__paste">
			<h4>
				{fillWords(r.paste, { n: summary.paste + 1 })}:{' '}
				{kinds === '' ? r.nothingFound : fillWords(r.found, { kinds })}
			</h4>
			{segments.map((s) => {
				const known = s.marks.length > 0;
				return (
					<div
						key={s.from}
						id={segmentId(idPrefix, summary.paste, s)}
						class={`kt-dx__seg kt-dx__seg--${known ? 'known' : 'plain'}`}
						tabIndex={known ? -1 : undefined}
					>
						<p class="kt-dx__where">
							<span class="kt-sr">{known ? words.page.recognised : words.page.plain}: </span>
							{linesText(words, s.from, s.to)}
						</p>
						<pre class="kt-dx__text">{s.lines.join('\n')}</pre>
						{known && (
							<ul class="kt-dx__notes">
								{s.marks.map((m, i) => {
									const note = markNote(m, words, meaning, dataText);
									return (
										<li key={i}>
											{note.text}
											{note.details.length > 0 && (
												<dl class="kt-dx__details">
													{note.details.map((d) => (
														<div key={d.label}>
															<dt>{d.label}</dt>
															<dd>
																<code>{d.value}</code>
															</dd>
														</div>
													))}
												</dl>
											)}
										</li>
									);
								})}
							</ul>
						)}
					</div>
				);
			})}
		</div>
	);
}
