import { MISSING_COMMANDS, type MissingId } from '../../../data/diagnosis.ts';
import { CopyCommandView } from '../CopyCommandView.tsx';
import type { PageContext } from './context.ts';

interface Props {
	missing: readonly MissingId[];
	context: PageContext;
}

/** What to paste next to go further, each with the command that prints it. */
export function MissingList({ missing, context }: Props) {
	const { words, copy } = context;
	return (
		<>
			<h3>{words.report.missing}</h3>
			<ul class="kt-dx__missing">
				{missing.map((m) => (
					<li key={m} data-dx-missing={m}>
						{words.missing[m]}
						<CopyCommandView text={MISSING_COMMANDS[m]} words={copy} />
					</li>
				))}
			</ul>
		</>
	);
}
