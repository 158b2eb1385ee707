import type { ErrorCodeEntry } from '../../data/errors.ts';
import { learnUrlFor } from '../../data/sources.ts';
import type { Locale } from '../../i18n/index.ts';
import type { ToolKey, ToolStrings } from '../../i18n/toolStrings.ts';
import { anchorId } from '../../tools/anchor.ts';
import { labSceneHref } from '../../tools/labLinks.ts';
import { CopyCommandView } from './CopyCommandView.tsx';

interface Props {
	entry: ErrorCodeEntry;
	locale: Locale;
	/** On the reference page the heading carries the stable anchor id. */
	withAnchor?: boolean;
	/**
	 * Other forms of the code for the site search (src/data/searchTerms.ts): `hidden` text that
	 * Pagefind indexes right after the heading, weighted so a hit lands on the entry's anchor.
	 */
	searchForms?: readonly string[];
	/** Compact form (home page): meaning only, plus a link to the full entry. */
	compact?: boolean;
	/** Link to the full entry, shown in the lookup island. */
	detailsHref?: string;
	headingLevel?: 2 | 3;
	/** The page language's tool strings (src/i18n/toolStrings.ts). */
	strings: ToolStrings;
}

/** One error code: used statically on the reference page and inside the lookup island. */
export function ErrorEntryView({
	entry,
	locale,
	withAnchor = false,
	searchForms,
	compact = false,
	detailsHref,
	headingLevel = 3,
	strings,
}: Props) {
	const Heading = headingLevel === 2 ? 'h2' : 'h3';
	const s = (key: ToolKey) => strings[key];
	const lab = entry.scenes
		.map((scene) => ({ scene, href: labSceneHref(locale, scene) }))
		.filter((x) => x.href !== null);
	return (
		<article class={`kt-entry${entry.disputed ? ' kt-entry--disputed' : ''}`}>
			{/* Pagefind splits a page into sub-results at headings with an id: the id is the heading's. */}
			<Heading class="kt-entry__code" id={withAnchor ? anchorId(entry.code) : undefined}>
				<code>{entry.code}</code>
				{entry.disputed && <span class="kt-badge">{s('tools.ref.disputedBadge')}</span>}
			</Heading>
			{searchForms !== undefined && (
				<span hidden data-search-forms data-pagefind-weight="10">
					{[entry.code, ...searchForms].join(' ')}
				</span>
			)}
			<p class="kt-entry__name">
				{s('tools.lookup.name')}:{' '}
				{entry.name === null ? s('tools.lookup.noName') : <code>{entry.name}</code>}
				{entry.name !== null && entry.nameUnconfirmed && (
					<> ({s('tools.lookup.nameUnconfirmed')})</>
				)}
			</p>
			<dl class="kt-entry__facts">
				<dt>{s('tools.lookup.meaning')}</dt>
				<dd>{entry.meaning[locale]}</dd>
				{!compact && (
					<>
						<dt>{s('tools.lookup.cause')}</dt>
						<dd>{entry.cause === null ? s('tools.lookup.noConfirmed') : entry.cause[locale]}</dd>
						<dt>{s('tools.lookup.fix')}</dt>
						<dd>
							{entry.fix === null ? s('tools.lookup.noConfirmed') : entry.fix[locale]}
							{entry.commands.length > 0 && (
								<div class="kt-entry__commands">
									<p class="kt-label">{s('tools.lookup.commands')}</p>
									{entry.commands.map((command) => (
										<CopyCommandView
											key={command}
											text={command}
											words={{
												copy: s('common.copy'),
												copied: s('common.copied'),
												failed: s('tools.copyFailed'),
											}}
										/>
									))}
								</div>
							)}
						</dd>
					</>
				)}
				{entry.disputed && (
					<>
						<dt class="kt-disputed-label">{s('tools.lookup.disputed')}</dt>
						<dd>{entry.disputed[locale]}</dd>
					</>
				)}
			</dl>
			{!compact && lab.length > 0 && (
				<p class="kt-entry__lab">
					{s('tools.lookup.lab')}:{' '}
					{lab.map((x, i) => (
						<>
							{i > 0 && ', '}
							<a href={x.href as string}>{s(`tools.scene.${x.scene}` as ToolKey)}</a>
						</>
					))}
				</p>
			)}
			{!compact && (
				<div class="kt-entry__sources">
					<p class="kt-label">{s('common.sources')}</p>
					<ul>
						{entry.sources.map((source) => (
							<li key={source.url}>
								<a href={learnUrlFor(source.url, locale)} rel="noopener">
									{source.title}
								</a>
							</li>
						))}
					</ul>
				</div>
			)}
			{detailsHref !== undefined && (
				<p>
					<a href={detailsHref}>{s('tools.lookup.details')}</a>
				</p>
			)}
		</article>
	);
}
