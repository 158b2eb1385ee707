import { describe, expect, it } from 'vitest';
import { CHALLENGES, findChallenge, type ChallengeId } from '../../src/lab/challengeData.ts';
import { MAIN_SOURCES } from '../../src/data/sources.ts';
import { LAB_LIMITS, loadSimulation } from '../../src/engine/index.ts';
import { challengeFromSearch, challengePreset, evaluateGoal } from '../../src/lab/challenges.ts';
import { groupMembers, invokeCommandLine, runOnGroup } from '../../src/lab/groupRun.ts';
import {
	CHALLENGE_STORE_KEY,
	readChallengeProgress,
	saveChallengeEntry,
} from '../../src/lab/challengeStore.ts';
import type { StorageLike } from '../../src/lab/store.ts';
import { readChallengeStatuses } from '../../src/lab/challengeStatus.ts';
import { challengeCatalogue } from '../../src/i18n/challenges/index.ts';
import { LabSession } from '../../src/lab/session.ts';
import { createShell } from '../../src/shell/shell.ts';
import { catalogueFor } from '../../src/shell/messages/all.ts';

const DAY = 1440;

function sessionOf(id: ChallengeId): LabSession {
	return new LabSession(challengePreset(findChallenge(id)!));
}

/** A command typed at the lab's elevated prompt of one machine (the terminal's way in). */
function type(session: LabSession, machine: string, line: string): string {
	const shell = createShell(session.shellSim(), machine, {
		catalogue: catalogueFor('en'),
		elevated: true,
	});
	const r = shell.run(line);
	return r.output;
}

function onGroup(session: LabSession, group: 'clients' | 'hosts', line: string) {
	return runOnGroup(createShell, catalogueFor('en'), session.shellSim(), group, line);
}

function solved(session: LabSession, id: ChallengeId): boolean {
	return evaluateGoal(findChallenge(id)!, session.sim).solved;
}

const GVLK = 'NPPR9-FWDCX-D2C8J-H872K-2YT43';

/** The reference fix of each challenge, and a plausible wrong one, as the reader would apply them. */
const FIXES: Record<
	ChallengeId,
	{ right: (s: LabSession) => void; wrong: (s: LabSession) => void }
> = {
	'srv-missing': {
		right: (s) => type(s, 'KMS01', 'slmgr /sdns'),
		// Pointing every client at the host by hand activates them, but not through DNS.
		wrong: (s) => onGroup(s, 'clients', 'slmgr /skms KMS01.corp.contoso.com:1688'),
	},
	'port-blocked': {
		right: (s) => type(s, 'KMS01', 'Set-NetFirewallRule -Name SPPSVC-In-TCP -Enabled True'),
		wrong: (s) => onGroup(s, 'clients', 'Set-NetFirewallRule -Name SPPSVC-In-TCP -Enabled True'),
	},
	'count-low': {
		right: (s) => type(s, 'KMS01', 'slmgr /ad-activation-online LABAD-HOSTK-EYFOR-WS202-2CH01'),
		wrong: (s) => type(s, 'KMS01', 'slmgr /sai 15'),
	},
	'clock-skew': {
		right: (s) => type(s, 'PC026', 'w32tm /resync'),
		wrong: (s) => type(s, 'PC026', 'slmgr /ato'),
	},
	'cloned-image': {
		right: (s) => onGroup(s, 'clients', 'sysprep /generalize /oobe /reboot'),
		// One machine generalized is not the fleet.
		wrong: (s) => type(s, 'PC001', 'sysprep /generalize /oobe /reboot'),
	},
	'mak-not-gvlk': {
		right: (s) => onGroup(s, 'clients', `slmgr /ipk ${GVLK}`),
		wrong: (s) => onGroup(s, 'clients', 'slmgr /skms KMS01.corp.contoso.com'),
	},
	'old-host-key': {
		right: (s) => {
			type(s, 'KMS01', 'slmgr /ipk LABXX-HOSTK-EYFOR-WS202-2CH07');
			type(s, 'KMS01', 'slmgr /ato');
		},
		wrong: (s) => type(s, 'KMS01', 'net stop sppsvc && net start sppsvc'),
	},
	'service-stopped': {
		right: (s) => type(s, 'KMS01', 'net start sppsvc'),
		wrong: (s) => onGroup(s, 'clients', 'net start sppsvc'),
	},
	'second-host': {
		right: (s) => {
			s.dispatch({ type: 'grantSrvRecordRights', zone: 'corp.contoso.com', host: 'KMS02' });
			type(s, 'KMS02', 'net stop sppsvc && net start sppsvc');
		},
		wrong: (s) => type(s, 'KMS02', 'slmgr /sdns'),
	},
};

