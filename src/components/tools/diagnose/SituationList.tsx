import type { Diagnosis } from '../../../tools/diagnose/index.ts';
import { machineRows } from '../../../tools/diagnose/explain.ts';
import { fillWords } from '../../../i18n/diagnose/index.ts';
import type { PageContext } from './context.ts';

interface Props {
	diagnosis: Diagnosis;
	context: PageContext;
}

/** Each machine the pastes describe (channel, license state, KMS host, last result, count), and the count against the threshold. */
export function SituationList({ diagnosis: d, context }: Props) {
	const { words, meaning } = context;
	const r = words.report;
	const machines = d.machines
		.map((m) => ({ m, rows: machineRows(m, words, meaning) }))
		.filter(({ m, rows }) => rows.length > 0 && (m.role !== 'unknown' || m.licenseStatus !== null));
	if (machines.length === 0 && d.countCheck === null) return null;
	return (
		<>
			<h3>{words.page.situation}</h3>
			{machines.map(({ m, rows }) => (
				<div key={m.paste} class="kt-dx__machine">
					<h4>{fillWords(r.machine, { role: words.roles[m.role], n: m.paste + 1 })}</h4>
					<dl class="kt-dx__rows">
						{rows.map((row) => (
							<div key={row.label}>
								<dt>{row.label}</dt>
								<dd>
									{row.value}
									{row.note !== undefined && <span class="kt-dx__row-note"> {row.note}</span>}
								</dd>
							</div>
						))}
					</dl>
				</div>
			))}
			{d.countCheck !== null && (
				<p class="kt-dx__count">
					{fillWords(r.countCheck, {
						count: d.countCheck.count.value,
						threshold: d.countCheck.threshold.value,
					})}
					: {d.countCheck.below ? r.countBelow : r.countEnough}
				</p>
			)}
		</>
	);
}
