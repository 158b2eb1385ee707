/**
 * `npm run bench`: times the activation engine on large networks.
 *
 * Network: 2 KMS hosts (Server 2022 host key), N machines (80% Windows 11 clients, 20% Windows
 * Server 2022), 3 simulated years at the default intervals (120 min / 10,080 min). 10% of the
 * machines go offline once, at a random time, for 1–90 days (seeded), so they retry every
 * 120 min, lapse or fail over like real laptops.
 *
 * Prints events processed, wall time, CPU time, events per second and peak heap for each run, and
 * checks the goals (median wall time of repeated runs): 10,000 machines in ≤ 1.0 s and ≤ 200 MB; 1,000
 * machines in ≤ 100 ms, with the lab's own log size (what scrubbing runs), the default log and totals only.
 * Exit code 1 if a goal is missed (pass --no-fail to only report).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRng, nextFloat } from '../src/engine/random.ts';
import { createSimulation, type Scenario, type TimelineItem } from '../src/engine/index.ts';
import { LAB_STORAGE } from '../src/engine/index.ts';

const YEARS_3 = 3 * 365 * 1440;

export function benchScenario(machines: number, seed = 42): Scenario {
	const rng = createRng(seed);
	const clients = Math.round(machines * 0.8);
	const timeline: TimelineItem[] = [];
	for (let i = 0; i < machines; i++) {
		if (nextFloat(rng) >= 0.1) continue;
		// The engine's own numbering: PC001…, SRV01… (at least 3 and 2 digits).
		const name =
			i < clients
				? `PC${String(i + 1).padStart(3, '0')}`
				: `SRV${String(i - clients + 1).padStart(2, '0')}`;
		const leave = Math.floor(nextFloat(rng) * (YEARS_3 - 90 * 1440));
		const away = Math.floor((1 + nextFloat(rng) * 89) * 1440);
		timeline.push({ at: `${leave}m`, action: { type: 'setOnline', target: name, online: false } });
		timeline.push({
			at: `${leave + away}m`,
			action: { type: 'setOnline', target: name, online: true },
		});
	}
	return {
		id: `bench-${machines}`,
		world: {
			hosts: [
				{ name: 'KMS01', os: 'ws2022', hostKey: 'ws2022', firewallOpen: true },
				{ name: 'KMS02', os: 'ws2022', hostKey: 'ws2022', firewallOpen: true },
			],
			machines: [
				{ prefix: 'PC', count: clients, product: 'win11-enterprise' },
				{ prefix: 'SRV', count: machines - clients, product: 'ws2022-standard' },
			],
		},
		timeline,
	};
}

interface BenchResult {
	machines: number;
	logLimit: number | undefined;
	events: number;
	ms: number;
	/** CPU time of this process during the run (V8's GC and compiler threads included). */
	cpuMs: number;
	eventsPerSecond: number;
	peakHeapMB: number;
	licensed: number;
}

/**
 * A full garbage collection, so a run's peak heap is its own. Only before the run that measures
 * memory: a forced full collection also throws away V8's optimised code, and the run after it
 * took about twice as long as any run a reader's browser or the CLI would do.
 */
const collectGarbage: () => void = (() => {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as (() => void) | undefined;
	return () => gc?.();
})();

/** Times one run (no forced GC before it, heap not sampled). */
export function runBench(machines: number, logLimit?: number): BenchResult {
	const scenario = benchScenario(machines);
	const start = performance.now();
	const cpuStart = process.cpuUsage();
	const sim = createSimulation(scenario, logLimit === undefined ? {} : { logLimit });
	sim.advanceTo(YEARS_3);
	const ms = performance.now() - start;
	const cpu = process.cpuUsage(cpuStart);
	return {
		cpuMs: (cpu.user + cpu.system) / 1000,
		machines,
		logLimit,
		events: sim.processed,
		ms,
		eventsPerSecond: Math.round(sim.processed / (ms / 1000)),
		peakHeapMB: 0,
		licensed: sim.machines().filter((m) => m.status === 1).length,
	};
}

/** Peak heap of one run, in MB: a full GC first, then the heap sampled after every simulated month. */
export function peakHeapMB(machines: number, logLimit?: number): number {
	const scenario = benchScenario(machines);
	collectGarbage();
	let peak = getHeapStatistics().used_heap_size;
	const sim = createSimulation(scenario, logLimit === undefined ? {} : { logLimit });
	const month = 30 * 1440;
	for (let t = month; t < YEARS_3 + month; t += month) {
		sim.advanceTo(Math.min(t, YEARS_3));
		const h = getHeapStatistics().used_heap_size;
		if (h > peak) peak = h;
	}
	return Math.round((peak / 1048576) * 10) / 10;
}

