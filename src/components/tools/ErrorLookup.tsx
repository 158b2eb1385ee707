import { useEffect, useRef, useState } from 'preact/hooks';
import { ERROR_CODES } from '../../data/errors.ts';
import type { Locale } from '../../i18n/index.ts';
import type { ToolKey, ToolStrings } from '../../i18n/toolStrings.ts';
import type { LookupWords } from '../../i18n/diagnose/lookup.ts';
import {
	anchorId,
	isWholeOutput,
	lookupError,
	MAX_INPUT,
	type ErrorLookup as LookupResult,
	type FoundCode,
} from '../../tools/errorCode.ts';
import { fill } from '../../tools/text.ts';
import { ErrorEntryView } from './ErrorEntryView.tsx';
import { handOff, sessionStore } from './diagnose/handoff.ts';

interface Props {
	locale: Locale;
	/** The page language's tool strings (src/i18n/toolStrings.ts). */
	strings: ToolStrings;
	/** Path of the error code reference page (locale prefix included). */
	referencePath: string;
	/** Path of the diagnose tool (locale prefix included), where a whole output is sent. */
	diagnosePath: string;
	/** The lookup's words about several codes and outputs, in the page's language. */
	words: LookupWords;
	/** Compact form for the home page: the meaning and a link to the full entry. */
	compact?: boolean;
	/** Distinguishes several lookups on one page (label/input ids). */
	idPrefix?: string;
}

/** Longest `?code=` value we accept from a link; longer ones are ignored. */
const MAX_QUERY = 500;
/** The reference page's list of codes: where the form lands without JavaScript. */
const INDEX_ANCHOR = 'kt-ref-index';

function readQuery(): string {
	try {
		const value = new URLSearchParams(window.location.search).get('code');
		return value !== null && value.length <= MAX_QUERY ? value : '';
	} catch {
		return '';
	}
}

/** Keeps the query in the URL (`?code=`) so help-desk staff can send a link; never adds history entries. */
function writeQuery(query: string): void {
	try {
		const url = new URL(window.location.href);
		if (query.trim() === '') url.searchParams.delete('code');
		else url.searchParams.set('code', query.trim().slice(0, MAX_QUERY));
		window.history.replaceState(window.history.state, '', url);
	} catch {
		// A sandboxed or file:// page may refuse: the lookup still works without the URL.
	}
}

