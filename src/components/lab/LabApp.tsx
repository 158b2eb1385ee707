import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Action, ActionResult } from '../../engine/index.ts';
import { MINUTES_PER_DAY } from '../../data/timers.ts';
import { createAnnouncer, type Announcer } from '../../lab/announcer.ts';
import { fill, type LabLocale } from '../../lab/format.ts';
import { labAddress, parseLabAddress } from '../../lab/location.ts';
import { LabSession, type Preset } from '../../lab/session.ts';
import { commandFor, focusInfoOf, type LabCommand } from '../../lab/shortcuts.ts';
import { driveInSlices, type SliceDriver } from '../../lab/slices.ts';
import { browserStorage, keepSavedLab, loadLocation, saveLocation } from '../../lab/store.ts';
import { describeWith, type ResultWords } from '../../i18n/results/types.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { EventLog } from './EventLog.tsx';
import type { ChallengePanel as ChallengePanelType } from './ChallengePanel.tsx';
import type { FaultsPanel as FaultsPanelType } from './FaultsPanel.tsx';
import { GuidedSteps } from './GuidedSteps.tsx';
import { HostPanel } from './HostPanel.tsx';
import { MachineInspector } from './MachineInspector.tsx';
import { NetworkDiagram } from './NetworkDiagram.tsx';
import { NetworkView } from './NetworkView.tsx';
import { STATUS_KEY } from './status.ts';
import { RunProgress } from './RunProgress.tsx';
import type { Terminal as TerminalType } from './Terminal.tsx';
import { SPEEDS, TimeControls, timeLabel } from './TimeControls.tsx';
import { TimelineChart } from './TimelineChart.tsx';

export interface LabAppProps {
	locale: LabLocale;
	strings: LabStrings;
	/** The page's language's words for the engine's results (only that language reaches the island). */
	words: ResultWords;
	presets: Preset[];
	/** Preset shown first (and the fallback for a bad link). */
	initial: string;
	/** An embedded scene in a guide: fewer panels, no URL or saved state. */
	compact?: boolean;
	/** Error reference page, locale prefix included. */
	errorsPath: string;
	/** The full simulator page, locale prefix included (compact scenes link to it). */
	simulatorPath: string;
	idPrefix: string;
}