/** Runs one configuration `repeats` times in this process: the first run is the coldest, the median is the figure judged. */
function measure(
	machines: number,
	logLimit: number | undefined,
	repeats: number
): { first: BenchResult; fastest: BenchResult; median: BenchResult } {
	const results: BenchResult[] = [];
	for (let i = 0; i < repeats; i++) results.push(runBench(machines, logLimit));
	const sorted = [...results].sort((a, b) => a.ms - b.ms);
	const median = {
		...(sorted[sorted.length >> 1] as BenchResult),
		peakHeapMB: peakHeapMB(machines, logLimit),
	};
	return { first: results[0] as BenchResult, fastest: sorted[0] as BenchResult, median };
}

/** Runs before the measured rows (the engine is still being optimised during the first few). */
const WARM_UP = 3;

function main(): void {
	const noFail = process.argv.includes('--no-fail');
	// [machines, logLimit, goal ms (null = none, shown for information), goal MB]
	const configs: [number, number | undefined, number | null, number | null][] = [
		[1000, LAB_STORAGE.logLimit, 100, null], // what the lab's scrubber runs
		[1000, undefined, 100, null],
		[1000, 0, 100, null],
		[10_000, undefined, 1000, 200],
		// The goal is for the default set-up (totals only above 2,000 machines); a full log's time is shown for information.
		[10_000, 100_000, null, 200],
	];
	let ok = true;
	// The first runs in a process include V8 compiling and re-optimising the engine. A reader scrubbing
	// the lab runs it again and again in a warm page, so the first run is shown on its own as the cold
	// start, and the rows are measured after WARM_UP runs.
	const warmUp = Array.from({ length: WARM_UP }, () => runBench(1000, LAB_STORAGE.logLimit).ms);
	console.log(
		`Cold start: the first run in this process (1,000 machines, lab log) took ${(warmUp[0] as number).toFixed(0)} ms (the next ${WARM_UP - 1}: ${warmUp
			.slice(1)
			.map((ms) => ms.toFixed(0))
			.join(', ')} ms); the rows below are measured after them.`
	);
	console.log(
		'machines  log             events      first ms  fastest ms  median ms  cpu ms    events/s     peak heap MB  licensed at end  goal'
	);
	for (const [machines, logLimit, goalMs, goalMB] of configs) {
		const { first, fastest, median: r } = measure(machines, logLimit, machines > 2000 ? 5 : 9);
		// Judged on the median wall time of repeated runs in one process (a page that scrubs runs
		// the engine again and again); the first, coldest run is shown too.
		const pass = (goalMs === null || r.ms <= goalMs) && (goalMB === null || r.peakHeapMB <= goalMB);
		ok &&= pass;
		const log =
			logLimit === undefined
				? machines > 2000
					? 'default:totals'
					: 'default:100k'
				: logLimit === 0
					? 'totals'
					: logLimit === LAB_STORAGE.logLimit
						? `lab:${logLimit / 1000}k`
						: `${logLimit / 1000}k`;
		console.log(
			`${String(machines).padEnd(9)} ${log.padEnd(15)} ${String(r.events).padEnd(11)} ${first.ms.toFixed(0).padEnd(9)} ${fastest.ms.toFixed(0).padEnd(11)} ${r.ms.toFixed(0).padEnd(10)} ${r.cpuMs.toFixed(0).padEnd(9)} ${String(r.eventsPerSecond).padEnd(12)} ${String(r.peakHeapMB).padEnd(13)}${String(r.licensed).padEnd(17)}${pass ? 'met' : 'MISSED'} (${[goalMs !== null ? `≤ ${goalMs} ms` : '', goalMB !== null ? `≤ ${goalMB} MB` : ''].filter(Boolean).join(', ')})`
		);
	}
	console.log(
		'log: "100k" keeps the newest 100,000 entries; "lab:20k" is the 20,000 the lab keeps while a reader scrubs; "totals" keeps only counts per event ID (logLimit: 0).'
	);
	console.log(
		'By default a scenario keeps 100,000 entries, or only totals when it starts with more than 2,000 machines.'
	);
	console.log(
		"Goals are judged on the median wall time of repeated runs on one thread (first = the coldest run); cpu ms also counts V8's GC and compiler threads."
	);
	console.log(
		'A shared virtual machine can run the same code at two speeds (about 1.9× apart on the development VM), so "fastest" shows the engine on an uncontended core.'
	);
	if (!ok && !noFail) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
