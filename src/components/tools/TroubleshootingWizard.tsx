import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { findTroubleNode, TROUBLE_START, type TroubleNode } from '../../data/troubleshooting.ts';
import { learnUrlFor } from '../../data/sources.ts';
import { t, type Locale, type UiKey } from '../../i18n/index.ts';
import { anchorId } from '../../tools/anchor.ts';
import { labSceneHref } from '../../tools/labLinks.ts';
import { fill } from '../../tools/text.ts';
import { pathTo, stepFromSearch } from '../../tools/wizard.ts';
import { CopyCommand } from './CopyCommand.tsx';

interface Props {
	locale: Locale;
	/** Path of the error code reference page, for code links. */
	referencePath: string;
}

const KIND_LABEL: Record<TroubleNode['kind'], UiKey> = {
	question: 'tools.wizard.questionLabel',
	check: 'tools.wizard.checkLabel',
	fix: 'tools.wizard.fixLabel',
};

/** What every node shows, in both the static tree and the stepper. */
function NodeBody({
	node,
	locale,
	referencePath,
	withSources = true,
}: {
	node: TroubleNode;
	locale: Locale;
	referencePath: string;
	withSources?: boolean;
}) {
	const s = (key: UiKey) => t(locale, key);
	const lab = node.scene !== undefined ? labSceneHref(locale, node.scene) : null;
	return (
		<>
			<p>{node.body[locale]}</p>
			{node.commands.length > 0 && (
				<div class="kt-node__commands">
					<p class="kt-label">{s('tools.wizard.commands')}</p>
					{node.commands.map((command) => (
						<CopyCommand key={command} text={command} locale={locale} />
					))}
				</div>
			)}
			{node.read !== undefined && (
				<p>
					<strong>{s('tools.wizard.read')}:</strong> {node.read[locale]}
				</p>
			)}
			{node.id === 'fix-lookup' && (
				<p>
					<a href={referencePath}>{s('tools.wizard.lookupLink')}</a>
				</p>
			)}
			{node.codes !== undefined && node.codes.length > 0 && (
				<p>
					{s('tools.wizard.codes')}:{' '}
					{node.codes.map((code, i) => (
						<>
							{i > 0 && ', '}
							<a href={`${referencePath}#${anchorId(code)}`}>
								<code>{code}</code>
							</a>
						</>
					))}
				</p>
			)}
			{lab !== null && node.scene !== undefined && (
				<p>
					{s('tools.lookup.lab')}:{' '}
					<a href={lab}>{t(locale, `tools.scene.${node.scene}` as UiKey)}</a>
				</p>
			)}
			{withSources && <NodeSources node={node} locale={locale} />}
		</>
	);
}

function NodeSources({ node, locale }: { node: TroubleNode; locale: Locale }) {
	return (
		<p class="kt-node__sources">
			{t(locale, 'common.sources')}:{' '}
			{node.sources.map((source, i) => (
				<>
					{i > 0 && ' / '}
					<a href={learnUrlFor(source.url, locale)} rel="noopener">
						{source.title}
					</a>
				</>
			))}
		</p>
	);
}

/** The whole tree as nested <details>, for readers without JavaScript (and for search engines). */
function StaticTree({ locale, referencePath }: Props) {
	const seen = new Set<string>();
	const render = (id: string, depth: number): ComponentChildren => {
		const node = findTroubleNode(id);
		if (node === undefined) return null;
		if (seen.has(id)) {
			return (
				<p>
					<a href={`#step-${id}`}>
						{fill(t(locale, 'tools.wizard.seeAbove'), { title: node.title[locale] })}
					</a>
				</p>
			);
		}
		seen.add(id);
		return (
			<section class="kt-node" id={`step-${id}`}>
				<p class="kt-node__title">
					<span class="kt-kind">{t(locale, KIND_LABEL[node.kind])}</span>{' '}
					<strong>{node.title[locale]}</strong>
				</p>
				<NodeBody node={node} locale={locale} referencePath={referencePath} />
				{node.options.length > 0 && (
					<div class="kt-node__options">
						{node.options.map((option) => (
							<details key={option.next} class="kt-details">
								<summary>{option.label[locale]}</summary>
								{render(option.next, depth + 1)}
							</details>
						))}
					</div>
				)}
			</section>
		);
	};
	return (
		<div class="kt-wizard kt-wizard--static">
			<p class="kt-hint">{t(locale, 'tools.wizard.staticIntro')}</p>
			{render(TROUBLE_START, 0)}
		</div>
	);
}

interface WizardState {
	readonly kmsWizard: readonly string[];
	readonly depth: number;
}

function isWizardState(value: unknown): value is WizardState {
	if (typeof value !== 'object' || value === null) return false;
	const state = value as Partial<WizardState>;
	return (
		Array.isArray(state.kmsWizard) &&
		state.kmsWizard.length > 0 &&
		state.kmsWizard.every((id) => typeof id === 'string' && findTroubleNode(id) !== undefined) &&
		typeof state.depth === 'number'
	);
}

