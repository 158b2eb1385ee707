import { useEffect, useRef, useState } from 'preact/hooks';
import type { Simulation } from '../../engine/index.ts';
import type { ShellSim } from '../../shell/context.ts';
import type { ResultWords } from '../../i18n/results/types.ts';
import type { LabLocale } from '../../lab/format.ts';
import { fill } from '../../lab/format.ts';
import type { LabStrings } from '../../lab/strings.ts';

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

/** Most characters of output the terminal keeps on screen. */
const MAX_SCREEN = 60_000;
const MAX_HISTORY = 100;

/**
 * The emulated command prompt of the selected machine. The command-line module is loaded on
 * first use, with the page's language only, so it does not weigh on the lab's first load. Keys typed here never reach the lab's
 * shortcuts (`data-lab-no-shortcuts`).
 */
export function Terminal({ sim, run: runNow, words, machine, s, locale, onRan, idPrefix }: Props) {
	const [mod, setMod] = useState<ShellModule | null>(null);
	const [failed, setFailed] = useState(false);
	const [elevated, setElevated] = useState(true);
	const [screen, setScreen] = useState('');
	const [line, setLine] = useState('');
	const history = useRef<string[]>([]);
	const cursor = useRef(0);
	const shell = useRef<{ key: string; run: Simulation; shell: Shell } | null>(null);
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
	}, [screen]);

	const current = (loaded: ShellModule | null = mod): Shell | null => {
		if (loaded === null) return null;
		const key = `${machine}|${loaded.catalogue.lang}`;
		if (shell.current === null || shell.current.key !== key || shell.current.run !== runNow) {
			shell.current = {
				key,
				run: runNow,
				shell: loaded.createShell(sim, machine, {
					catalogue: loaded.catalogue,
					elevated,
					results: words,
				}),
			};
		}
		shell.current.shell.setElevated(elevated);
		return shell.current.shell;
	};

	const run = async (e: Event) => {
		e.preventDefault();
		const sh = current(mod !== null && mod.catalogue.lang === locale ? mod : await load());
		if (sh === null) return;
		const typed = line;
		const prompt = sh.prompt();
		const result = sh.run(typed);
		if (typed.trim() !== '') {
			history.current = [...history.current.filter((h) => h !== typed), typed].slice(-MAX_HISTORY);
		}
		cursor.current = history.current.length;
		setLine('');
		setScreen((before) => {
			const next =
				result.clear === true ? result.output : `${before}${prompt}${typed}\n${result.output}`;
			return next.length > MAX_SCREEN ? next.slice(next.length - MAX_SCREEN) : next;
		});
		onRan();
	};

	const onKey = (e: KeyboardEvent) => {
		const h = history.current;
		if (e.key === 'ArrowUp' && h.length > 0) {
			e.preventDefault();
			cursor.current = Math.max(0, cursor.current - 1);
			setLine(h[cursor.current] ?? '');
		} else if (e.key === 'ArrowDown' && h.length > 0) {
			e.preventDefault();
			cursor.current = Math.min(h.length, cursor.current + 1);
			setLine(h[cursor.current] ?? '');
		}
	};

	const prompt = elevated ? 'C:\\Windows\\system32>' : 'C:\\Users\\Administrator>';
	return (
		<div class="lab-terminal" data-lab-no-shortcuts>
			<h3 id={`${idPrefix}-term-h`}>{fill(s['lab.term.title'], { name: machine })}</h3>
			<label class="lab-check">
				<input
					type="checkbox"
					checked={elevated}
					onChange={(e) => setElevated(e.currentTarget.checked)}
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
			<form class="lab-prompt" onSubmit={(e) => void run(e)}>
				<label for={`${idPrefix}-term-in`} class="lab-prompt-label">
					<span class="lab-sr">{s['lab.term.input']}</span>
					<span aria-hidden="true">{prompt}</span>
				</label>
				<input
					id={`${idPrefix}-term-in`}
					type="text"
					value={line}
					onInput={(e) => setLine(e.currentTarget.value)}
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
