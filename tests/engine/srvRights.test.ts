import { describe, expect, it } from 'vitest';
import {
	createSimulation,
	loadSimulation,
	replay,
	restoreSimulation,
	validateAction,
	type Event12293,
	type Event12294,
	type Issue,
	type Scenario,
	type Snapshot,
} from '../../src/engine/index.ts';
import { DAY, kms } from './helpers.ts';

/**
 * R8 (src/data/rules.ts), who may publish: the first host to register `_vlmcs._tcp` in a zone owns
 * the name; a second host's update fails with 12293 and 0x80072338 until a DNS admin grants it
 * rights, which it uses at its next publication. Successful publications log 12294.
 */

const ZONE = 'corp.contoso.com';

const TWO_PUBLISHERS: Scenario = {
	world: {
		hosts: [kms('KMS01'), kms('KMS02')],
		machines: [{ prefix: 'SRV', count: 5, product: 'ws2022-standard' }],
	},
};

function twoPublishers() {
	return createSimulation(TWO_PUBLISHERS, { seed: 1 });
}

function targets(sim: ReturnType<typeof twoPublishers>): string[] {
	return sim.srvRecords(ZONE).map((r) => r.target);
}

const GRANT = { type: 'grantSrvRecordRights', zone: ZONE, host: 'KMS02' } as const;

describe('R8 publishing: the _vlmcs name has an owner', () => {
	it('the first host creates the name and owns it (12294); a second host gets 12293 with 0x80072338 alone and changes nothing', () => {
		const sim = twoPublishers();
		expect(sim.zone(ZONE)).toMatchObject({ srvOwner: 'KMS01', srvGrants: [] });
		expect(targets(sim)).toEqual(['KMS01.corp.contoso.com']);
		expect(sim.events({ id: 12294 })).toEqual([
			{ id: 12294, time: 0, computer: 'KMS01', dnsDomain: ZONE },
		]);
		expect(sim.events({ id: 12293 })).toEqual([
			{ id: 12293, time: 0, computer: 'KMS02', hresult: '0x80072338', dnsDomain: ZONE },
		]);
		const records = JSON.stringify(sim.srvRecords(ZONE));
		// Every 24 hours each tries again: the owner re-registers, the other fails again.
		sim.runFor(DAY);
		expect(targets(sim)).toEqual(['KMS01.corp.contoso.com']);
		expect(sim.srvRecords(ZONE)[0]?.registeredAt).toBe(DAY);
		expect(JSON.stringify(sim.srvRecords(ZONE))).not.toBe(records);
		expect(
			(sim.events({ id: 12293 }) as Event12293[]).map((e) => [e.computer, e.hresult, e.time])
		).toEqual([
			['KMS02', '0x80072338', 0],
			['KMS02', '0x80072338', DAY],
		]);
		expect((sim.events({ id: 12294 }) as Event12294[]).map((e) => e.computer)).toEqual([
			'KMS01',
			'KMS01',
		]);
		expect(sim.eventTotals().totals).toMatchObject({ e12293: 2, e12294: 2 });
	});

	it('a host without rights leaves a record it already has (made by hand) as it is', () => {
		const sim = createSimulation(
			{ world: { hosts: [kms('KMS01'), kms('KMS02', { dnsPublishing: false })] } },
			{ seed: 1 }
		);
		sim.dispatch({
			type: 'addSrvRecord',
			zone: ZONE,
			target: 'KMS02.corp.contoso.com',
			port: 1700,
		});
		sim.dispatch({ type: 'setDnsPublishing', host: 'KMS02', enabled: true });
		expect(sim.events({ id: 12293 })).toMatchObject([{ computer: 'KMS02', hresult: '0x80072338' }]);
		expect(sim.srvRecords(ZONE).find((r) => r.target === 'KMS02.corp.contoso.com')).toMatchObject({
			port: 1700,
			publishedBy: null,
			registeredAt: null,
		});
	});

	it('a name created by hand has no host owner: hosts publish next to it', () => {
		const sim = createSimulation(
			{
				world: {
					zones: [{ name: ZONE, records: [{ target: 'KMS09.corp.contoso.com' }] }],
					hosts: [kms('KMS01'), kms('KMS02')],
				},
			},
			{ seed: 1 }
		);
		expect(sim.zone(ZONE)?.srvOwner).toBeNull();
		expect(targets(sim)).toEqual([
			'KMS09.corp.contoso.com',
			'KMS01.corp.contoso.com',
			'KMS02.corp.contoso.com',
		]);
		expect(sim.events({ id: 12293 })).toEqual([]);
	});

	it('deleting every record deletes the name and its rights: the next host to publish owns it', () => {
		const sim = twoPublishers();
		sim.dispatch(GRANT);
		expect(sim.dispatch({ type: 'deleteSrvRecord', zone: ZONE }).ok).toBe(true);
		expect(sim.zone(ZONE)).toMatchObject({ srvOwner: null, srvGrants: [] });
		sim.dispatch({ type: 'serviceControl', target: 'KMS02', command: 'restart' });
		expect(sim.zone(ZONE)?.srvOwner).toBe('KMS02');
		sim.runFor(DAY);
		expect(targets(sim)).toEqual(['KMS02.corp.contoso.com']);
		expect((sim.events({ id: 12293 }) as Event12293[]).at(-1)).toMatchObject({
			computer: 'KMS01',
			hresult: '0x80072338',
		});
	});

	it('keeps the assumed 0x8007232A for a zone that refuses dynamic updates, whoever owns it', () => {
		const sim = createSimulation(
			{ world: { zones: [{ name: ZONE, dynamicUpdates: false }], hosts: [kms('KMS01')] } },
			{ seed: 1 }
		);
		expect(sim.events({ id: 12293 })).toMatchObject([{ computer: 'KMS01', hresult: '0x8007232A' }]);
		expect(sim.zone(ZONE)?.srvOwner).toBeNull();
	});
});

