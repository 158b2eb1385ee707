import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Diagnosis } from '../../tools/diagnose/index.ts';
import { MAX_PASTES } from '../../tools/diagnose/limits.ts';
import type { PageWords } from '../../tools/diagnose/explain.ts';
import { fillWords } from '../../i18n/diagnose/index.ts';
import type { CopyWords } from './CopyCommandView.tsx';
import { PasteField } from './diagnose/PasteField.tsx';
import { DiagnosisView } from './diagnose/DiagnosisView.tsx';
import type { PageContext } from './diagnose/context.ts';
import { FRAGMENT, sessionStore, takeHandoff } from './diagnose/handoff.ts';

export interface DiagnoseProps {
	/** The page's language: picks the guide anchors the Diagnosis carries for both. */
	lang: 'ja' | 'en';
	/** The diagnosis words in the page's language only. */
	words: PageWords;
	/** Each documented error code's meaning, in the page's language. */
	meanings: readonly { readonly code: string; readonly meaning: string }[];
	/** What src/data says about lines beyond codes (events, channels, Azure KMS…), by key, in the page's language. */
	dataTexts: readonly (readonly [string, string])[];
	/** Titles of the lab presets the page may link to, in the page's language. */
	scenes: readonly { readonly id: string; readonly title: string }[];
	copy: CopyWords;
	/** Said when a paste was carried over from the error lookup. */
	carried: string;
	/** Site paths with the page's locale prefix: `/` or `/en/`, the error reference and the simulator. */
	paths: { readonly root: string; readonly errors: string; readonly simulator: string };
}

interface PasteEntry {
	readonly key: number;
	readonly text: string;
}

const ID = 'kt-dx';

/**
 * The parsers and the data they read load on first use, so the page's island stays small; the
 * chunk is part of the site (nothing is fetched from elsewhere).
 */
function loadDiagnose(): Promise<(texts: readonly string[]) => Diagnosis> {
	return import('../../tools/diagnose/index.ts').then((m) => m.diagnose);
}

/**
 * "Paste what you see": one or more paste areas and, on request, the diagnosis of what was pasted.
 * Everything runs here in the browser; nothing is sent or stored. Before hydration (or without
 * JavaScript) it says so instead of showing controls that would do nothing.
 */
export function Diagnose(props: DiagnoseProps) {
	const { words } = props;
	const p = words.page;
	const [ready, setReady] = useState(false);
	const [pastes, setPastes] = useState<readonly PasteEntry[]>([{ key: 0, text: '' }]);
	const [result, setResult] = useState<{
		readonly texts: readonly string[];
		readonly diagnosis: Diagnosis;
	} | null>(null);
	const [hint, setHint] = useState('');
	const nextKey = useRef(1);
	const focusKey = useRef<number | null>(null);
	const focusResult = useRef(false);
	const resultHeading = useRef<HTMLHeadingElement>(null);

	// A paste the error lookup carried over (sessionStorage or #paste=) is read once and diagnosed.
	useEffect(() => {
		const hash = window.location.hash;
		const carried = takeHandoff(hash, sessionStore());
		if (hash.startsWith(FRAGMENT)) {
			try {
				const url = new URL(window.location.href);
				url.hash = '';
				window.history.replaceState(window.history.state, '', url);
			} catch {
				// The address keeps the fragment; the paste is still read.
			}
		}
		if (carried !== null) {
			setPastes([{ key: 0, text: carried.text }]);
			void loadDiagnose().then((diagnose) => {
				setResult({ texts: [carried.text], diagnosis: diagnose([carried.text]) });
				setHint(props.carried);
			});
		}
		setReady(true);
	}, []);
	// Right after the DOM changes: a new paste area or the result takes the focus.
	useLayoutEffect(() => {
		if (focusKey.current !== null) {
			document.getElementById(`${ID}-paste-${focusKey.current}`)?.focus();
			focusKey.current = null;
		}
		if (focusResult.current) {
			resultHeading.current?.focus();
			focusResult.current = false;
		}
	});

	const context: PageContext = useMemo(() => {
		const meanings = new Map(props.meanings.map((m) => [m.code, m.meaning]));
		const scenes = new Map(props.scenes.map((s) => [s.id, s.title]));
		const dataTexts = new Map(props.dataTexts);
		return {
			lang: props.lang,
			words,
			copy: props.copy,
			paths: props.paths,
			meaning: (code) => meanings.get(code),
			dataText: (key) => dataTexts.get(key),
			sceneTitle: (id) => scenes.get(id),
			idPrefix: ID,
		};
	}, [props]);

	if (!ready) return <p class="kt-hint kt-dx__nojs">{p.needsJs}</p>;

	const update = (key: number, text: string): void =>
		setPastes((list) => list.map((e) => (e.key === key ? { key, text } : e)));
	const add = (): void => {
		if (pastes.length >= MAX_PASTES) return;
		const key = nextKey.current++;
		focusKey.current = key;
		setPastes([...pastes, { key, text: '' }]);
	};
	const remove = (key: number): void => {
		const at = pastes.findIndex((e) => e.key === key);
		const rest = pastes.filter((e) => e.key !== key);
		focusKey.current = (rest[Math.max(0, at - 1)] ?? rest[0])?.key ?? null;
		setPastes(rest);
	};
	const run = (): void => {
		const texts = pastes.map((e) => e.text);
		if (texts.every((t) => t.trim() === '')) {
			setResult(null);
			setHint(p.empty);
			return;
		}
		setHint('');
		void loadDiagnose().then((diagnose) => {
			focusResult.current = true;
			setResult({ texts, diagnosis: diagnose(texts) });
		});
	};
	const clear = (): void => {
		const key = nextKey.current++;
		focusKey.current = key;
		setPastes([{ key, text: '' }]);
		setResult(null);
		setHint('');
	};

	return (
		<div class="kt-dx" data-dx-ready>
			<p class="kt-dx__privacy" id={`${ID}-privacy`}>
				{p.privacy}
			</p>
			<p class="kt-hint" id={`${ID}-help`}>
				{p.pasteHelp} {fillWords(p.max, { max: MAX_PASTES })}
			</p>
			{pastes.map((e, i) => (
				<PasteField
					key={e.key}
					id={`${ID}-paste-${e.key}`}
					describedBy={`${ID}-help ${ID}-privacy`}
					label={fillWords(p.pasteLabel, { n: i + 1 })}
					removeLabel={pastes.length > 1 ? fillWords(p.removeLabel, { n: i + 1 }) : null}
					removeText={p.remove}
					text={e.text}
					onInput={(text) => update(e.key, text)}
					onRemove={() => remove(e.key)}
					onRun={run}
				/>
			))}
			<div class="kt-dx__actions">
				<button type="button" class="kt-button" onClick={run}>
					{p.run}
				</button>
				<button
					type="button"
					class="kt-button kt-button--secondary"
					onClick={add}
					disabled={pastes.length >= MAX_PASTES}
				>
					{p.add}
				</button>
				<button type="button" class="kt-button kt-button--secondary" onClick={clear}>
					{p.clear}
				</button>
			</div>
			<p class="kt-dx__hint" role="status">
				{hint}
			</p>
			{result !== null && (
				<DiagnosisView
					diagnosis={result.diagnosis}
					texts={result.texts}
					context={context}
					headingRef={resultHeading}
				/>
			)}
		</div>
	);
}
