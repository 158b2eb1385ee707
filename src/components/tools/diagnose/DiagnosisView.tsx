import { useMemo } from 'preact/hooks';
import type { Ref } from 'preact';
import type { Diagnosis } from '../../../tools/diagnose/index.ts';
import { annotatePaste, segmentAt } from '../../../tools/diagnose/annotate.ts';
import { fillWords } from '../../../i18n/diagnose/index.ts';
import { segmentId, type LineAnchor, type PageContext } from './context.ts';
import { AnnotatedPaste } from './AnnotatedPaste.tsx';
import { CauseList } from './CauseList.tsx';
import { FoundList } from './FoundList.tsx';
import { MissingList } from './MissingList.tsx';
import { SituationList } from './SituationList.tsx';

interface Props {
	diagnosis: Diagnosis;
	texts: readonly string[];
	context: PageContext;
	headingRef: Ref<HTMLHeadingElement>;
}

/** The result: the verdict, the causes or what was found, each machine, what to paste next, and the annotated pastes. */
export function DiagnosisView({ diagnosis: d, texts, context, headingRef }: Props) {
	const { words, idPrefix } = context;
	const segments = useMemo(
		() => d.pastes.map((p) => annotatePaste(texts[p.paste] ?? '', p, d.codes)),
		[d, texts]
	);
	const anchor: LineAnchor = (paste, line) => {
		const s = segments[paste] === undefined ? undefined : segmentAt(segments[paste], line);
		return s === undefined ? null : segmentId(idPrefix, paste, s);
	};
	const shown = d.pastes.filter((p) => (texts[p.paste] ?? '').trim() !== '');
	return (
		<section class="kt-dx__result" aria-labelledby={`${idPrefix}-result`} data-dx-status={d.status}>
			<h2 id={`${idPrefix}-result`} tabIndex={-1} ref={headingRef}>
				{words.page.result}
			</h2>
			<p class={`kt-dx__status kt-dx__status--${d.status}`}>{words.status[d.status]}</p>
			{d.status === 'problem' && <CauseList causes={d.causes} context={context} anchor={anchor} />}
			{d.status === 'not_recognised' && <FoundList pastes={shown} codes={d.codes} words={words} />}
			<SituationList diagnosis={d} context={context} />
			{d.missing.length > 0 && <MissingList missing={d.missing} context={context} />}
			{(d.skippedPastes > 0 || shown.some((p) => p.truncated)) && (
				<ul class="kt-hint">
					{shown
						.filter((p) => p.truncated)
						.map((p) => (
							<li key={p.paste}>{fillWords(words.report.truncated, { n: p.paste + 1 })}</li>
						))}
					{d.skippedPastes > 0 && (
						<li>{fillWords(words.report.skipped, { n: d.skippedPastes })}</li>
					)}
				</ul>
			)}
			<h3>{words.page.annotated}</h3>
			<p class="kt-hint">{words.page.annotatedHint}</p>
			{shown.map((p) => (
				<AnnotatedPaste
					key={p.paste}
					summary={p}
					segments={segments[p.paste] ?? []}
					context={context}
				/>
			))}
		</section>
	);
}
