import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Action, ActionResult } from '../../engine/index.ts';
import { MINUTES_PER_DAY } from '../../data/timers.ts';
import { createAnnouncer, type Announcer } from '../../lab/announcer.ts';
import { dayOf, fill, type LabLocale } from '../../lab/format.ts';
import { labAddress, type LabLocation } from '../../lab/location.ts';
import { chooseOpening } from '../../lab/opening.ts';
import { LabSession, type Preset } from '../../lab/session.ts';
import { commandFor, focusInfoOf, type LabCommand } from '../../lab/shortcuts.ts';
import {
	browserStorage,
	hasOwnWork,
	keepLab,
	keepSavedLab,
	loadKeptLab,
	saveLocation,
} from '../../lab/store.ts';
import { stepText } from '../../lab/story.ts';
import { describeWith, type ResultWords } from '../../i18n/results/types.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { HostPanel } from './HostPanel.tsx';
import { LabNotices, type LabNotice } from './LabNotices.tsx';
import type { LabSidePanels as LabSidePanelsType } from './LabSidePanels.tsx';
import type { ChallengePanel as ChallengePanelType } from './ChallengePanel.tsx';
import type { ProtocolLayer as ProtocolLayerType } from './ProtocolLayer.tsx';
import { Narration } from './Narration.tsx';
import { NetworkDiagram } from './NetworkDiagram.tsx';
import { NetworkView } from './NetworkView.tsx';
import { RunProgress } from './RunProgress.tsx';
import { useLabTime } from './useLabTime.ts';
import { SPEEDS, TimeControls, timeLabel } from './TimeControls.tsx';

export interface LabAppProps {
	locale: LabLocale;
	strings: LabStrings;
	/** The page's language's words for the engine's results (only that language reaches the island). */
	words: ResultWords;
	presets: Preset[];
	/** Preset shown first (and the fallback for a bad link). */
	initial: string;
	/** Error reference page, locale prefix included. */
	errorsPath: string;
	/** The simulator page, locale prefix included. */
	simulatorPath: string;
	idPrefix: string;
}

function licensedCount(session: LabSession): number {
	let n = 0;
	for (const m of session.sim.world.machines) if (!m.removed && m.status === 1) n++;
	return n;
}

/**
 * The Activation Lab island. It owns a LabSession (plain TS over the engine) and renders its
 * state; every change goes through the session, which goes through the engine.
 */