/** A pasted output, shown on the input's one line. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim().slice(0, MAX_INPUT);
}

export function ErrorLookup({
	locale,
	referencePath,
	diagnosePath,
	words,
	compact = false,
	idPrefix = 'kt-lookup',
	strings,
}: Props) {
	const [query, setQuery] = useState('');
	/** A pasted output with its line breaks, which the one-line input cannot keep. */
	const [pasted, setPasted] = useState<string | null>(null);
	const [result, setResult] = useState<LookupResult>({ kind: 'empty' });
	const [ready, setReady] = useState(false);
	const [handoffError, setHandoffError] = useState('');
	const current = useRef('');
	const s = (key: ToolKey) => strings[key];

	/** Reads `text`; an output is read again by the diagnose core (loaded on demand) for its code order. */
	function analyse(text: string): void {
		current.current = text;
		setHandoffError('');
		setResult(lookupError(text));
		if (!isWholeOutput(text)) return;
		import('../../tools/diagnose/index.ts')
			.then(({ diagnose }) => {
				if (current.current === text) setResult(lookupError(text, diagnose([text])));
			})
			.catch(() => {
				// Offline or blocked chunk: the lookup's own reading stays.
			});
	}

	useEffect(() => {
		const initial = readQuery();
		setQuery(initial);
		analyse(initial);
		setReady(true);
	}, []);

	function update(value: string): void {
		setPasted(null);
		setQuery(value);
		analyse(value);
		writeQuery(value);
	}

	function onPaste(event: ClipboardEvent): void {
		const text = event.clipboardData?.getData('text/plain') ?? '';
		if (!isWholeOutput(text)) return;
		// The one-line input would drop the line breaks the diagnosis needs: keep the text whole.
		event.preventDefault();
		setPasted(text);
		setQuery(oneLine(text));
		analyse(text);
		writeQuery('');
	}

	function openDiagnose(): void {
		const text = pasted ?? query;
		const carried = handOff(text, diagnosePath, sessionStore());
		if (carried.ok) window.location.assign(carried.href);
		else
			setHandoffError(
				fill(carried.reason === 'too_long' ? words.tooLong : words.tooLongForLink, {
					max: carried.max,
				})
			);
	}

	const inputId = `${idPrefix}-input`;
	const hintId = `${idPrefix}-hint`;
	const entryHref = (code: string) =>
		compact ? `${referencePath}#${anchorId(code)}` : `#${anchorId(code)}`;
	const codes = result.kind === 'codes' ? result.codes : [];
	const primary = codes[0];
	const explained = codes.find((c) => c.explainedBy !== null);
	const output = (result.kind === 'codes' || result.kind === 'invalid') && result.output;

	return (
		<div class={`kt-lookup${compact ? ' kt-lookup--compact' : ''}`}>
			<form
				class="kt-lookup__form"
				role="search"
				action={`${referencePath}#${INDEX_ANCHOR}`}
				method="get"
				onSubmit={(event) => {
					event.preventDefault();
					if (pasted === null) update(query);
				}}
			>
				<label for={inputId} class="kt-lookup__label">
					{s('tools.lookup.label')}
				</label>
				<div class="kt-lookup__row">
					<input
						id={inputId}
						name="code"
						type="text"
						inputMode="text"
						autocomplete="off"
						spellcheck={false}
						placeholder={s('tools.lookup.placeholder')}
						aria-describedby={hintId}
						value={query}
						maxLength={MAX_INPUT}
						onInput={(event) => update(event.currentTarget.value)}
						onPaste={onPaste}
					/>
					<button type="submit" class="kt-button">
						{s('tools.lookup.submit')}
					</button>
				</div>
				<p id={hintId} class="kt-hint">
					{s('tools.lookup.hint')}
				</p>
				{!ready && (
					<p class="kt-hint">
						{compact ? s('tools.lookup.noscriptHome') : s('tools.lookup.noscript')}
					</p>
				)}
				{!ready && compact && (
					<details class="kt-lookup__index">
						<summary>{words.noscriptIndex}</summary>
						<ul class="kt-ref-index">
							{ERROR_CODES.map((entry) => (
								<li key={entry.code}>
									<a href={`${referencePath}#${anchorId(entry.code)}`}>
										<code>{entry.code}</code>
									</a>
								</li>
							))}
						</ul>
					</details>
				)}
			</form>
			<div class="kt-lookup__result">
				<p class="kt-sr" role="status">
					{primary?.entry !== undefined
						? fill(s('tools.lookup.resultFor'), { code: primary.code })
						: ''}
					{primary !== undefined && primary.entry === undefined
						? fill(s('tools.lookup.unknown'), { code: primary.code })
						: ''}
					{result.kind === 'invalid' && !result.output ? s('tools.lookup.invalid') : ''}
					{output ? (result.kind === 'invalid' ? words.outputNoCode : words.output) : ''}
				</p>
				{output && (
					<div class="kt-message kt-lookup__output">
						<p>{result.kind === 'invalid' ? words.outputNoCode : words.output}</p>
						<p>
							<button type="button" class="kt-button" onClick={openDiagnose}>
								{words.openDiagnose}
							</button>
						</p>
						{handoffError !== '' && (
							<p class="kt-lookup__handoff-error" role="alert">
								{handoffError}
							</p>
						)}
					</div>
				)}
				{explained !== undefined && (
					<p class="kt-message">
						{fill(words.explainedBy, {
							cause: explained.explainedBy ?? '',
							code: explained.code,
						})}
					</p>
				)}
				{primary?.entry !== undefined && (
					<ErrorEntryView
						strings={strings}
						entry={primary.entry}
						locale={locale}
						compact={compact}
						headingLevel={compact ? 3 : 2}
						detailsHref={entryHref(primary.code)}
					/>
				)}
				{result.kind === 'invalid' && !result.output && (
					<p class="kt-message">{s('tools.lookup.invalid')}</p>
				)}
				{primary !== undefined && primary.entry === undefined && (
					<div class="kt-message">
						<p>{fill(s('tools.lookup.unknown'), { code: primary.code })}</p>
						<p>{fill(s('tools.lookup.unknownSlui'), { code: primary.code })}</p>
						{result.kind === 'codes' && result.closest.length > 0 && (
							<>
								<p class="kt-label">{s('tools.lookup.closest')}</p>
								<ul>
									{result.closest.map((entry) => (
										<li key={entry.code}>
											<a href={entryHref(entry.code)}>
												<code>{entry.code}</code>
											</a>{' '}
											{entry.meaning[locale]}
										</li>
									))}
								</ul>
							</>
						)}
					</div>
				)}
				{result.kind === 'codes' && result.see12288 && <p class="kt-message">{words.see12288}</p>}
				{codes.length > 1 && (
					<div class="kt-lookup__others">
						<p class="kt-label">{words.others}</p>
						<ul>
							{codes.slice(1).map((c) => (
								<OtherCode
									key={c.code}
									found={c}
									locale={locale}
									href={entryHref(c.code)}
									words={words}
								/>
							))}
						</ul>
					</div>
				)}
			</div>
		</div>
	);
}

function OtherCode({
	found,
	locale,
	href,
	words,
}: {
	found: FoundCode;
	locale: Locale;
	href: string;
	words: LookupWords;
}) {
	if (found.entry === undefined)
		return (
			<li>
				<code>{found.code}</code> {words.notInReference}
			</li>
		);
	return (
		<li>
			<a href={href}>
				<code>{found.code}</code>
			</a>{' '}
			{found.entry.meaning[locale]}
		</li>
	);
}
