import { useEffect, useState } from 'preact/hooks';
import { t, type Locale } from '../../i18n/index.ts';
import { anchorId, lookupError, type ErrorLookup as LookupResult } from '../../tools/errorCode.ts';
import { fill } from '../../tools/text.ts';
import { ErrorEntryView } from './ErrorEntryView.tsx';

interface Props {
	locale: Locale;
	/** Path of the error code reference page (locale prefix included). */
	referencePath: string;
	/** Compact form for the home page: the meaning and a link to the full entry. */
	compact?: boolean;
	/** Distinguishes several lookups on one page (label/input ids). */
	idPrefix?: string;
}

/** Longest `?code=` value we accept from a link; longer ones are ignored. */
const MAX_QUERY = 500;

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

export function ErrorLookup({
	locale,
	referencePath,
	compact = false,
	idPrefix = 'kt-lookup',
}: Props) {
	const [query, setQuery] = useState('');
	const [result, setResult] = useState<LookupResult>({ kind: 'empty' });
	const [ready, setReady] = useState(false);
	const s = (key: Parameters<typeof t>[1]) => t(locale, key);

	useEffect(() => {
		const initial = readQuery();
		setQuery(initial);
		setResult(lookupError(initial));
		setReady(true);
	}, []);

	function update(value: string): void {
		setQuery(value);
		setResult(lookupError(value));
		writeQuery(value);
	}

	const inputId = `${idPrefix}-input`;
	const hintId = `${idPrefix}-hint`;
	const entryHref = (code: string) =>
		compact ? `${referencePath}#${anchorId(code)}` : `#${anchorId(code)}`;

	return (
		<div class={`kt-lookup${compact ? ' kt-lookup--compact' : ''}`}>
			<form
				class="kt-lookup__form"
				role="search"
				action={referencePath}
				method="get"
				onSubmit={(event) => {
					event.preventDefault();
					update(query);
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
						maxLength={2000}
						onInput={(event) => update(event.currentTarget.value)}
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
			</form>
			<div class="kt-lookup__result">
				<p class="kt-sr" role="status">
					{result.kind === 'found'
						? fill(s('tools.lookup.resultFor'), { code: result.entry.code })
						: ''}
					{result.kind === 'unknown' ? fill(s('tools.lookup.unknown'), { code: result.code }) : ''}
					{result.kind === 'invalid' ? s('tools.lookup.invalid') : ''}
				</p>
				{result.kind === 'found' && (
					<ErrorEntryView
						entry={result.entry}
						locale={locale}
						compact={compact}
						headingLevel={compact ? 3 : 2}
						detailsHref={entryHref(result.entry.code)}
					/>
				)}
				{result.kind === 'invalid' && <p class="kt-message">{s('tools.lookup.invalid')}</p>}
				{result.kind === 'unknown' && (
					<div class="kt-message">
						<p>{fill(s('tools.lookup.unknown'), { code: result.code })}</p>
						<p>{fill(s('tools.lookup.unknownSlui'), { code: result.code })}</p>
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
					</div>
				)}
			</div>
		</div>
	);
}