/** Real milliseconds of work per slice of a long forward run, between which the page draws. */
const SLICE_MS = 30;
/** Real milliseconds of simulation work allowed per animation frame while playing. */
const FRAME_BUDGET_MS = 16;
/** While playing, the view is redrawn at most this often (ms), so drawing never crowds out the run. */
const PLAY_REDRAW_MS = 120;

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
	compact = false,
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
	const [playing, setPlaying] = useState(false);
	const [speed, setSpeed] = useState(2);
	const [selected, setSelected] = useState<string | null>(null);
	const [notices, setNotices] = useState<string[]>([]);
	const [notReached, setNotReached] = useState(false);
	const [spoken, setSpoken] = useState('');
	const [progress, setProgress] = useState<number | null>(null);
	// The terminal and the faults panel sit below the picture: they load after hydration, not with the island.
	const [Faults, setFaults] = useState<typeof FaultsPanelType | null>(null);
	const [Term, setTerm] = useState<typeof TerminalType | null>(null);
	// `?challenge=<id>`: the challenge panel (a chunk of its own) runs the lab; the reader's saved lab is left as it is.
	const [challenge, setChallenge] = useState<string | null>(null);
	const [Challenge, setChallengePanel] = useState<typeof ChallengePanelType | null>(null);
	const driver = useRef<SliceDriver | null>(null);
	const announcer = useRef<Announcer | null>(null);
	const rootRef = useRef<HTMLDivElement>(null);
	const playRef = useRef({ playing: false, last: 0, frame: 0, stopAt: 0, drawn: 0 });

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
		const challengeId = compact
			? null
			: new URLSearchParams(window.location.search).get('challenge');
		if (challengeId !== null) {
			setChallenge(challengeId);
			void import('./ChallengePanel.tsx').then(
				(m) => setChallengePanel(() => m.ChallengePanel),
				() => setNotices((before) => [...before, s['lab.notice.challengeFailed']])
			);
		}
		if (!compact && challengeId === null) {
			const known = presets.map((p) => p.id);
			const found: string[] = [];
			const fromUrl = parseLabAddress(window.location.search, window.location.hash, known, initial);
			let location = fromUrl?.location ?? null;
			const fromStorage = location === null;
			const problems = fromUrl?.problems ?? [];
			if (problems.length > 0) {
				// The wording of link problems loads only when a link has one (it is not small).
				void import('../../i18n/issues/index.ts').then(({ formatIssue }) => {
					setNotices((before) => [
						...before,
						fill(s['lab.notice.url'], {
							detail: problems
								.map((p) => formatIssue(p, locale))
								.join('; ')
								.slice(0, 300),
						}),
					]);
				});
			}
			if (location === null) {
				const saved = loadLocation(browserStorage(), known);
				if (saved.kind === 'ok') location = saved.location;
				else if (saved.kind === 'corrupt') {
					// Keep what was saved aside before the autosave writes over it.
					keepSavedLab(browserStorage());
					found.push(s['lab.notice.storage']);
				}
			}
			if (location !== null) {
				if (location.scenario !== session.preset.id)
					sessionRef.current = new LabSession(presetOf(location.scenario));
				const restored = sessionRef.current!.restore(location);
				if (!restored.ok) {
					const detail = describeWith(words, restored.error);
					if (fromStorage) keepSavedLab(browserStorage());
					found.push(
						fill(s[fromStorage ? 'lab.notice.restoreFailed' : 'lab.notice.linkFailed'], { detail })
					);
				}
			}
			setNotices(found);
		}
		setHydrated(true);
		if (!compact) {
			void import('./FaultsPanel.tsx').then((m) => setFaults(() => m.FaultsPanel));
			void import('./Terminal.tsx').then((m) => setTerm(() => m.Terminal));
		}
		return () => {
			announcer.current?.cancel();
			cancelAnimationFrame(playRef.current.frame);
			driver.current?.cancel();
		};
	}, []);

	// Keep the URL and the autosave in step with the run (not while playing: on pause).
	useEffect(() => {
		if (!hydrated || compact || playing || progress !== null || challenge !== null) return;
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
		saveLocation(browserStorage(), loc);
	});

	const stopPlaying = () => {
		playRef.current.playing = false;
		cancelAnimationFrame(playRef.current.frame);
		setPlaying(false);
	};

	const frame = (ts: number) => {
		const p = playRef.current;
		if (!p.playing) return;
		const dt = Math.min(100, Math.max(0, ts - p.last));
		p.last = ts;
		const started = performance.now();
		const target = Math.min(
			p.stopAt,
			sessionRef.current!.now + ((SPEEDS[speedRef.current] ?? 1440) * dt) / 1000
		);
		// Advance in slices so one frame never runs long, whatever the speed and world size.
		const sess = sessionRef.current!;
		while (sess.now < target && performance.now() - started < FRAME_BUDGET_MS) {
			const moved = sess.goTo(Math.min(target, sess.now + sess.interval));
			if (!moved.ok) {
				// The run reached the lab's budget: say why play stopped.
				stopPlaying();
				notify(fill(s['lab.notice.playStopped'], { detail: describeWith(words, moved.error) }));
				rerender();
				return;
			}
		}
		if (ts - p.drawn >= PLAY_REDRAW_MS || sess.now >= p.stopAt) {
			p.drawn = ts;
			rerender();
			say(summary());
		}
		if (sess.now >= p.stopAt) {
			stopPlaying();
			return;
		}
		p.frame = requestAnimationFrame(frame);
	};
	const speedRef = useRef(speed);
	speedRef.current = speed;

	const notify = (text: string) => {
		setNotices((before) => [...before.filter((n) => n !== text), text]);
		say(text);
	};

	/**
	 * Moves time to `t`. Backward rebuilds at once; forward runs in slices that yield to the page,
	 * with progress and Cancel, and is refused whole (the lab put back) past the budget.
	 */
	const moveTo = (t: number) => {
		const sess = sessionRef.current!;
		if (driver.current !== null) return;
		if (t <= sess.now) {
			sess.goTo(t);
			return changed();
		}
		const finished = (
			result: { ok: true } | { ok: false; error: Parameters<typeof describeWith>[1] },
			cancelled: boolean
		) => {
			driver.current = null;
			setProgress(null);
			if (!result.ok)
				notify(fill(s['lab.notice.moveRefused'], { detail: describeWith(words, result.error) }));
			changed(cancelled ? s['lab.run.cancel'] : '');
		};
		driver.current = driveInSlices(sess.forward(t), {
			sliceMs: SLICE_MS,
			now: () => performance.now(),
			later: (task) => setTimeout(task, 0),
			onProgress: (fraction) => setProgress(fraction),
			onDone: finished,
		});
	};

	const togglePlay = () => {
		if (playRef.current.playing) {
			stopPlaying();
			say(`${s['lab.say.paused']} ${summary()}`);
			return;
		}
		if (driver.current !== null) return;
		const p = playRef.current;
		p.playing = true;
		p.last = performance.now();
		p.stopAt =
			session.now < session.horizon ? session.horizon : session.end + 365 * MINUTES_PER_DAY;
		setPlaying(true);
		say(s['lab.say.playing']);
		p.frame = requestAnimationFrame(frame);
	};

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
				const text = sess.preset.story?.steps[sess.step - 1]?.text[locale] ?? '';
				return changed(text);
			}
			case 'previousStep':
				stopPlaying();
				sess.goToStep(sess.step - 1);
				setNotReached(false);
				selectStepTarget();
				return changed();
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

	// Shortcuts: the whole page for the simulator, the scene itself for an embedded scene.
	useEffect(() => {
		if (!hydrated) return;
		const target: HTMLElement | Document | null = compact ? rootRef.current : document;
		if (target === null) return;
		const onKey = (event: Event) => {
			const e = event as KeyboardEvent;
			if (e.defaultPrevented) return;
			const command = commandFor(e, focusInfoOf(document.activeElement));
			if (command === null) return;
			e.preventDefault();
			runRef.current(command);
		};
		target.addEventListener('keydown', onKey);
		return () => target.removeEventListener('keydown', onKey);
	}, [hydrated]);

	const pickScenario = (id: string) => {
		stopPlaying();
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
	const stepLink = `${simulatorPath}?scenario=${encodeURIComponent(preset.id)}${sess.step > 0 ? `&step=${sess.step}` : ''}`;

	const statusLine = (
		<p class="lab-summary" data-lab-licensed={licensed} data-lab-total={total}>
			{fill(s['lab.summary'], { licensed, total })}
			{hostNames.length > 0 &&
				` · ${hostNames.map((h) => `${h}: ${fill(s['lab.net.count'], { n: sim.hostCount(h) })}`).join(' · ')}`}
		</p>
	);

	if (!hydrated) {
		// Server render and the moment before hydration: teach without JS.
		return (
			<div class="lab lab-static" ref={rootRef}>
				<p class="lab-title">{title}</p>
				{preset.scenario.description && <p>{preset.scenario.description[locale]}</p>}
				<GuidedSteps
					story={preset.story}
					locale={locale}
					s={s}
					step={0}
					interactive={false}
					idPrefix={idPrefix}
				/>
				<NetworkDiagram sim={sim} s={s} idPrefix={idPrefix} />
				{statusLine}
				<p class="lab-noscript-note">{s['lab.static.note']}</p>
			</div>
		);
	}

	return (
		<div
			class={`lab ${compact ? 'lab-compact' : ''}`}
			ref={rootRef}
			data-lab-ready
			data-lab-scenario={preset.id}
		>
			{notices.map((n, i) => (
				<div key={i} class="lab-notice" role="alert">
					<p>{n}</p>
					<button
						type="button"
						class="lab-btn"
						onClick={() => setNotices(notices.filter((_, j) => j !== i))}
					>
						{s['lab.notice.dismiss']}
					</button>
				</div>
			))}
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
			{compact ? (
				<p class="lab-title">{title}</p>
			) : (
				<div class="lab-row lab-row-wide">
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
				</div>
			)}
			{!compact && preset.scenario.description && (
				<p class="lab-desc">{preset.scenario.description[locale]}</p>
			)}
			<GuidedSteps
				story={preset.story}
				locale={locale}
				s={s}
				step={sess.step}
				interactive
				notReached={notReached}
				onNext={() => run('nextStep')}
				onPrevious={() => run('previousStep')}
				idPrefix={idPrefix}
			/>
			<TimeControls
				s={s}
				locale={locale}
				startDate={sim.startDate}
				now={sess.now}
				end={sess.end}
				playing={playing}
				speed={speed}
				compact={compact}
				onPlay={() => run('togglePlay')}
				onStepEvent={() => run('stepEvent')}
				onJump={(d) => run(d === 1 ? 'jump1' : d === 7 ? 'jump7' : d === 30 ? 'jump30' : 'jump180')}
				onSpeed={(i) => setSpeed(i)}
				onScrub={(t) => {
					stopPlaying();
					moveTo(t);
				}}
				onReset={() => run('reset')}
				idPrefix={idPrefix}
			/>
			{progress !== null && (
				<RunProgress fraction={progress} s={s} onCancel={() => driver.current?.cancel()} />
			)}
			{statusLine}
			<div class="lab-cols">
				<div class="lab-col">
					<NetworkDiagram sim={sim} s={s} idPrefix={idPrefix} />
					<NetworkView
						sim={sim}
						s={s}
						selected={selected}
						onSelect={setSelected}
						idPrefix={idPrefix}
					/>
				</div>
				<div class="lab-col">
					{panelHost !== undefined && (
						<HostPanel
							sim={sim}
							host={panelHost}
							s={s}
							locale={locale}
							compact={compact}
							idPrefix={idPrefix}
						/>
					)}
					{!compact && (
						<MachineInspector
							sim={sim}
							machine={selMachine}
							s={s}
							locale={locale}
							errorsPath={errorsPath}
							idPrefix={idPrefix}
						/>
					)}
					{compact && selMachine !== undefined && (
						<p class="lab-summary">{`${selMachine.name}: ${s[STATUS_KEY[selMachine.status]]}${selMachine.lastResult ? ` · ${selMachine.lastResult}` : ''}`}</p>
					)}
				</div>
			</div>
			<TimelineChart
				series={sess.series}
				hostNames={hostNames}
				now={sess.now}
				end={sess.end}
				s={s}
				idPrefix={idPrefix}
			/>
			{!compact && (
				<>
					<EventLog
						session={sess}
						playing={playing}
						s={s}
						locale={locale}
						onPick={(computer, time) => {
							stopPlaying();
							if (computer !== '') setSelected(computer);
							sess.goTo(time);
							changed();
						}}
						idPrefix={idPrefix}
					/>
					{Term !== null && (
						<Term
							sim={sess.shellSim()}
							run={sess.sim}
							words={words}
							machine={selected ?? hostNames[0] ?? sim.machines()[0]?.name ?? 'KMS01'}
							s={s}
							locale={locale}
							onRan={() => changed()}
							idPrefix={idPrefix}
						/>
					)}
					{Faults !== null && (
						<Faults
							sim={sim}
							host={panelHost}
							machine={selMachine}
							s={s}
							words={words}
							dispatch={dispatch}
							idPrefix={idPrefix}
						/>
					)}
				</>
			)}
			{compact && (
				<p>
					<a href={stepLink}>{s['lab.compact.open']}</a>
				</p>
			)}
			<div class="lab-sr" role="status" aria-live="polite" data-lab-live>
				{spoken}
			</div>
		</div>
	);
}
