import type { ComponentChildren } from 'preact';
import type { Action, ActionResult, KmsHost, Machine } from '../../engine/index.ts';
import type { ResultWords } from '../../i18n/results/types.ts';
import type { LabLocale } from '../../lab/format.ts';
import type { LabSession } from '../../lab/session.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { EventLog } from './EventLog.tsx';
import { FaultsPanel } from './FaultsPanel.tsx';
import { LabTabs, type LabTab } from './LabTabs.tsx';
import { MachineInspector } from './MachineInspector.tsx';
import { Terminal } from './Terminal.tsx';
import { TimelineChart } from './TimelineChart.tsx';

export interface LabSidePanelsProps {
	session: LabSession;
	selected: string | null;
	selMachine: Readonly<Machine> | undefined;
	panelHost: Readonly<KmsHost> | undefined;
	/** The host panel, rendered by the island. */
	hostPanel: ComponentChildren;
	playing: boolean;
	s: LabStrings;
	locale: LabLocale;
	words: ResultWords;
	errorsPath: string;
	/**
	 * Moves time as the time controls do: the chart's move, or an event the reader picked (whose
	 * computer, if it names one, is selected too).
	 */
	onMoveTime: (time: number, computer?: string) => void;
	dispatch: (action: Action) => ActionResult;
	onRan: () => void;
	/** More panels (a challenge, say): each becomes one more tab. */
	extra?: LabTab[];
	idPrefix: string;
}

/**
 * The full lab's panels beside the picture, as tabs: machine, KMS host, event log, command prompt,
 * chart, faults. Loaded after the island hydrates, so they do not weigh on its first load.
 */
export function LabSidePanels(p: LabSidePanelsProps) {
	const { session: sess, s, idPrefix } = p;
	const sim = sess.sim;
	const hostNames = sim.hosts().map((h) => h.name);
	const tabs: LabTab[] = [
		{
			id: 'machine',
			label: s['lab.insp.title'],
			content: (
				<MachineInspector
					sim={sim}
					machine={p.selMachine}
					s={s}
					locale={p.locale}
					errorsPath={p.errorsPath}
					idPrefix={idPrefix}
				/>
			),
		},
		{ id: 'host', label: s['lab.tab.host'], content: p.hostPanel },
		{
			id: 'log',
			label: s['lab.log.title'],
			content: (
				<EventLog
					session={sess}
					playing={p.playing}
					s={s}
					locale={p.locale}
					onPick={(computer, time) => p.onMoveTime(time, computer === '' ? undefined : computer)}
					idPrefix={idPrefix}
				/>
			),
		},
		{
			id: 'terminal',
			label: s['lab.tab.terminal'],
			content: (
				<Terminal
					sim={sess.shellSim()}
					run={sim}
					words={p.words}
					machine={p.selected ?? hostNames[0] ?? sim.machines()[0]?.name ?? 'KMS01'}
					s={s}
					locale={p.locale}
					onRan={p.onRan}
					idPrefix={idPrefix}
				/>
			),
		},
		{
			id: 'chart',
			label: s['lab.chart.title'],
			content: (
				<TimelineChart
					series={sess.series}
					hostNames={hostNames}
					now={sess.now}
					end={sess.end}
					s={s}
					idPrefix={idPrefix}
					onMove={(t) => p.onMoveTime(t)}
					preset={sess.preset}
					actions={sess.actionLog}
					step={sess.step}
					atStep={sess.atStep}
				/>
			),
		},
		{
			id: 'faults',
			label: s['lab.faults.title'],
			content: (
				<FaultsPanel
					sim={sim}
					host={p.panelHost}
					machine={p.selMachine}
					s={s}
					words={p.words}
					dispatch={p.dispatch}
					idPrefix={idPrefix}
				/>
			),
		},
		...(p.extra ?? []),
	];
	return <LabTabs tabs={tabs} label={s['lab.tabs.label']} idPrefix={idPrefix} />;
}
