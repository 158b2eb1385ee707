import { useEffect, useRef } from 'preact/hooks';
import type { LogContact } from '../../engine/index.ts';
import {
	CLIENT_ACTIVATION_THRESHOLD,
	COUNT_WINDOW_MINUTES,
	DEFAULT_KMS_PORT,
	MINUTES_PER_DAY,
	SERVER_ACTIVATION_THRESHOLD,
} from '../../data/timers.ts';
import { fill, type LabLocale } from '../../lab/format.ts';
import { fieldLink, type MessageField } from '../../lab/messageLinks.ts';
import { OUTCOME_CLASS, OUTCOME_GLYPH, outcomeOf } from '../../lab/messages.ts';
import type { LabStrings } from '../../lab/strings.ts';

interface Props {
	contact: LogContact;
	s: LabStrings;
	locale: LabLocale;
	idPrefix: string;
	onClose: () => void;
}

/**
 * One KMS exchange opened field by field, the way The Illustrated TLS Connection annotates bytes:
 * the SRV lookup, host and port, CMID, N-Policy, the count returned and the result, each with a
 * line of explanation and a link to the page that explains it. Numbers in the explanations come
 * from src/data/timers.ts.
 */
export function MessageDetail({ contact: c, s, locale, idPrefix, onClose }: Props) {
	const heading = useRef<HTMLHeadingElement>(null);
	const section = useRef<HTMLElement>(null);
	useEffect(() => {
		heading.current?.focus();
	}, [c]);
	// Escape closes it while focus is inside (as Illustrated TLS collapses a record).
	useEffect(() => {
		const el = section.current;
		if (el === null) return;
		const onKey = (e: KeyboardEvent) => {
			if (e.key !== 'Escape') return;
			e.preventDefault();
			onClose();
		};
		el.addEventListener('keydown', onKey);
		return () => el.removeEventListener('keydown', onKey);
	}, [onClose]);
	const outcome = outcomeOf(c);
	const answered = c.request && c.host !== null;
	const rows: { field: MessageField; name: string; value: string; text: string }[] = [
		{
			field: 'lookup',
			name: s['lab.proto.lookup'],
			value: c.lookup === null ? '—' : `_vlmcs._tcp.${c.lookup}`,
			text:
				c.lookup === null
					? s['lab.proto.lookupNone']
					: fill(s[c.request ? 'lab.proto.lookupFound' : 'lab.proto.lookupMissing'], {
							zone: c.lookup,
							target: c.target,
							port: c.port,
							code: c.result,
						}),
		},
	];
	if (c.request)
		rows.push(
			{
				field: 'host',
				name: s['lab.proto.host'],
				value: `${c.target}:${c.port} (TCP)`,
				text: fill(s['lab.proto.hostText'], { port: c.port, default: DEFAULT_KMS_PORT }),
			},
			{
				field: 'cmid',
				name: s['lab.proto.cmid'],
				value: c.cmid,
				text: fill(s['lab.proto.cmidText'], { days: COUNT_WINDOW_MINUTES / MINUTES_PER_DAY }),
			},
			{
				field: 'nPolicy',
				name: s['lab.proto.nPolicy'],
				value: String(c.nPolicy),
				text: fill(s['lab.proto.nPolicyText'], {
					client: CLIENT_ACTIVATION_THRESHOLD,
					server: SERVER_ACTIVATION_THRESHOLD,
				}),
			},
			{
				field: 'count',
				name: s['lab.proto.count'],
				value: answered ? String(c.count) : '—',
				text: answered ? '' : s['lab.proto.countNone'],
			}
		);
	rows.push({
		field: 'result',
		name: s['lab.proto.result'],
		value: `${OUTCOME_GLYPH[outcome]} ${c.result}`,
		text: s[
			outcome === 'ok'
				? 'lab.proto.resultOk'
				: outcome === 'none'
					? 'lab.proto.resultNone'
					: 'lab.proto.resultFail'
		],
	});
	return (
		<section
			class={`lab-proto-detail ${OUTCOME_CLASS[outcome]}`}
			aria-labelledby={`${idPrefix}-msg-h`}
			data-message-detail
			ref={section}
		>
			<div class="lab-proto-detail-head">
				<h3 id={`${idPrefix}-msg-h`} tabIndex={-1} ref={heading}>
					{fill(s['lab.proto.title'], { client: c.client })}
				</h3>
				<button type="button" class="lab-btn" onClick={onClose}>
					{s['lab.proto.close']}
				</button>
			</div>
			<dl>
				{rows.map((r) => (
					<div key={r.field} data-field={r.field}>
						<dt>
							<a href={fieldLink(r.field, locale, c.result)}>{r.name}</a>
						</dt>
						<dd>
							<code>{r.value}</code>
							{r.text !== '' && <span> {r.text}</span>}
						</dd>
					</div>
				))}
			</dl>
		</section>
	);
}
