import type { Cause } from '../../../tools/diagnose/index.ts';
import { evidenceText, whereText } from '../../../tools/diagnose/explain.ts';
import { labHref, labSceneFor } from '../../../tools/diagnose/labLinks.ts';
import { anchorId } from '../../../tools/anchor.ts';
import { causeText, fillWords } from '../../../i18n/diagnose/index.ts';
import { CopyCommandView } from '../CopyCommandView.tsx';
import type { LineAnchor, PageContext } from './context.ts';

interface Props {
	causes: readonly Cause[];
	context: PageContext;
	anchor: LineAnchor;
}

/** The likely causes, most likely first, each with its evidence, next commands and where to read on. */
export function CauseList({ causes, context, anchor }: Props) {
	const { words, lang, paths, copy } = context;
	const p = words.page;
	return (
		<ol class="kt-dx__causes">
			{causes.map((c, i) => {
				const text = causeText(words, c.id, c.params);
				const scene = labSceneFor(c);
				const title = scene === null ? undefined : context.sceneTitle(scene);
				return (
					<li key={`${c.id}-${i}`} class="kt-dx__cause" data-dx-cause={c.id}>
						<h3>{text.title}</h3>
						<p>{text.detail}</p>
						{c.evidence.length > 0 && (
							<>
								<p class="kt-label">{p.evidence}</p>
								<ul class="kt-dx__evidence">
									{c.evidence.map((e) => {
										const id = anchor(e.ref.paste, e.ref.from);
										const where = whereText(words, e.ref.paste, e.ref.from, e.ref.to);
										return (
											<li key={`${e.kind}-${e.ref.paste}-${e.ref.from}`}>
												{evidenceText(e, words)}:{' '}
												{id === null ? where : <a href={`#${id}`}>{where}</a>}
											</li>
										);
									})}
								</ul>
							</>
						)}
						{c.commands.length > 0 && (
							<>
								<p class="kt-label">{words.report.next}</p>
								{c.commands.map((command) => (
									<CopyCommandView key={command} text={command} words={copy} />
								))}
							</>
						)}
						<ul class="kt-dx__links">
							<li>
								<a href={`${paths.root}${c.guide.page}/#${c.guide.anchor[lang]}`}>{p.guideLink}</a>
							</li>
							{c.errorEntry !== null && (
								<li>
									<a href={`${paths.errors}#${anchorId(c.errorEntry)}`}>
										{fillWords(p.errorLink, { code: c.errorEntry })}
									</a>
								</li>
							)}
							{scene !== null && title !== undefined && (
								<li>
									<a href={labHref(paths.simulator, scene)} data-dx-lab={scene}>
										{fillWords(p.lab, { title })}
									</a>
								</li>
							)}
						</ul>
					</li>
				);
			})}
		</ol>
	);
}
