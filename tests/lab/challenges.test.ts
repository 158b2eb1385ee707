import { describe, expect, it } from 'vitest';
import { CHALLENGES, findChallenge, type ChallengeId } from '../../src/data/challenges.ts';
import { MAIN_SOURCES } from '../../src/data/sources.ts';
import { LAB_LIMITS, loadSimulation } from '../../src/engine/index.ts';
import {
	challengeFromSearch,
	challengePreset,
	evaluateGoal,
} from '../../src/lab/challenges.ts';
import { runOnGroup } from '../../src/lab/groupRun.ts';
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
const FIXES: Record<ChallengeId, { right: (s: LabSession) => void; wrong: (s: LabSession) => void }> = {
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
