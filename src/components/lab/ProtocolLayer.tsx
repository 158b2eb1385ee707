import { useEffect, useRef, useState } from 'preact/hooks';
import type { LogContact, Simulation } from '../../engine/index.ts';
import type { LabLocale } from '../../lab/format.ts';
import {
	MAX_FLIGHTS,
	OUTCOME_CLASS,
	OUTCOME_GLYPH,
	flightAt,
	newest,
	outcomeOf,
	planBatch,
	planMs,
	pointOn,
	pulseAt,
	type HostRef,
	type Link,
	type LinkLine,
	type Outcome,
	type Plan,
	type Pulse,
} from '../../lab/messages.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { MessageDetail } from './MessageDetail.tsx';
import './protocol.css';

interface Props {
	sim: Simulation;
	playing: boolean;
	/** The clock's speed, in simulated minutes per real second. */
	minutesPerSecond: number;
	s: LabStrings;
	locale: LabLocale;
	idPrefix: string;
}

/** The picture's viewBox and links, read from the drawn picture. */
interface Geometry {
	hosts: number;
	viewBox: string;
	lines: Map<string, LinkLine>;
}

/** Reads the picture next to the layer: its viewBox and each `line[data-link]` (`dns`, or a host's index). */
function geometryOf(wrap: Element | null, hosts: number): Geometry | null {
	const picture = wrap?.querySelector('svg.lab-diagram:not(.lab-proto)');
	const viewBox = picture?.getAttribute('viewBox');
	if (!picture || !viewBox) return null;
	const lines = new Map<string, LinkLine>();
	for (const line of picture.querySelectorAll('line[data-link]')) {
		const n = (a: string) => Number(line.getAttribute(a));
		lines.set(line.getAttribute('data-link') ?? '', {
			x1: n('x1'),
			y1: n('y1'),
			x2: n('x2'),
			y2: n('y2'),
		});
	}
	return { hosts, viewBox, lines };
}

/** A batch being drawn, from its start on the layer's own clock. */
interface Drawn {
	plan: Plan;
	start: number;
	ms: number;
}

/** Batches drawn at once, at most (older ones make way). */
const MAX_DRAWN = 4;
/** Messages the reader can open, newest first. */
const RECENT = 3;

function reducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The protocol drawn over the network picture (loaded after the island, with the message details):
 * each KMS contact's SRV lookup, TCP 1688 request and answer travel along the picture's links,
 * shaped and marked by kind and outcome. A layer clock moves them, only while the lab plays or
 * right after a change; pausing freezes them where they are. Many contacts become one pulse per
 * link with its counts; under reduced motion, a still highlight of the links used replaces it all.
 */
