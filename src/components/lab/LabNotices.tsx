import type { LabStrings } from '../../lab/strings.ts';

export interface LabNotice {
	text: string;
	/** One button that acts on the notice (e.g. bring the kept lab back). */
	action?: { label: string; run: () => void };
}

interface Props {
	notices: LabNotice[];
	s: LabStrings;
	onDismiss: (index: number) => void;
}

/** Messages the reader must see: a link problem, a refused move, a lab kept aside, a failed save. */
export function LabNotices({ notices, s, onDismiss }: Props) {
	if (notices.length === 0) return null;
	return (
		<div class="lab-notices">
			{notices.map((n, i) => (
				<div key={i} class="lab-notice" role="alert" data-lab-notice>
					<p>{n.text}</p>
					<div class="lab-row">
						{n.action !== undefined && (
							<button type="button" class="lab-btn lab-btn-primary" onClick={n.action.run}>
								{n.action.label}
							</button>
						)}
						<button type="button" class="lab-btn" onClick={() => onDismiss(i)}>
							{s['lab.notice.dismiss']}
						</button>
					</div>
				</div>
			))}
		</div>
	);
}
