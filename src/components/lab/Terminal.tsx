import { useEffect, useRef, useState } from 'preact/hooks';
import type { Simulation } from '../../engine/index.ts';
import type { ShellSim } from '../../shell/context.ts';
import type { ResultWords } from '../../i18n/results/types.ts';
import type { LabLocale } from '../../lab/format.ts';
import { fill } from '../../lab/format.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { Transcripts } from '../../lab/transcripts.ts';

/** `src/shell/terminalJa.ts` and `terminalEn.ts` export the same things: the shell and one language's texts. */
type ShellModule = typeof import('../../shell/terminalEn.ts');
type Shell = ReturnType<ShellModule['createShell']>;

interface Props {
	/** The run as the prompt sees it: read-only, with the lab session's dispatch as its one way in. */
	sim: ShellSim;
	/** The run itself, so the prompt knows when a rewind or a reset replaced it. */
	run: Simulation;
	machine: string;
	s: LabStrings;
	locale: LabLocale;
	/** The page's words for the lab's refusals (a limit reached), shown as lab notes. */
	words: ResultWords;
	/** Called after each command, so the lab redraws what the command changed. */
	onRan: () => void;
	idPrefix: string;
}

/**
 * The emulated command prompt of the selected machine. Each machine keeps its own window (screen,
 * history and shell), so selecting another machine switches to its prompt. The command-line
 * module is loaded on first use, with the page's language only, so it does not weigh on the lab's
 * first load. Keys typed here never reach the lab's shortcuts (`data-lab-no-shortcuts`).
 */
export function Terminal({ sim, run: runNow, words, machine, s, locale, onRan, idPrefix }: Props) {
	const [mod, setMod] = useState<ShellModule | null>(null);
	const [failed, setFailed] = useState(false);
	const [elevated, setElevated] = useState(true);
	const [line, setLine] = useState('');
	// Redraws after a command: the transcripts are kept outside Preact's state.
	const [, setRan] = useState(0);
	const transcripts = useRef(new Transcripts()).current;
	const shells = useRef(new Map<string, { lang: string; run: Simulation; shell: Shell }>()).current;
	const screen = transcripts.of(machine).screen;
	const out = useRef<HTMLPreElement>(null);

	const loading = useRef<{ locale: LabLocale; module: Promise<ShellModule | null> } | null>(null);
	// The command-line module loads on first use (focus or Enter), not with the lab, and only in
	// the page's language.
	const load = (): Promise<ShellModule | null> => {
		if (loading.current === null || loading.current.locale !== locale) {
			// Two literal imports (not a template) so that each locale is its own chunk.
			const request =
				locale === 'ja' ? import('../../shell/terminalJa.ts') : import('../../shell/terminalEn.ts');
			const loaded = request.then(
				(m) => {
					setMod(m);
					return m;
				},
				() => {
					setFailed(true);
					return null;
				}
			);
			loading.current = { locale, module: loaded };
		}
		return loading.current.module;
	};

	useEffect(() => {
		if (out.current) out.current.scrollTop = out.current.scrollHeight;
	}, [screen, machine]);

	// A new machine's window starts with an empty line.
	useEffect(() => setLine(''), [machine]);

	const current = (loaded: ShellModule | null = mod): Shell | null => {
		if (loaded === null) return null;
		const lang = loaded.catalogue.lang;
		let kept = shells.get(machine);
		if (kept === undefined || kept.lang !== lang || kept.run !== runNow) {
			kept = {
				lang,
				run: runNow,
				shell: loaded.createShell(sim, machine, {
					catalogue: loaded.catalogue,
					elevated,
					results: words,
				}),
			};
			shells.set(machine, kept);
		}
		// Only machines whose window is still kept keep a shell.
		const windows = new Set(transcripts.machines());
		for (const name of shells.keys()) if (!windows.has(name)) shells.delete(name);
		kept.shell.setElevated(elevated);
		return kept.shell;
	};

	const run = async (e: Event) => {
		e.preventDefault();
		const sh = current(mod !== null && mod.catalogue.lang === locale ? mod : await load());
		if (sh === null) return;
		const typed = line;
		const prompt = sh.prompt();
		const result = sh.run(typed);
		transcripts.record(machine, prompt, typed, result.output, result.clear === true);
		setLine('');
		setRan((n) => n + 1);
		onRan();
	};

	const onKey = (e: KeyboardEvent) => {
		if (transcripts.of(machine).history.length === 0) return;
		if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
			e.preventDefault();
			setLine(transcripts.step(machine, e.key === 'ArrowUp' ? -1 : 1));
		}
	};

	const prompt = elevated ? 'C:\\Windows\\system32>' : 'C:\\Users\\Administrator>';
	return (
		<div class="lab-terminal" data-lab-no-shortcuts>
			<h3 id={`${idPrefix}-term-h`} data-lab-terminal-title>
				{fill(s[elevated ? 'lab.term.title' : 'lab.term.titlePlain'], { name: machine })}
			</h3>
			<label class="lab-check">
				<input
					type="checkbox"
					checked={elevated}
					onChange={(e) => setElevated((e.currentTarget as HTMLInputElement).checked)}
				/>
				<span>{s['lab.term.elevated']}</span>
			</label>
			<pre
				class="lab-screen"
				ref={out}
				tabIndex={0}
				aria-label={s['lab.term.output']}
				data-lab-screen
			>
				{screen === '' ? s['lab.term.hint'] : screen}
			</pre>
			{failed && <p class="lab-warn">{s['lab.term.failed']}</p>}
			<form class="lab-prompt" onSubmit={run}>
				<label for={`${idPrefix}-term-in`} class="lab-prompt-label">
					<span class="lab-sr">{s['lab.term.input']}</span>
					<span aria-hidden="true">{prompt}</span>
				</label>
				<input
					id={`${idPrefix}-term-in`}
					type="text"
					value={line}
					onInput={(e) => setLine((e.currentTarget as HTMLInputElement).value)}
					onKeyDown={onKey}
					onFocus={() => void load()}
					autoComplete="off"
					autoCapitalize="off"
					spellcheck={false}
					maxLength={8191}
					data-lab-terminal-input
				/>
				<button type="submit" class="lab-btn">
					{s['lab.term.run']}
				</button>
			</form>
		</div>
	);
}