export function ProtocolLayer({ sim, playing, minutesPerSecond, s, locale, idPrefix }: Props) {
	const [drawn, setDrawn] = useState<Drawn[]>([]);
	const [clock, setClock] = useState(0);
	const [recent, setRecent] = useState<LogContact[]>([]);
	const [open, setOpen] = useState<LogContact | null>(null);
	const seen = useRef({ sim: null as Simulation | null, now: 0, atNow: 0, work: -1 });
	const loop = useRef({ frame: 0, last: 0, clock: 0, running: false, playing: false });
	// Asked once (not on every frame's render: matchMedia is not free).
	const still = useRef<boolean | null>(null);
	if (still.current === null) still.current = reducedMotion();
	const drawnRef = useRef(drawn);
	drawnRef.current = drawn;

	const svg = useRef<SVGSVGElement>(null);
	const [geometry, setGeometry] = useState<Geometry | null>(null);
	const hosts = sim.hosts();
	const hostRefs: HostRef[] = hosts.map((h) => ({ name: h.name, fqdn: h.fqdn }));

	const tick = (ts: number) => {
		const l = loop.current;
		if (!l.running) return;
		l.clock += Math.min(100, Math.max(0, ts - l.last));
		l.last = ts;
		const live = drawnRef.current.filter((d) => l.clock - d.start < d.ms);
		if (live.length !== drawnRef.current.length) setDrawn(live);
		setClock(l.clock);
		if (live.length === 0) {
			l.running = false;
			return;
		}
		l.frame = requestAnimationFrame(tick);
	};
	const run = () => {
		const l = loop.current;
		if (l.running || still.current) return;
		l.running = true;
		l.last = performance.now();
		l.frame = requestAnimationFrame(tick);
	};
	const freeze = () => {
		loop.current.running = false;
		cancelAnimationFrame(loop.current.frame);
	};
	useEffect(() => freeze, []);

	// After each render of the lab: take the contacts logged since the last look.
	useEffect(() => {
		// The links as the picture drew them (read again when the hosts change).
		if (geometry === null || geometry.hosts !== hosts.length) {
			const read = geometryOf(svg.current?.parentElement ?? null, hosts.length);
			if (read !== null) setGeometry(read);
		}
		const v = seen.current;
		const now = sim.now;
		// A step rebuilds the run from its start (a new Simulation of the same scenario): what it logged
		// after the last look is still news. Another scenario, or time gone back, starts from here.
		if (v.sim === null || v.sim.scenario !== sim.scenario || now < v.now) {
			v.sim = sim;
			v.now = now;
			v.atNow = sim.contactsAfter(now - 1).length;
			v.work = sim.work;
			freeze();
			setDrawn([]);
			setRecent([]);
			setOpen(null);
			return;
		}
		if (now !== v.now || sim.work !== v.work || sim !== v.sim) {
			v.sim = sim;
			const since = sim.contactsAfter(v.now - 1);
			const fresh = since.slice(v.atNow);
			v.atNow = since.filter((c) => c.time === now).length;
			v.now = now;
			v.work = sim.work;
			if (fresh.length > 0) {
				const flying = drawnRef.current.reduce(
					(n, d) => n + (d.plan.mode === 'flights' ? d.plan.exchanges.length : 0),
					0
				);
				const machines = sim.world.machines.length;
				let plan = planBatch(fresh, hostRefs, machines, minutesPerSecond);
				// Too many in the air already: this batch joins as pulses.
				if (plan.mode === 'flights' && flying + fresh.length > MAX_FLIGHTS)
					plan = planBatch(fresh, hostRefs, Infinity, minutesPerSecond);
				const l = loop.current;
				setDrawn((before) =>
					[
						...before.filter((d) => l.clock - d.start < d.ms),
						{ plan, start: l.clock, ms: planMs(plan) },
					].slice(-MAX_DRAWN)
				);
				setRecent((before) => [...newest(fresh, RECENT), ...before].slice(0, RECENT));
				run();
			}
		}
		// Pausing freezes the messages where they are; playing moves them on.
		if (playing !== loop.current.playing) {
			loop.current.playing = playing;
			if (playing) {
				if (drawnRef.current.length > 0) run();
			} else freeze();
		}
	});

	const mode = still.current ? 'static' : (drawn.at(-1)?.plan.mode ?? 'idle');
	const outcomeWord = (c: LogContact) => s[`lab.proto.${outcomeOf(c)}`];

	return (
		<>
			<svg
				ref={svg}
				// Hidden until the picture's links are read, so the two boxes never differ.
				class={geometry === null ? 'lab-proto lab-proto-off' : 'lab-diagram lab-proto'}
				viewBox={geometry?.viewBox}
				preserveAspectRatio="xMidYMid meet"
				aria-hidden="true"
				data-proto-mode={mode}
			>
				{geometry !== null &&
					(still.current
						? drawn.length > 0 && (
								<Still plan={(drawn.at(-1) as Drawn).plan} lines={geometry.lines} />
							)
						: drawn.map((d, i) => (
								<Moving
									key={d.start + i}
									d={d}
									clock={clock}
									lines={geometry.lines}
									onOpen={setOpen}
								/>
							)))}
			</svg>
			{recent.length > 0 && (
				<div class="lab-proto-strip">
					<span class="lab-proto-label" id={`${idPrefix}-proto-h`}>
						{s['lab.proto.recent']}
					</span>
					<ul aria-labelledby={`${idPrefix}-proto-h`}>
						{recent.map((c, i) => {
							const outcome = outcomeOf(c);
							return (
								<li key={`${c.time}-${c.client}-${i}`}>
									<button
										type="button"
										class={`lab-proto-chip ${OUTCOME_CLASS[outcome]}`}
										aria-expanded={open === c}
										data-message={c.client}
										onClick={() => setOpen(open === c ? null : c)}
									>
										<span aria-hidden="true">{OUTCOME_GLYPH[outcome]}</span>{' '}
										<span class="lab-sr">{`${outcomeWord(c)}: `}</span>
										{`${c.client} → ${c.host ?? (c.request ? c.target.split('.')[0] : 'DNS')}`}
										<span class="lab-proto-code">{` ${c.result}`}</span>
									</button>
								</li>
							);
						})}
					</ul>
				</div>
			)}
			{open !== null && (
				<MessageDetail
					contact={open}
					s={s}
					locale={locale}
					idPrefix={idPrefix}
					onClose={() => setOpen(null)}
				/>
			)}
		</>
	);
}

/** Shape of a message by kind: DNS a diamond, request a filled dot, response a ring (with its glyph). */
function Shape({ kind }: { kind: string }) {
	if (kind === 'query' || kind === 'answer')
		return <path d="M0 -9 L9 0 L0 9 L-9 0 Z" class="lab-proto-shape" />;
	if (kind === 'request') return <circle r="8" class="lab-proto-shape" />;
	return <circle r="9" class="lab-proto-ring" />;
}