describe('R8 publishing: a DNS admin grants a second host rights', () => {
	it('the grant changes nothing until the host publishes again; after a service restart it logs 12294 and its record is there', () => {
		const sim = twoPublishers();
		sim.runFor(60);
		expect(sim.dispatch(GRANT)).toMatchObject({ ok: true, code: null });
		expect(sim.zone(ZONE)).toMatchObject({ srvOwner: 'KMS01', srvGrants: ['KMS02'] });
		expect(targets(sim)).toEqual(['KMS01.corp.contoso.com']);
		sim.dispatch({ type: 'serviceControl', target: 'KMS02', command: 'restart' });
		expect(targets(sim)).toEqual(['KMS01.corp.contoso.com', 'KMS02.corp.contoso.com']);
		expect(sim.srvRecords(ZONE)[1]).toMatchObject({ publishedBy: 'KMS02', registeredAt: 60 });
		expect(sim.events({ id: 12294 }).at(-1)).toEqual({
			id: 12294,
			time: 60,
			computer: 'KMS02',
			dnsDomain: ZONE,
		});
		// The owner stays the first host; granting twice adds nothing.
		sim.dispatch(GRANT);
		expect(sim.zone(ZONE)).toMatchObject({ srvOwner: 'KMS01', srvGrants: ['KMS02'] });
	});

	it('without a restart the grant takes effect at the 24-hour re-registration', () => {
		const sim = twoPublishers();
		sim.dispatch(GRANT);
		sim.runFor(DAY - 1);
		expect(targets(sim)).toEqual(['KMS01.corp.contoso.com']);
		sim.runFor(1);
		expect(targets(sim)).toEqual(['KMS01.corp.contoso.com', 'KMS02.corp.contoso.com']);
		expect(sim.events({ id: 12293 })).toHaveLength(1);
	});

	it('the grant survives a snapshot and restore, and a replay of the action log', () => {
		const sim = twoPublishers();
		sim.runFor(60);
		sim.dispatch(GRANT);
		const restored = restoreSimulation(JSON.parse(JSON.stringify(sim.snapshot())) as Snapshot);
		expect(restored.zone(ZONE)?.srvGrants).toEqual(['KMS02']);
		restored.runFor(DAY);
		expect(targets(restored)).toEqual(['KMS01.corp.contoso.com', 'KMS02.corp.contoso.com']);
		const replayed = replay(TWO_PUBLISHERS, { seed: 1 }, sim.actionLog, 60 + DAY);
		expect(replayed.zone(ZONE)).toEqual(restored.zone(ZONE));
		sim.runFor(DAY);
		expect(JSON.stringify(restored.snapshot().world)).toBe(JSON.stringify(sim.snapshot().world));
	});

	it('is accepted in a scenario timeline, which names a zone and a host that exist', () => {
		const scenario: Scenario = {
			...TWO_PUBLISHERS,
			timeline: [
				{ at: '1h', action: GRANT },
				{ at: '2h', action: { type: 'serviceControl', target: 'KMS02', command: 'restart' } },
			],
		};
		const sim = createSimulation(scenario, { seed: 1 });
		sim.runFor(2 * 60);
		expect(targets(sim)).toEqual(['KMS01.corp.contoso.com', 'KMS02.corp.contoso.com']);
		const unknownHost = loadSimulation({
			...TWO_PUBLISHERS,
			timeline: [{ at: '1h', action: { ...GRANT, host: 'KMS09' } }],
		});
		expect(unknownHost.ok ? [] : unknownHost.issues).toEqual([
			{ path: 'timeline[0].action.host', code: 'unknown_name', name: 'KMS09', expected: 'host' },
		]);
		const unknownZone = loadSimulation({
			...TWO_PUBLISHERS,
			timeline: [{ at: '1h', action: { ...GRANT, zone: 'other.contoso.com' } }],
		});
		expect(unknownZone.ok ? [] : unknownZone.issues).toEqual([
			{
				path: 'timeline[0].action.zone',
				code: 'unknown_name',
				name: 'other.contoso.com',
				expected: 'zone',
			},
		]);
	});

	it('is validated like the other actions, and refused for a zone or a KMS host that does not exist', () => {
		const issues: Issue[] = [];
		validateAction(
			'action',
			{ type: 'grantSrvRecordRights', zone: 'corp..contoso.com', host: 'KMS 02' },
			issues
		);
		expect(issues.map((i) => i.path)).toEqual(['action.zone', 'action.host']);
		const sim = twoPublishers();
		expect(sim.dispatch({ ...GRANT, zone: 'other.contoso.com' }).error).toEqual({
			code: 'unknown_target',
			name: 'other.contoso.com',
			expected: 'zone',
		});
		expect(sim.dispatch({ ...GRANT, host: 'SRV01' }).error).toEqual({
			code: 'unknown_target',
			name: 'SRV01',
			expected: 'host',
		});
		expect(sim.dispatch({ type: 'grantSrvRecordRights', zone: ZONE }).error?.code).toBe(
			'invalid_action'
		);
		expect(sim.actionLog).toEqual([]);
	});
});
