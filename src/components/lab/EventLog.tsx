import { useMemo, useRef, useState } from 'preact/hooks';
import { LICENSE_STATUS_TEXT } from '../../data/licenseStatus.ts';
import type { LogEntry } from '../../engine/index.ts';
import { fill, formatSimDate, type LabLocale } from '../../lab/format.ts';
import type { LabSession } from '../../lab/session.ts';
import { isErrorEntry } from '../../lab/session.ts';
import type { ActionKey, LabKey, LabStrings } from '../../lab/strings.ts';

interface Props {
	session: LabSession;
	/** While the simulation plays, the list keeps its last entries (it refreshes on pause). */
	playing?: boolean;
	s: LabStrings;
	locale: LabLocale;
	/** Selects the entry's machine and moves the simulation to the entry's time. */
	onPick: (computer: string, time: number) => void;
	idPrefix: string;
}

const SHOWN = 60;
const EVENT_IDS = ['12288', '12289', '12290', '12293', '12294', 'note'] as const;

/**
 * The words for an action the log noted (its `detail` is the action's type, e.g. `setKmsHost`).
 * tests/components/lab/components.test.ts checks every action type in both locales.
 */
export function actionName(type: string, s: LabStrings): string {
	const key = `lab.action.${type}`;
	return Object.hasOwn(s, key) ? s[key as ActionKey] : type;
}

/** The fields of one entry, named as in the Windows event (src/data/events.ts). */
export function entryFields(e: LogEntry, s: LabStrings, locale: LabLocale): string {
	switch (e.id) {
		case 12288:
			return `HRESULT=${e.hresult}, Server=${e.server}, CMID=${e.cmid}, VM=${e.vm}, ${s['lab.ev.status']}=${e.licensingStatus}, ${s['lab.ev.ttl']}=${e.timeToExpiration}, N-Policy=${e.nPolicy}`;
		case 12289:
			return `HRESULT=${e.hresult}, fBound=${e.activated}, Count=${e.count}, ${s['lab.ev.actInt']}=${e.activationInterval}, ${s['lab.ev.renInt']}=${e.renewalInterval}`;
		case 12290:
			return `HRESULT=${e.hresult}, N-Policy=${e.nPolicy}, ${s['lab.ev.client']}=${e.clientName}, CMID=${e.cmid}, VM=${e.vm}, ${s['lab.ev.status']}=${e.licensingStatus}, ${s['lab.ev.ttl']}=${e.timeToExpiration}`;
		case 12293:
			return `HRESULT=${e.hresult}, DNS=${e.dnsDomain}`;
		case 12294:
			return `DNS=${e.dnsDomain}`;
		default: {
			const text = s[`lab.note.${e.kind}` as LabKey] ?? e.kind;
			const parts = [text];
			if (e.from !== undefined && e.to !== undefined)
				parts.push(`${LICENSE_STATUS_TEXT[e.from][locale]} → ${LICENSE_STATUS_TEXT[e.to][locale]}`);
			if (e.result !== undefined) parts.push(e.result);
			if (e.kind === 'action' && e.detail !== undefined) parts.push(actionName(e.detail, s));
			else if (e.detail !== undefined && e.kind !== 'expiryWarning') parts.push(e.detail);
			return parts.join(' · ');
		}
	}
}

/** Windows events (12288, 12289, 12290, 12293, 12294) and simulator notes, newest first, with filters. */
export function EventLog({ session, playing = false, s, locale, onPick, idPrefix }: Props) {
	const [computer, setComputer] = useState('');
	const [eventId, setEventId] = useState('');
	const [errorsOnly, setErrorsOnly] = useState(false);
	const sim = session.sim;
	const names = [...sim.hosts().map((h) => h.name), ...sim.machines().map((m) => m.name)];
	// With up to 2,000 machines the option list is large: rebuild it only when the names change.
	const nameKey = names.join(',');
	const options = useMemo(
		() =>
			names.map((n) => (
				<option key={n} value={n}>
					{n}
				</option>
			)),
		[nameKey]
	);
	const id =
		eventId === ''
			? undefined
			: eventId === 'note'
				? ('note' as const)
				: (Number(eventId) as 12288);
	const last = useRef<LogEntry[]>([]);
	if (!playing || last.current.length === 0)
		last.current = session.recentEvents(
			{ computer: computer === '' ? undefined : computer, id, errorsOnly },
			SHOWN
		);
	const entries = last.current;
	return (
		<div class="lab-log">
			<h3 id={`${idPrefix}-log-h`}>{s['lab.log.title']}</h3>
			<div class="lab-row lab-row-wide">
				<label class="lab-field">
					<span>{s['lab.log.machine']}</span>
					<select value={computer} onChange={(e) => setComputer(e.currentTarget.value)}>
						<option value="">{s['lab.log.all']}</option>
						{options}
					</select>
				</label>
				<label class="lab-field">
					<span>{s['lab.log.eventId']}</span>
					<select value={eventId} onChange={(e) => setEventId(e.currentTarget.value)}>
						<option value="">{s['lab.log.all']}</option>
						{EVENT_IDS.map((v) => (
							<option key={v} value={v}>
								{v === 'note' ? s['lab.log.notes'] : v}
							</option>
						))}
					</select>
				</label>
				<label class="lab-check">
					<input
						type="checkbox"
						checked={errorsOnly}
						onChange={(e) => setErrorsOnly(e.currentTarget.checked)}
					/>
					<span>{s['lab.log.errors']}</span>
				</label>
			</div>
			{entries.length === 0 ? (
				<p>{s['lab.log.empty']}</p>
			) : (
				<ol class="lab-entries">
					{entries.map((e, i) => (
						<li key={`${e.time}-${i}`} class={isErrorEntry(e) ? 'lab-entry-error' : ''}>
							<button type="button" class="lab-entry" onClick={() => onPick(e.computer, e.time)}>
								<span class="lab-entry-head">
									{isErrorEntry(e) && <span aria-hidden="true">✕ </span>}
									{`${formatSimDate(locale, sim.startDate, e.time)} · ${e.id === 'note' ? s['lab.log.note'] : fill(s['lab.log.event'], { id: e.id })} · ${e.computer || '—'}`}
									{isErrorEntry(e) && <span class="lab-sr">{` (${s['lab.log.error']})`}</span>}
								</span>
								<span class="lab-entry-fields">{entryFields(e, s, locale)}</span>
							</button>
						</li>
					))}
				</ol>
			)}
		</div>
	);
}