describe('challenges', () => {
	it('has at least 8, each with a scenario the lab loads, and a source from src/data/sources.ts', () => {
		expect(CHALLENGES.length).toBeGreaterThanOrEqual(8);
		const urls = MAIN_SOURCES.map((s) => s.url);
		for (const c of CHALLENGES) {
			const loaded = loadSimulation(c.scenario, { limits: LAB_LIMITS, logLimit: 0 });
			expect(loaded.ok, c.id).toBe(true);
			expect(urls, c.id).toContain(c.source);
		}
		expect(new Set(CHALLENGES.map((c) => c.id)).size).toBe(CHALLENGES.length);
	});

	for (const c of CHALLENGES) {
		describe(c.id, () => {
			it('starts unsolved and stays so as time passes, showing its symptom', () => {
				const s = sessionOf(c.id);
				expect(solved(s, c.id)).toBe(false);
				s.goTo(1 * DAY);
				expect(solved(s, c.id)).toBe(false);
				// Seen in a result or an event, or else where the reader first looks: `slmgr /ato` on a client.
				const seen =
					s.sim.machines().some((m) => m.lastResult === c.symptom) ||
					s.sim.events().some((e) => 'hresult' in e && e.hresult === c.symptom) ||
					type(s, 'PC001', 'slmgr /ato').includes(c.symptom);
				expect(seen, c.id).toBe(true);
				expect(solved(s, c.id)).toBe(false);
			});

			it('is solved by the reference fix, detected from the state', () => {
				const s = sessionOf(c.id);
				s.goTo(1 * DAY);
				FIXES[c.id].right(s);
				s.goTo(2 * DAY);
				expect(evaluateGoal(c, s.sim)).toMatchObject({ solved: true });
			});

			it('stays unsolved after a wrong fix', () => {
				const s = sessionOf(c.id);
				s.goTo(1 * DAY);
				FIXES[c.id].wrong(s);
				s.goTo(2 * DAY);
				expect(solved(s, c.id)).toBe(false);
			});
		});
	}

	it('reads ?challenge= for known ids only', () => {
		expect(challengeFromSearch('?challenge=srv-missing')?.id).toBe('srv-missing');
		expect(challengeFromSearch('?challenge=nope')).toBeNull();
		expect(challengeFromSearch('?scenario=threshold')).toBeNull();
	});
});

describe('challenge words', () => {
	it('give every challenge a title, goal, story, its number of hints and a fix, in both locales', () => {
		for (const locale of ['ja', 'en'] as const) {
			const words = challengeCatalogue(locale);
			for (const c of CHALLENGES) {
				const w = words.challenges[c.id];
				for (const text of [w.title, w.goal, w.story, w.fix, ...w.hints])
					expect(text.trim(), `${locale} ${c.id}`).not.toBe('');
				expect(w.hints.length, `${locale} ${c.id}`).toBe(c.hints);
			}
			for (const check of CHALLENGES.flatMap((c) => c.goal))
				expect(words.checks[check]).toMatch(/\{n\}.*\{total\}|\{total\}.*\{n\}/);
		}
	});

	it('name the symptom in the story or the hints, and the Japanese text is Japanese', () => {
		const ja = challengeCatalogue('ja');
		for (const c of CHALLENGES) {
			const w = ja.challenges[c.id];
			expect(`${w.story} ${w.hints.join(' ')}`, c.id).toContain(c.symptom);
			expect(w.goal).toMatch(/[\u3040-\u30ff]/);
		}
	});
});

