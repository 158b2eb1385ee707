import { LICENSE_STATUS_TEXT } from '../../data/licenseStatus.ts';
import type { Machine, Simulation } from '../../engine/index.ts';
import { fill, formatSimDate, formatSpan, type LabLocale } from '../../lab/format.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { STATUS_ICON, statusClass } from './status.ts';

interface Props {
	sim: Simulation;
	machine: Machine | undefined;
	s: LabStrings;
	locale: LabLocale;
	/** Error reference page, locale prefix included (`/guides/error-codes/`). */
	errorsPath: string;
	idPrefix: string;
}

const KEY_KIND: Record<
	string,
	'lab.key.gvlk' | 'lab.key.mak' | 'lab.key.retail' | 'lab.key.csvlk'
> = {
	gvlk: 'lab.key.gvlk',
	mak: 'lab.key.mak',
	retail: 'lab.key.retail',
	csvlk: 'lab.key.csvlk',
};

/** The selected machine: state, countdown, next attempt, last result (linked), key, CMID, host, clock. */
export function MachineInspector({ sim, machine: m, s, locale, errorsPath, idPrefix }: Props) {
	if (m === undefined) {
		return (
			<div class="lab-panel">
				<h3 id={`${idPrefix}-insp-h`}>{s['lab.insp.title']}</h3>
				<p>{s['lab.insp.none']}</p>
			</div>
		);
	}
	const date = (t: number) =>
		`${formatSimDate(locale, sim.startDate, t)} (${fill(s['lab.insp.in'], { span: formatSpan(locale, t - sim.now) })})`;
	return (
		<div class="lab-panel lab-inspector">
			<h3 id={`${idPrefix}-insp-h`}>{fill(s['lab.insp.machine'], { name: m.name })}</h3>
			<p class={`lab-big ${statusClass(m.status)}`} data-lab-status={m.status}>
				<span class="lab-icon" aria-hidden="true">
					{STATUS_ICON[m.status]}
				</span>{' '}
				{LICENSE_STATUS_TEXT[m.status][locale]}
			</p>
			<dl class="lab-facts">
				<dt>{s['lab.insp.expires']}</dt>
				<dd>{m.expiresAt === null ? s['lab.insp.noExpiry'] : date(m.expiresAt)}</dd>
				<dt>{s['lab.insp.next']}</dt>
				<dd>{m.nextAttemptAt === null ? s['lab.insp.noAttempt'] : date(m.nextAttemptAt)}</dd>
				<dt>{s['lab.insp.result']}</dt>
				<dd>
					{m.lastResult === null ? (
						s['lab.insp.noResult']
					) : (
						<a href={`${errorsPath}#${m.lastResult.toLowerCase()}`}>
							<code>{m.lastResult}</code>
						</a>
					)}
				</dd>
				<dt>{s['lab.insp.key']}</dt>
				<dd>
					{m.key === null
						? s['lab.key.none']
						: `${s[KEY_KIND[m.key.kind] ?? 'lab.key.gvlk']} (…${m.key.partial})`}
				</dd>
				<dt>CMID</dt>
				<dd>
					<code class="lab-wrap">{m.cmid}</code>
				</dd>
				<dt>{s['lab.insp.host']}</dt>
				<dd>
					{m.cachedHost === null
						? s['lab.insp.noHost']
						: `${m.cachedHost.host}:${m.cachedHost.port}`}
				</dd>
				<dt>{s['lab.insp.clock']}</dt>
				<dd>{m.clockOffset === 0 ? s['lab.insp.clockOk'] : formatSpan(locale, m.clockOffset)}</dd>
				<dt>{s['lab.insp.network']}</dt>
				<dd>{`${m.online ? s['lab.online'] : s['lab.offline']} · ${m.domain ?? s['lab.insp.workgroup']}`}</dd>
				{m.lastCount !== null && (
					<>
						<dt>{s['lab.insp.lastCount']}</dt>
						<dd>{m.lastCount}</dd>
					</>
				)}
			</dl>
		</div>
	);
}