export function LabApp({
	locale,
	strings: s,
	words,
	presets,
	initial,
	errorsPath,
	simulatorPath,
	idPrefix,
}: LabAppProps) {
	const presetOf = (id: string): Preset =>
		presets.find((p) => p.id === id) ?? (presets[0] as Preset);
	const sessionRef = useRef<LabSession | null>(null);
	if (sessionRef.current === null) sessionRef.current = new LabSession(presetOf(initial));
	const session = sessionRef.current;
	const [, setVersion] = useState(0);
	const [hydrated, setHydrated] = useState(false);
	const [selected, setSelected] = useState<string | null>(null);
	const [notices, setNotices] = useState<LabNotice[]>([]);
	const [notReached, setNotReached] = useState(false);
	const [spoken, setSpoken] = useState('');
	// The side panels (inspector, log, terminal, faults) load after hydration, not with the island.
	const [Side, setSide] = useState<typeof LabSidePanelsType | null>(null);
	// `?challenge=<id>`: the challenge panel (a chunk of its own) runs the lab; the reader's saved lab is left as it is.
	const [challenge, setChallenge] = useState<string | null>(null);
	const [Challenge, setChallengePanel] = useState<typeof ChallengePanelType | null>(null);
	// The messages drawn over the picture, and their details, load after hydration too.
	const [Protocol, setProtocol] = useState<typeof ProtocolLayerType | null>(null);
	const announcer = useRef<Announcer | null>(null);
	const saveFailShown = useRef(false);

	const rerender = () => setVersion((v) => v + 1);
	const say = (text: string) => announcer.current?.say(text);
	const summary = () => {
		const host = session.sim.hosts()[0];
		const count =
			host === undefined
				? ''
				: ` ${fill(s['lab.say.count'], { host: host.name, n: session.sim.hostCount(host.name) })}`;
		return `${timeLabel(s, locale, session.sim.startDate, session.now)}. ${fill(s['lab.say.licensed'], { n: licensedCount(session), total: session.sim.machines().length })}${count}`;
	};
	const changed = (extra = '') => {
		rerender();
		say(extra === '' ? summary() : `${extra} ${summary()}`);
	};

	const selectStepTarget = () => {
		const story = session.preset.story;
		const step = story?.steps[session.step - 1];
		if (step?.select !== undefined) setSelected(step.select);
	};

	// Load the link or the saved state once, after hydration (the server render shows the preset's start).
	useEffect(() => {
		announcer.current = createAnnouncer(setSpoken, { intervalMs: 1500 });
		const challengeId = new URLSearchParams(window.location.search).get('challenge');
		if (challengeId !== null) {
			setChallenge(challengeId);
			void import('./ChallengePanel.tsx').then(
				(m) => setChallengePanel(() => m.ChallengePanel),
				() => notify(s['lab.notice.challengeFailed'])
			);
		} else openFromAddress();
		setHydrated(true);
		void import('./LabSidePanels.tsx').then((m) => setSide(() => m.LabSidePanels));
		void import('./ProtocolLayer.tsx').then((m) => setProtocol(() => m.ProtocolLayer));
		return () => {
			announcer.current?.cancel();
		};
	}, []);

	/** A lab's name in a notice: its scenario and its day. */
	const labName = (loc: LabLocation) =>
		fill(s['lab.notice.kept'], {
			scenario: presetOf(loc.scenario).scenario.title?.[locale] ?? loc.scenario,
			day: fill(s['lab.time.day'], { n: dayOf(loc.t ?? 0) }),
		});

	/** Rebuilds the lab at a location; a refusal is worded for a link or for a saved lab. */
	const openLocation = (location: LabLocation, fromStorage: boolean): string | null => {
		if (location.scenario !== sessionRef.current!.preset.id)
			sessionRef.current = new LabSession(presetOf(location.scenario));
		const restored = sessionRef.current!.restore(location);
		if (restored.ok) return null;
		if (fromStorage) keepSavedLab(browserStorage());
		return fill(s[fromStorage ? 'lab.notice.restoreFailed' : 'lab.notice.linkFailed'], {
			detail: describeWith(words, restored.error),
		});
	};

	/** A notice that the reader's previous lab is kept, with the one click that brings it back. */
	const keptNotice = (kept: LabLocation): LabNotice => ({
		text: labName(kept),
		action: { label: s['lab.notice.bringBack'], run: bringBackKept },
	});

	/** Brings the kept lab back, keeping the one on screen in its place (nothing is lost either way). */
	const bringBackKept = () => {
		const storage = browserStorage();
		const kept = loadKeptLab(
			storage,
			presets.map((p) => p.id)
		);
		if (kept.kind !== 'ok') return;
		stopPlaying();
		const current = sessionRef.current!.location();
		const swapped = keepLab(storage, current) === 'kept';
		const failed = openLocation(kept.location, true);
		setSelected(null);
		setNotices((before) => [
			...before.filter((n) => n.action === undefined),
			...(failed !== null ? [{ text: failed }] : []),
			...(swapped ? [keptNotice(current)] : []),
		]);
		changed();
	};

	const openFromAddress = () => {
		const storage = browserStorage();
		const opening = chooseOpening(
			{ search: window.location.search, hash: window.location.hash },
			storage,
			presets.map((p) => p.id),
			initial
		);
		const found: LabNotice[] = [];
		if (opening.problems.length > 0) {
			// The wording of link problems loads only when a link has one (it is not small).
			void import('../../i18n/issues/index.ts').then(({ formatIssue }) => {
				notify(
					fill(s['lab.notice.url'], {
						detail: opening.problems
							.map((p) => formatIssue(p, locale))
							.join('; ')
							.slice(0, 300),
					})
				);
			});
		}
		if (opening.storageDamaged) found.push({ text: s['lab.notice.storage'] });
		if (opening.location !== null) {
			const failed = openLocation(opening.location, opening.fromStorage);
			if (failed !== null) found.push({ text: failed });
		}
		if (opening.kept !== null) found.push(keptNotice(opening.kept));
		if (opening.keepRefused) found.push({ text: s['lab.notice.saveFailed'] });
		setNotices(found);
	};

	// Keep the URL and the autosave in step with the run (not while playing: on pause).
	useEffect(() => {
		if (!hydrated || playing || progress !== null || challenge !== null) return;
		const loc = session.location();
		try {
			const url = new URL(window.location.href);
			const address = labAddress(loc, session.atStep);
			url.search = address.search;
			url.hash = address.hash;
			window.history.replaceState(window.history.state, '', url);
		} catch {
			// A sandboxed page may refuse; the lab works without it.
		}
		const worthSaving = loc.step > 0 || hasOwnWork(loc);
		if (!saveLocation(browserStorage(), loc) && worthSaving && !saveFailShown.current) {
			// Said once: the reader learns their lab lives only in the page address.
			saveFailShown.current = true;
			notify(s['lab.notice.saveFailed']);
		}
	});

	const notify = (text: string) => {
		setNotices((before) => [...before.filter((n) => n.text !== text), { text }]);
		say(text);
	};

	const clock = useLabTime(() => sessionRef.current!, { s, words, changed, notify, say, summary });
	const { playing, speed, setSpeed, progress, stopPlaying, togglePlay, moveTo, scrubTo } = clock;

	// Performance marks around each command (scripts/lab-perf.ts reads the "lab-command" measures):
	// from the command to the DOM update that shows its result.
	const measuring = useRef(false);
	useLayoutEffect(() => {
		if (!measuring.current) return;
		measuring.current = false;
		try {
			performance.mark('lab-command-end');
			performance.measure('lab-command', 'lab-command-start', 'lab-command-end');
		} catch {
			// Marks are best effort: never let measurement break the lab.
		}
	});

	const run = (command: LabCommand) => {
		const measured = command !== 'togglePlay' && command !== 'slower' && command !== 'faster';
		if (measured) {
			measuring.current = true;
			performance.mark('lab-command-start');
		}
		apply(command);
		if (measured) {
			try {
				performance.measure('lab-compute', 'lab-command-start');
			} catch {
				// best effort
			}
		}
	};

	const apply = (command: LabCommand) => {
		const sess = sessionRef.current!;
		switch (command) {
			case 'togglePlay':
				return togglePlay();
			case 'stepEvent': {
				stopPlaying();
				const info = sess.stepEvent();
				return changed(info === null ? s['lab.say.noEvents'] : '');
			}
			case 'nextStep': {
				stopPlaying();
				const r = sess.nextStep();
				setNotReached(r !== null && !r.reached);
				selectStepTarget();
				return changed(narrationText());
			}
			case 'previousStep':
				return goToStep(sess.step - 1);
			case 'jump1':
			case 'jump7':
			case 'jump30':
			case 'jump180': {
				stopPlaying();
				const days = { jump1: 1, jump7: 7, jump30: 30, jump180: 180 }[command];
				return moveTo(sess.now + days * MINUTES_PER_DAY);
			}
			case 'slower':
				return setSpeed((v) => Math.max(0, v - 1));
			case 'faster':
				return setSpeed((v) => Math.min(SPEEDS.length - 1, v + 1));
			case 'reset':
				stopPlaying();
				sess.reset();
				setNotReached(false);
				return changed(s['lab.say.reset']);
		}
	};
	const runRef = useRef(run);
	runRef.current = run;

	// Shortcuts work across the whole page.
	useEffect(() => {
		if (!hydrated) return;
		const onKey = (event: Event) => {
			const e = event as KeyboardEvent;
			if (e.defaultPrevented) return;
			const command = commandFor(e, focusInfoOf(document.activeElement));
			if (command === null) return;
			e.preventDefault();
			runRef.current(command);
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [hydrated]);

	const goToStep = (n: number) => {
		stopPlaying();
		sessionRef.current!.goToStep(n);
		setNotReached(false);
		selectStepTarget();
		changed(narrationText());
	};

	/** The narration's text as it reads now (for the screen reader after a step). */
	const narrationText = () => {
		const sess = sessionRef.current!;
		const text = sess.preset.story?.steps[sess.step - 1]?.text[locale];
		return text === undefined ? '' : stepText(text, sess.storyView());
	};

	/** Opens another preset; the reader's own work in the current one is kept, one click away. */
	const pickScenario = (id: string) => {
		stopPlaying();
		const current = sessionRef.current!.location();
		const kept = keepLab(browserStorage(), current);
		if (kept === 'kept')
			setNotices((before) => [
				...before.filter((n) => n.action === undefined),
				keptNotice(current),
			]);
		else if (kept === 'refused') notify(s['lab.notice.saveFailed']);
		sessionRef.current = new LabSession(presetOf(id));
		setSelected(null);
		setNotReached(false);
		changed(presetOf(id).scenario.title?.[locale] ?? id);
	};

	const installRun = (run: LabSession) => {
		stopPlaying();
		sessionRef.current = run;
		setSelected(null);
		setNotReached(false);
		changed();
	};

	const dispatch = (action: Action): ActionResult => {
		const r = sessionRef.current!.dispatch(action);
		changed();
		return r;
	};

	const sess = sessionRef.current;
	const sim = sess.sim;
	const preset = sess.preset;
	const selHost = selected === null ? undefined : sim.host(selected);
	const selMachine = selected === null ? undefined : sim.machine(selected);
	const panelHost =
		selHost ??
		(selMachine?.kmsHostUsed ? sim.host(selMachine.kmsHostUsed) : undefined) ??
		sim.hosts()[0];
	const title = preset.scenario.title?.[locale] ?? preset.id;
	const hostNames = sim.hosts().map((h) => h.name);
	const total = sim.machines().length;
	const licensed = licensedCount(sess);

	const statusLine = (
		<p class="lab-summary" data-lab-licensed={licensed} data-lab-total={total}>
			{fill(s['lab.summary'], { licensed, total })}
			{hostNames.length > 0 &&
				` · ${hostNames.map((h) => `${h}: ${fill(s['lab.net.count'], { n: sim.hostCount(h) })}`).join(' · ')}`}
		</p>
	);
	const picker = !hydrated ? (
		<p class="lab-title">{title}</p>
	) : (
		<label class="lab-field lab-picker">
			<span>{s['lab.picker.label']}</span>
			<select
				value={preset.id}
				onChange={(e) => pickScenario(e.currentTarget.value)}
				data-lab-picker
			>
				{presets.map((p) => (
					<option key={p.id} value={p.id}>
						{p.scenario.title?.[locale] ?? p.id}
					</option>
				))}
			</select>
		</label>
	);
	const narration = (
		<Narration
			story={preset.story}
			locale={locale}
			s={s}
			step={sess.step}
			view={sess.storyView()}
			offScript={!sess.atStep}
			notReached={notReached}
			disabled={!hydrated}
			onNext={() => run('nextStep')}
			onPrevious={() => run('previousStep')}
			onBackToStep={() => goToStep(sess.step)}
			header={picker}
			idPrefix={idPrefix}
		/>
	);
	const picture = (
		<div class="lab-picture" data-lab="network">
			<div class="lab-dg-wrap">
				<NetworkDiagram sim={sim} s={s} idPrefix={idPrefix} />
				{Protocol !== null && (
					<Protocol
						sim={sim}
						playing={playing}
						minutesPerSecond={SPEEDS[speed] ?? 0}
						s={s}
						locale={locale}
						idPrefix={idPrefix}
					/>
				)}
			</div>
			{statusLine}
			{hydrated && (
				<NetworkView
					sim={sim}
					s={s}
					selected={selected}
					onSelect={setSelected}
					idPrefix={idPrefix}
				/>
			)}
		</div>
	);
	const time = hydrated && (
		<>
			<TimeControls
				s={s}
				locale={locale}
				startDate={sim.startDate}
				now={sess.now}
				end={sess.end}
				playing={playing}
				speed={speed}
				onPlay={() => run('togglePlay')}
				onStepEvent={() => run('stepEvent')}
				onJump={(d) => run(d === 1 ? 'jump1' : d === 7 ? 'jump7' : d === 30 ? 'jump30' : 'jump180')}
				onSpeed={(i) => setSpeed(i)}
				onScrub={scrubTo}
				onReset={() => run('reset')}
				idPrefix={idPrefix}
			/>
			{progress !== null && <RunProgress fraction={progress} s={s} onCancel={clock.cancelMove} />}
		</>
	);
	const hostPanel = panelHost !== undefined && (
		<HostPanel sim={sim} host={panelHost} s={s} locale={locale} idPrefix={idPrefix} />
	);
	const live = (
		<div class="lab-sr" role="status" aria-live="polite" data-lab-live>
			{spoken}
		</div>
	);

	return (
		<div class="lab lab-stage" data-lab-ready={hydrated || undefined} data-lab-scenario={preset.id}>
			{/* The stage's heading (the page's h1 is the site's title): the picture's h3 sits under it. */}
			<h2 class="lab-sr">{title}</h2>
			<LabNotices
				notices={notices}
				s={s}
				onDismiss={(i) => setNotices(notices.filter((_, j) => j !== i))}
			/>
			<div class="lab-stage-main">
				{picture}
				{time}
			</div>
			<div class="lab-stage-side">
				{Challenge !== null && challenge !== null && (
					<Challenge
						id={challenge}
						locale={locale}
						session={sess}
						install={installRun}
						pause={stopPlaying}
						changed={() => changed()}
						indexPath={simulatorPath.replace(/simulator\/$/, 'challenges/')}
						simulatorPath={simulatorPath}
						idPrefix={idPrefix}
					/>
				)}
				{challenge === null && narration}
				{Side !== null && (
					<Side
						session={sess}
						selected={selected}
						selMachine={selMachine}
						panelHost={panelHost}
						hostPanel={hostPanel}
						playing={playing}
						s={s}
						locale={locale}
						words={words}
						errorsPath={errorsPath}
						onMoveTime={(time, computer) => {
							if (computer !== undefined) setSelected(computer);
							scrubTo(time);
						}}
						dispatch={dispatch}
						onRan={() => changed()}
						idPrefix={idPrefix}
					/>
				)}
			</div>
			{live}
		</div>
	);
}
