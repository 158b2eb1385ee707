import { useState } from 'preact/hooks';
import type { ChallengeUi } from '../../i18n/challenges/types.ts';
import { fill, type LabLocale } from '../../lab/format.ts';
import {
	MACHINE_GROUPS,
	groupMembers,
	invokeCommandLine,
	runOnGroup,
	type GroupRunResult,
	type MachineGroup,
} from '../../lab/groupRun.ts';
import type { LabSession } from '../../lab/session.ts';

type ShellModule = typeof import('../../shell/terminalEn.ts');

interface Props {
	session: LabSession;
	locale: LabLocale;
	ui: ChallengeUi;
	/** Called after the run, so the lab redraws what it changed. */
	onRan: () => void;
	idPrefix: string;
}

/** Longest output shown for the first failure (the rest is in each machine's own prompt). */
const MAX_SHOWN = 2000;

/**
 * "Run on a group": one command line run at an elevated prompt on every computer of a group, the
 * way an administrator uses a script or a startup script. The command line module loads on first
 * use, in the page's language only.
 */
export function GroupRun({ session, locale, ui, onRan, idPrefix }: Props) {
	const [group, setGroup] = useState<MachineGroup>('clients');
	const [line, setLine] = useState('');
	const [busy, setBusy] = useState(false);
	const [report, setReport] = useState<{ text: string; failure: GroupRunResult | null } | null>(
		null
	);
	const members = groupMembers(session.sim, group);

	const run = async (event: Event) => {
		event.preventDefault();
		const command = line.trim();
		if (command === '') {
			setReport({ text: ui.groupEmpty, failure: null });
			return;
		}
		setBusy(true);
		let shell: ShellModule;
		try {
			shell =
				locale === 'ja'
					? await import('../../shell/terminalJa.ts')
					: await import('../../shell/terminalEn.ts');
		} catch {
			setBusy(false);
			setReport({ text: ui.groupLoadFailed, failure: null });
			return;
		}
		const results = runOnGroup(
			shell.createShell,
			shell.catalogue,
			session.shellSim(),
			group,
			command
		);
		const failed = results.filter((r) => r.exitCode !== 0);
		setBusy(false);
		setReport({
			text: fill(ui.groupDone, {
				n: results.length,
				ok: results.length - failed.length,
				failed: failed.length,
			}),
			failure: failed[0] ?? null,
		});
		onRan();
	};

	return (
		<form class="lab-group-run" onSubmit={(e) => void run(e)} data-lab-no-shortcuts>
			<h4 id={`${idPrefix}-group-h`}>{ui.groupHeading}</h4>
			<p class="lab-note">{ui.groupNote}</p>
			<div class="lab-row">
				<label class="lab-field">
					<span>{ui.groupTarget}</span>
					<select
						value={group}
						onChange={(e) => setGroup(e.currentTarget.value as MachineGroup)}
						data-challenge-group
					>
						{MACHINE_GROUPS.map((g) => (
							<option key={g} value={g}>
								{fill(g === 'clients' ? ui.groupClients : ui.groupHosts, {
									n: groupMembers(session.sim, g).length,
								})}
							</option>
						))}
					</select>
				</label>
				<label class="lab-field lab-group-line">
					<span>{ui.groupCommand}</span>
					<input
						type="text"
						value={line}
						spellcheck={false}
						autocomplete="off"
						maxLength={8191}
						onInput={(e) => setLine(e.currentTarget.value)}
						data-challenge-command
					/>
				</label>
				<button type="submit" class="lab-btn" disabled={busy} data-challenge-run>
					{ui.groupRun}
				</button>
			</div>
			{line.trim() !== '' && members.length > 0 && (
				<p class="lab-note">
					{ui.groupEquivalent} <code>{invokeCommandLine(members, line.trim())}</code>
				</p>
			)}
			{report !== null && (
				<div role="status" data-challenge-group-report>
					<p>{report.text}</p>
					{report.failure !== null && (
						<>
							<p>{fill(ui.groupFailedOn, { name: report.failure.machine })}</p>
							<pre class="lab-group-out">{report.failure.output.slice(0, MAX_SHOWN)}</pre>
						</>
					)}
				</div>
			)}
		</form>
	);
}
