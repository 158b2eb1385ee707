import { fill } from '../../lab/format.ts';
import type { LabStrings } from '../../lab/strings.ts';

interface Props {
	fraction: number;
	s: LabStrings;
	onCancel: () => void;
}

/** Progress of a long forward run, with the Cancel that puts the lab back where it was. */
export function RunProgress({ fraction, s, onCancel }: Props) {
	const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
	return (
		<div class="lab-progress" role="status" data-lab-progress>
			<progress max={100} value={pct} aria-label={fill(s['lab.run.progress'], { pct })} />
			<span>{fill(s['lab.run.progress'], { pct })}</span>
			<button type="button" class="lab-btn" onClick={onCancel} data-lab-cancel>
				{s['lab.run.cancel']}
			</button>
		</div>
	);
}
