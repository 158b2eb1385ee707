import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface LabTab {
	id: string;
	label: string;
	content: ComponentChildren;
}

interface Props {
	tabs: LabTab[];
	label: string;
	idPrefix: string;
	/** Tab to show first. */
	initial?: string;
}

/**
 * The lab's side panels as tabs (WAI-ARIA tabs pattern: arrows, Home and End move between tabs).
 * Every panel stays mounted and hidden panels are only hidden, so a terminal keeps its transcript.
 * A new panel (a challenge, say) is one more entry in `tabs`.
 */
export function LabTabs({ tabs, label, idPrefix, initial }: Props) {
	const [active, setActive] = useState(initial ?? tabs[0]?.id ?? '');
	const list = useRef<HTMLDivElement>(null);
	const current = tabs.some((t) => t.id === active) ? active : (tabs[0]?.id ?? '');
	const onKey = (e: KeyboardEvent) => {
		const i = tabs.findIndex((t) => t.id === current);
		const next =
			e.key === 'ArrowRight'
				? (i + 1) % tabs.length
				: e.key === 'ArrowLeft'
					? (i - 1 + tabs.length) % tabs.length
					: e.key === 'Home'
						? 0
						: e.key === 'End'
							? tabs.length - 1
							: -1;
		if (next < 0) return;
		e.preventDefault();
		const id = tabs[next]?.id ?? current;
		setActive(id);
		list.current?.querySelector<HTMLElement>(`#${idPrefix}-tab-${id}`)?.focus();
	};
	return (
		<div class="lab-tabs">
			<div class="lab-tablist" role="tablist" aria-label={label} ref={list}>
				{tabs.map((t) => (
					<button
						key={t.id}
						type="button"
						role="tab"
						id={`${idPrefix}-tab-${t.id}`}
						aria-selected={t.id === current}
						aria-controls={`${idPrefix}-panel-${t.id}`}
						tabIndex={t.id === current ? 0 : -1}
						class="lab-tab"
						onClick={() => setActive(t.id)}
						onKeyDown={onKey}
						data-lab-tab={t.id}
					>
						{t.label}
					</button>
				))}
			</div>
			{tabs.map((t) => (
				<div
					key={t.id}
					role="tabpanel"
					id={`${idPrefix}-panel-${t.id}`}
					aria-labelledby={`${idPrefix}-tab-${t.id}`}
					class="lab-tabpanel"
					hidden={t.id !== current}
					tabIndex={0}
				>
					{t.content}
				</div>
			))}
		</div>
	);
}