describe('challenge progress store', () => {
	function memory(): StorageLike & { data: Map<string, string> } {
		const data = new Map<string, string>();
		return {
			data,
			getItem: (k) => data.get(k) ?? null,
			setItem: (k, v) => void data.set(k, v),
			removeItem: (k) => void data.delete(k),
		};
	}

	it('saves an attempt that rebuilds the same state after a reload', () => {
		const storage = memory();
		const s = sessionOf('port-blocked');
		s.goTo(1 * DAY);
		FIXES['port-blocked'].right(s);
		s.goTo(2 * DAY);
		expect(
			saveChallengeEntry(storage, 'port-blocked', {
				status: 'solved',
				hints: 2,
				location: s.location(),
			})
		).toBe(true);
		const entry = readChallengeProgress(storage).get('port-blocked')!;
		expect(entry).toMatchObject({ status: 'solved', hints: 2 });
		const again = sessionOf('port-blocked');
		expect(again.restore(entry.location!).ok).toBe(true);
		expect(again.now).toBe(s.now);
		expect(solved(again, 'port-blocked')).toBe(true);
	});

	it('keeps solved as solved, and drops damaged or unknown entries', () => {
		const storage = memory();
		saveChallengeEntry(storage, 'count-low', { status: 'solved', hints: 0, location: null });
		saveChallengeEntry(storage, 'count-low', { status: 'started', hints: 1, location: null });
		expect(readChallengeProgress(storage).get('count-low')).toEqual({
			status: 'solved',
			hints: 1,
			location: null,
		});
		storage.data.set(
			CHALLENGE_STORE_KEY,
			JSON.stringify({
				version: 1,
				challenges: {
					nope: { status: 'solved', hints: 0, location: null },
					'count-low': { status: 'won', hints: 0 },
				},
			})
		);
		expect(readChallengeProgress(storage).size).toBe(0);
		storage.data.set(CHALLENGE_STORE_KEY, '{not json');
		expect(readChallengeProgress(storage).size).toBe(0);
	});

	it('gives the index its statuses without the engine, for known ids only', () => {
		const storage = memory();
		saveChallengeEntry(storage, 'count-low', { status: 'solved', hints: 3, location: null });
		saveChallengeEntry(storage, 'srv-missing', { status: 'started', hints: 0, location: null });
		const statuses = readChallengeStatuses(storage, ['count-low', 'srv-missing', 'clock-skew']);
		expect([...statuses]).toEqual([
			['count-low', 'solved'],
			['srv-missing', 'started'],
		]);
		expect(readChallengeStatuses(undefined, ['count-low']).size).toBe(0);
	});

	it('reports a storage that refuses, and reads nothing from it', () => {
		const blocked: StorageLike = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => undefined,
		};
		expect(
			saveChallengeEntry(blocked, 'count-low', { status: 'started', hints: 0, location: null })
		).toBe(false);
		expect(
			saveChallengeEntry(undefined, 'count-low', { status: 'started', hints: 0, location: null })
		).toBe(false);
		expect(readChallengeProgress(blocked).size).toBe(0);
	});
});

describe('group run', () => {
	it('runs one line on every client, each through its own prompt, and shows the PowerShell form', () => {
		const s = sessionOf('mak-not-gvlk');
		const results = onGroup(s, 'clients', `slmgr /ipk ${GVLK}`);
		expect(results).toHaveLength(30);
		expect(results.every((r) => r.exitCode === 0)).toBe(true);
		expect(s.sim.machines().every((m) => m.key?.kind === 'gvlk')).toBe(true);
		// The same engine actions a typed command makes, recorded in the run's log.
		expect(s.actionLog.filter((r) => r.action.type === 'installKey')).toHaveLength(30);
		expect(invokeCommandLine(groupMembers(s.sim, 'clients'), 'w32tm /resync')).toBe(
			'Invoke-Command -ComputerName PC001,PC002,…,PC030 -ScriptBlock { w32tm /resync }'
		);
	});
});
