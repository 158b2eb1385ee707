import { useEffect, useRef, useState } from 'preact/hooks';
import { findChallenge, type Challenge } from '../../lab/challengeData.ts';
import { MAIN_SOURCES, learnUrlFor } from '../../data/sources.ts';
import { challengeCatalogue } from '../../i18n/challenges/index.ts';
import { challengePreset, challengePresetId, evaluateGoal } from '../../lab/challenges.ts';
import {
	readChallengeProgress,
	saveChallengeEntry,
	type ChallengeEntry,
} from '../../lab/challengeStore.ts';
import { fill, type LabLocale } from '../../lab/format.ts';
import { LabSession } from '../../lab/session.ts';
import { browserStorage } from '../../lab/store.ts';
import { GroupRun } from './GroupRun.tsx';
import './challenge.css';

export interface ChallengePanelProps {
	/** The `?challenge=` value. */
	id: string;
	locale: LabLocale;
	/** The lab's current run (the panel checks the goal against it on every redraw). */
	session: LabSession;
	/** Puts a run in the lab in place of the current one. */
	install: (session: LabSession) => void;
	/** Stops play (the lab pauses when the goal is reached). */
	pause: () => void;
	/** Tells the lab the run changed (after a group run). */
	changed: () => void;
	/** The challenges index, locale prefix included. */
	indexPath: string;
	/** The simulator page without a challenge: the reader's own saved lab. */
	simulatorPath: string;
	idPrefix: string;
}

function freshRun(challenge: Challenge): LabSession {
	return new LabSession(challengePreset(challenge));
}

/** A saved attempt rebuilt, or a fresh run when there is none or it cannot be rebuilt. */
function savedRun(challenge: Challenge, entry: ChallengeEntry | undefined): LabSession {
	const run = freshRun(challenge);
	if (entry?.location != null && !run.restore(entry.location).ok) return freshRun(challenge);
	return run;
}

/**
 * A challenge beside the lab: the broken network, its goal in one sentence, the outcomes that
 * still fail, hints one at a time, and the fix explained once the goal holds. The goal is read
 * from the simulation after every change (each redraw of the lab), never from what was typed.
 * Loaded on demand: only with `?challenge=` in the address.
 */
export function ChallengePanel({
	id,
	locale,
	session,
	install,
	pause,
	changed,
	indexPath,
	simulatorPath,
	idPrefix,
}: ChallengePanelProps) {
	const challenge = findChallenge(id);
	const words = challengeCatalogue(locale);
	const ui = words.ui;
	const [hints, setHints] = useState(0);
	const [saveFailed, setSaveFailed] = useState(false);
	const solvedSeen = useRef(false);
	const debrief = useRef<HTMLHeadingElement>(null);

	// Start (or resume) the challenge once, in place of the lab's default run.
	useEffect(() => {
		if (challenge === undefined) return;
		const entry = readChallengeProgress(browserStorage()).get(challenge.id);
		setHints(entry?.hints ?? 0);
		const run = savedRun(challenge, entry);
		solvedSeen.current = evaluateGoal(challenge, run.sim).solved;
		install(run);
	}, [id]);

	const ours = challenge !== undefined && session.preset.id === challengePresetId(challenge.id);
	const goal = ours ? evaluateGoal(challenge, session.sim) : null;
	const solved = goal?.solved === true;

	// After every change: save the attempt, and pause and explain the first time the goal holds.
	useEffect(() => {
		if (!ours || challenge === undefined) return;
		const stored = saveChallengeEntry(browserStorage(), challenge.id, {
			status: solved ? 'solved' : 'started',
			hints,
			location: session.location(),
		});
		setSaveFailed(!stored);
		if (solved && !solvedSeen.current) {
			solvedSeen.current = true;
			pause();
			debrief.current?.focus();
		}
		if (!solved) solvedSeen.current = false;
	}, [session, session.version, hints, ours, solved]);

	if (challenge === undefined)
		return (
			<section class="lab-challenge" aria-labelledby={`${idPrefix}-challenge-h`}>
				<h2 id={`${idPrefix}-challenge-h`}>{fill(ui.heading, { title: id.slice(0, 40) })}</h2>
				<p role="alert">{fill(ui.unknown, { id: id.slice(0, 40) })}</p>
				<p>
					<a href={indexPath}>{ui.index}</a>
				</p>
			</section>
		);

	const w = words.challenges[challenge.id];
	const source = MAIN_SOURCES.find((s) => s.url === challenge.source);
	const restart = () => {
		solvedSeen.current = false;
		install(freshRun(challenge));
	};

	return (
		<section
			class="lab-challenge"
			aria-labelledby={`${idPrefix}-challenge-h`}
			data-challenge={challenge.id}
			data-challenge-solved={solved ? 'true' : 'false'}
		>
			<h2 id={`${idPrefix}-challenge-h`}>{fill(ui.heading, { title: w.title })}</h2>
			<p class="lab-challenge-story">{w.story}</p>
			<p>
				<strong>{ui.goal}:</strong> {w.goal}
			</p>
			<p>
				<strong>{ui.symptom}:</strong> <code>{challenge.symptom}</code>
			</p>
			{saveFailed && (
				<p class="lab-notice" role="alert" data-challenge-save-failed>
					{ui.saveFailed}
				</p>
			)}
			{goal === null ? (
				<div class="lab-notice" role="alert">
					<p>{ui.offScenario}</p>
				</div>
			) : (
				<>
					<h3>{ui.checklist}</h3>
					<ul class="lab-challenge-checks" data-challenge-checks>
						{goal.checks.map((c) => (
							<li key={c.check} data-ok={c.ok ? 'true' : 'false'}>
								<span aria-hidden="true">{c.ok ? '✓ ' : '✕ '}</span>
								{fill(words.checks[c.check], { n: c.n, total: c.total })}
							</li>
						))}
					</ul>
					{!solved && <p class="lab-note">{ui.timeNote}</p>}
				</>
			)}
			{solved && (
				<div class="lab-challenge-solved" role="status" data-challenge-debrief>
					<h3 id={`${idPrefix}-challenge-solved`} tabIndex={-1} ref={debrief}>
						{ui.solved}
					</h3>
					<h4>{ui.fixHeading}</h4>
					<p>{w.fix}</p>
					{source !== undefined && (
						<p>
							<a href={learnUrlFor(source.url, locale)} rel="noopener">
								{fill(ui.source, { title: source.title })}
							</a>
						</p>
					)}
				</div>
			)}
			{w.hints.slice(0, hints).length > 0 && (
				<ol class="lab-challenge-hints" data-challenge-hints>
					{w.hints.slice(0, hints).map((h, i) => (
						<li key={i}>
							<strong>{fill(ui.hint, { k: i + 1 })}:</strong> {h}
						</li>
					))}
				</ol>
			)}
			<div class="lab-row">
				{hints < w.hints.length && (
					<button
						type="button"
						class="lab-btn"
						onClick={() => setHints(hints + 1)}
						data-challenge-hint
					>
						{fill(ui.hintNext, { k: hints + 1, n: w.hints.length })}
					</button>
				)}
				<button type="button" class="lab-btn" onClick={restart} data-challenge-restart>
					{ui.restart}
				</button>
				<a class="lab-btn" href={indexPath}>
					{ui.index}
				</a>
				<a class="lab-btn" href={simulatorPath}>
					{ui.leave}
				</a>
			</div>
			{ours && (
				<GroupRun session={session} locale={locale} ui={ui} onRan={changed} idPrefix={idPrefix} />
			)}
		</section>
	);
}