function Moving({
	d,
	clock,
	lines,
	onOpen,
}: {
	d: Drawn;
	clock: number;
	lines: Map<string, LinkLine>;
	onOpen: (c: LogContact) => void;
}) {
	const elapsed = clock - d.start;
	if (d.plan.mode === 'pulses')
		return (
			<>
				{d.plan.pulses.map((p) => {
					const at = pulseAt(elapsed);
					const line = lines.get(String(p.link));
					if (at === null || line === undefined) return null;
					const pt = pointOn(line, at);
					return (
						<g
							key={String(p.link)}
							class={`lab-proto-pulse ${OUTCOME_CLASS[pulseOutcome(p)]}`}
							transform={`translate(${pt.x.toFixed(1)} ${pt.y.toFixed(1)})`}
							data-pulse={String(p.link)}
							data-count={p.total}
						>
							<circle r="11" class="lab-proto-shape" />
							<text x="15" y="4" class="lab-proto-text">
								{pulseText(p)}
							</text>
						</g>
					);
				})}
			</>
		);
	return (
		<>
			{d.plan.exchanges.map((e, i) => {
				const f = flightAt(e, elapsed);
				const line = f === null ? undefined : lines.get(String(f.leg.link));
				if (f === null || line === undefined) return null;
				const pt = pointOn(line, f.at);
				const answer = f.leg.kind === 'response' || f.leg.kind === 'answer';
				// Outward messages are neutral until their fate shows: an answer's, or a request that is lost.
				const outcome: Outcome | null =
					f.leg.kind === 'answer'
						? e.contact.request
							? 'ok'
							: 'fail'
						: answer || e.outcome === 'none'
							? e.outcome
							: null;
				return (
					<g
						key={i}
						class={`lab-proto-flight ${outcome === null ? 'lab-msg-out' : OUTCOME_CLASS[outcome]}`}
						transform={`translate(${pt.x.toFixed(1)} ${pt.y.toFixed(1)})`}
						data-flight={f.leg.kind}
						data-outcome={outcome ?? 'out'}
						onClick={() => onOpen(e.contact)}
					>
						<Shape kind={f.leg.kind} />
						{answer && (
							<text x="13" y="4" class="lab-proto-text">
								{f.leg.kind === 'answer'
									? OUTCOME_GLYPH[outcome ?? 'ok']
									: // A count only comes back when the host recorded the CMID (success, or a count too low).
										`${OUTCOME_GLYPH[e.outcome]} ${e.contact.count > 0 ? `${e.contact.count}/${e.contact.nPolicy}` : e.contact.result}`}
							</text>
						)}
						{f.leg.kind === 'request' && e.outcome === 'none' && f.at >= 0.75 && (
							<text x="13" y="4" class="lab-proto-text">
								{`${OUTCOME_GLYPH.none} ${e.contact.result}`}
							</text>
						)}
					</g>
				);
			})}
		</>
	);
}

function pulseOutcome(p: Pulse): Outcome {
	if (p.ok === p.total) return 'ok';
	return p.none > p.fail ? 'none' : 'fail';
}

function pulseText(p: Pulse): string {
	const parts = [`×${p.total}`];
	if (p.ok > 0) parts.push(`${OUTCOME_GLYPH.ok}${p.ok}`);
	if (p.fail > 0) parts.push(`${OUTCOME_GLYPH.fail}${p.fail}`);
	if (p.none > 0) parts.push(`${OUTCOME_GLYPH.none}${p.none}`);
	return parts.join(' ');
}

/** Reduced motion: the links a batch used, highlighted where they are, with their counts. Nothing moves. */
function Still({ plan, lines }: { plan: Plan; lines: Map<string, LinkLine> }) {
	const pulses: Pulse[] =
		plan.mode === 'pulses'
			? plan.pulses
			: (() => {
					const byLink = new Map<Link, Pulse>();
					for (const e of plan.exchanges)
						for (const leg of e.legs) {
							if (leg.kind !== 'query' && leg.kind !== 'request') continue;
							const p = byLink.get(leg.link) ?? {
								link: leg.link,
								total: 0,
								ok: 0,
								fail: 0,
								none: 0,
							};
							p.total++;
							const o = leg.kind === 'query' ? (e.contact.request ? 'ok' : 'fail') : e.outcome;
							p[o]++;
							byLink.set(leg.link, p);
						}
					return [...byLink.values()];
				})();
	return (
		<>
			{pulses.map((p) => {
				const line = lines.get(String(p.link));
				if (line === undefined) return null;
				const mid = pointOn(line, 0.5);
				return (
					<g
						key={String(p.link)}
						class={`lab-proto-still ${OUTCOME_CLASS[pulseOutcome(p)]}`}
						data-proto-static={String(p.link)}
						data-count={p.total}
					>
						<line {...line} class="lab-proto-hl" />
						<rect x={mid.x - 8} y={mid.y - 8} width="16" height="16" class="lab-proto-shape" />
						<text x={mid.x + 13} y={mid.y + 4} class="lab-proto-text">
							{pulseText(p)}
						</text>
					</g>
				);
			})}
		</>
	);
}