function initialStep(): string {
	const fromSearch = stepFromSearch(window.location.search);
	if (fromSearch !== TROUBLE_START) return fromSearch;
	// The static tree links to #step-<id>; honour those links too.
	const hash = window.location.hash.replace(/^#step-/, '');
	return hash !== window.location.hash
		? stepFromSearch(`?step=${encodeURIComponent(hash)}`)
		: TROUBLE_START;
}

function stepUrl(id: string): string {
	const url = new URL(window.location.href);
	url.hash = '';
	if (id === TROUBLE_START) url.searchParams.delete('step');
	else url.searchParams.set('step', id);
	return url.toString();
}

/**
 * The troubleshooting wizard. Without JavaScript it is the whole tree as nested <details>; with
 * it, one step at a time. Every step has its own URL (`?step=`), and the browser's Back button
 * walks back through the steps.
 */
export function TroubleshootingWizard({ locale, referencePath }: Props) {
	const [path, setPath] = useState<readonly string[] | null>(null);
	const [depth, setDepth] = useState(0);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const moved = useRef(false);
	const s = (key: UiKey) => t(locale, key);

	useEffect(() => {
		const state: unknown = window.history.state;
		if (isWizardState(state)) {
			setPath(state.kmsWizard);
			setDepth(state.depth);
		} else {
			const start = pathTo(initialStep());
			setPath(start);
			try {
				window.history.replaceState(
					{
						...(typeof state === 'object' && state !== null ? state : {}),
						kmsWizard: start,
						depth: 0,
					},
					''
				);
			} catch {
				// History may be unavailable (sandboxed frame); the wizard still works in place.
			}
		}
		const onPop = (event: PopStateEvent) => {
			const next: unknown = event.state;
			moved.current = true;
			if (isWizardState(next)) {
				setPath(next.kmsWizard);
				setDepth(next.depth);
			} else {
				setPath(pathTo(stepFromSearch(window.location.search)));
				setDepth(0);
			}
		};
		window.addEventListener('popstate', onPop);
		return () => window.removeEventListener('popstate', onPop);
	}, []);

	useEffect(() => {
		// Move focus to the new step's heading, but not on first load.
		if (moved.current) headingRef.current?.focus();
	}, [path]);

	if (path === null) return <StaticTree locale={locale} referencePath={referencePath} />;

	const currentId = path[path.length - 1] ?? TROUBLE_START;
	// Needed: the rule misreads the type of a `??` fallback and its autofix breaks tsc.
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
	const node = findTroubleNode(currentId) ?? (findTroubleNode(TROUBLE_START) as TroubleNode);

	function go(nextPath: readonly string[]): void {
		moved.current = true;
		const id = nextPath[nextPath.length - 1] ?? TROUBLE_START;
		const nextDepth = depth + 1;
		setPath(nextPath);
		setDepth(nextDepth);
		try {
			window.history.pushState({ kmsWizard: nextPath, depth: nextDepth }, '', stepUrl(id));
		} catch {
			// Ignore: navigation inside the island still works.
		}
	}

	function back(): void {
		if (path === null || path.length < 2) return;
		if (depth > 0) {
			window.history.back();
			return;
		}
		// Arrived by a link straight to a step: there is no earlier entry of ours to go back to.
		moved.current = true;
		const parent = path.slice(0, -1);
		setPath(parent);
		try {
			window.history.replaceState(
				{ kmsWizard: parent, depth: 0 },
				'',
				stepUrl(parent[parent.length - 1] ?? TROUBLE_START)
			);
		} catch {
			// Ignore.
		}
	}

	const headingId = `kt-step-${node.id}`;
	return (
		<div class="kt-wizard">
			{path.length > 1 && (
				<nav aria-label={s('tools.wizard.path')} class="kt-wizard__path">
					<ol>
						{path.map((id, index) => {
							const step = findTroubleNode(id);
							if (step === undefined) return null;
							const isCurrent = index === path.length - 1;
							return (
								<li key={`${id}-${index}`}>
									{isCurrent ? (
										<span aria-current="step">{step.title[locale]}</span>
									) : (
										<a
											href={`?step=${id}`}
											onClick={(event) => {
												event.preventDefault();
												go(path.slice(0, index + 1));
											}}
										>
											{step.title[locale]}
										</a>
									)}
								</li>
							);
						})}
					</ol>
				</nav>
			)}
			<section class={`kt-node kt-node--${node.kind}`} aria-labelledby={headingId}>
				<p class="kt-kind">{s(KIND_LABEL[node.kind])}</p>
				<h2 id={headingId} tabIndex={-1} ref={headingRef}>
					{node.title[locale]}
				</h2>
				<NodeBody node={node} locale={locale} referencePath={referencePath} withSources={false} />
				{node.options.length > 0 && (
					<div class="kt-node__choices">
						<p class="kt-label" id={`${headingId}-choose`}>
							{s('tools.wizard.choose')}
						</p>
						<ul aria-labelledby={`${headingId}-choose`}>
							{node.options.map((option) => (
								<li key={option.next}>
									<button
										type="button"
										class="kt-button kt-choice"
										onClick={() => go([...path, option.next])}
									>
										{option.label[locale]}
									</button>
								</li>
							))}
						</ul>
					</div>
				)}
				<NodeSources node={node} locale={locale} />
			</section>
			<div class="kt-wizard__controls">
				<button
					type="button"
					class="kt-button kt-button--secondary"
					onClick={back}
					disabled={path.length < 2}
				>
					{s('tools.wizard.back')}
				</button>
				<button
					type="button"
					class="kt-button kt-button--secondary"
					onClick={() => go([TROUBLE_START])}
					disabled={path.length < 2}
				>
					{s('tools.wizard.restart')}
				</button>
				<a class="kt-wizard__link" href={`?step=${node.id}`}>
					{s('tools.wizard.link')}
				</a>
			</div>
		</div>
	);
}
