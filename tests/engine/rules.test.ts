import { describe, expect, it } from 'vitest';
import {
	confirmationIdFor,
	createSimulation,
	loadSimulation,
	type Event12288,
	type Event12289,
	type Event12290,
	type Event12293,
} from '../../src/engine/index.ts';
import { DAY, kms, machine, simOf } from './helpers.ts';

const W11 = 'win11-enterprise';

describe('R1 discovery', () => {
	it('prefers /skms over /skms-domain over the SRV lookup in the own suffix', () => {
		const sim = simOf({
			hosts: [
				kms('KMS01'),
				kms('KMS02', { domain: 'branch.contoso.com' }),
				kms('KMS03', { dnsPublishing: false }),
			],
			zones: [{ name: 'corp.contoso.com' }, { name: 'branch.contoso.com' }],
			machines: [
				{ name: 'PC001', product: 'ws2022-standard' },
				{ name: 'PC002', product: 'ws2022-standard', lookupDomain: 'branch.contoso.com' },
				{
					name: 'PC003',
					product: 'ws2022-standard',
					lookupDomain: 'branch.contoso.com',
					kms: 'KMS03.corp.contoso.com',
				},
			],
		});
		sim.runFor(1);
		expect(machine(sim, 'PC001').kmsHostUsed).toBe('KMS01');
		expect(machine(sim, 'PC002').kmsHostUsed).toBe('KMS02');
		expect(machine(sim, 'PC003').kmsHostUsed).toBe('KMS03');
	});

	it('honours SRV priority, and weight within a priority (seeded)', () => {
		const sim = simOf({
			hosts: [
				kms('KMS01', { dnsPublishing: false }),
				kms('KMS02', { dnsPublishing: false }),
				kms('KMS03', { dnsPublishing: false }),
			],
			zones: [
				{
					name: 'corp.contoso.com',
					records: [
						{ target: 'KMS01.corp.contoso.com', priority: 0, weight: 75 },
						{ target: 'KMS02.corp.contoso.com', priority: 0, weight: 25 },
						{ target: 'KMS03.corp.contoso.com', priority: 5 },
					],
				},
			],
			machines: [{ prefix: 'SRV', count: 400, product: 'ws2022-standard' }],
		});
		sim.runFor(1);
		const used = sim.machines().map((m) => m.kmsHostUsed);
		const share1 = used.filter((h) => h === 'KMS01').length / used.length;
		expect(used.includes('KMS03')).toBe(false);
		expect(share1).toBeGreaterThan(0.65);
		expect(share1).toBeLessThan(0.85);
		// Same seed, same picks.
		const again = simOf(sim.scenario.world);
		again.runFor(1);
		expect(again.machines().map((m) => m.kmsHostUsed)).toEqual(used);
	});

	it('drops a host that fails and tries the next one', () => {
		const sim = simOf({
			hosts: [
				kms('KMS01', { dnsPublishing: false, firewallOpen: false }),
				kms('KMS02', { dnsPublishing: false }),
			],
			zones: [
				{
					name: 'corp.contoso.com',
					records: [
						{ target: 'KMS01.corp.contoso.com', priority: 0 },
						{ target: 'KMS02.corp.contoso.com', priority: 1 },
					],
				},
			],
			machines: [{ name: 'SRV01', product: 'ws2022-standard' }],
		});
		sim.runFor(1);
		const tried = sim.events({ computer: 'SRV01', id: 12288 }) as Event12288[];
		expect(tried.map((e) => [e.server, e.hresult])).toEqual([
			['KMS01.corp.contoso.com:1688', '0x800706BA'],
			['KMS02.corp.contoso.com:1688', '0xC004F038'],
		]);
		expect(machine(sim, 'SRV01').kmsHostUsed).toBe('KMS02');
	});

	it('reuses a cached host until it fails, then queries DNS again', () => {
		const world = {
			hosts: [kms('KMS01'), kms('KMS02', { dnsPublishing: false })],
			machines: [{ prefix: 'SRV', count: 6, product: 'ws2022-standard' }],
		};
		const sim = simOf(world);
		sim.runFor(DAY);
		expect(machine(sim, 'SRV01').cachedHost).toEqual({
			host: 'KMS01.corp.contoso.com',
			port: 1688,
		});
		// The SRV record goes away: renewals still reach the cached host.
		sim.dispatch({ type: 'setDnsPublishing', host: 'KMS01', enabled: false });
		sim.dispatch({ type: 'deleteSrvRecord', zone: 'corp.contoso.com' });
		sim.runFor(8 * DAY);
		expect(machine(sim, 'SRV01').lastResult).toBe('0x00000000');
		// With caching off the client must look up DNS, which has no record now.
		sim.dispatch({ type: 'setHostCaching', machine: 'SRV01', enabled: false });
		expect(sim.dispatch({ type: 'activate', target: 'SRV01' }).code).toBe('0x8007232B');
		// The cached host fails: the client asks DNS again and finds the other host.
		sim.dispatch({
			type: 'addSrvRecord',
			zone: 'corp.contoso.com',
			target: 'KMS02.corp.contoso.com',
		});
		sim.dispatch({ type: 'serviceControl', target: 'KMS01', command: 'stop' });
		expect(sim.dispatch({ type: 'activate', target: 'SRV02' }).code).toBe('0xC004F038');
		expect(machine(sim, 'SRV02').cachedHost?.host).toBe('KMS02.corp.contoso.com');
	});
});

describe('R2 reaching the host', () => {
	it('gives 0x8007232B without a manual host or SRV record', () => {
		const sim = simOf({
			hosts: [kms('KMS01', { dnsPublishing: false })],
			machines: [{ name: 'PC001', product: W11 }],
		});
		sim.runFor(1);
		expect(machine(sim, 'PC001').lastResult).toBe('0x8007232B');
		expect(sim.events({ id: 12288 })).toHaveLength(0);
	});

	it('gives 0xC004F074 with 0x800706BA in 12288 for firewall, stopped service, wrong port or an offline host', () => {
		const cases: [string, Parameters<typeof kms>[1]][] = [
			['firewall', { firewallOpen: false }],
			['service', { serviceRunning: false, dnsPublishing: false }],
			['offline', { online: false, dnsPublishing: false }],
		];
		for (const [, extra] of cases) {
			const sim = simOf({
				hosts: [kms('KMS01', extra)],
				zones: [{ name: 'corp.contoso.com', records: [{ target: 'KMS01.corp.contoso.com' }] }],
				machines: [{ name: 'PC001', product: W11 }],
			});
			sim.runFor(1);
			expect(machine(sim, 'PC001').lastResult).toBe('0xC004F074');
			const e = sim.events({ id: 12288 }) as Event12288[];
			expect(e.map((x) => x.hresult)).toContain('0x800706BA');
			expect(sim.events({ id: 12290 })).toHaveLength(0);
			expect(sim.events({ id: 12289 })).toHaveLength(0);
		}
		const wrongPort = simOf({
			hosts: [kms()],
			machines: [{ name: 'PC001', product: W11, kms: 'KMS01:1689' }],
		});
		wrongPort.runFor(1);
		expect(machine(wrongPort, 'PC001').lastResult).toBe('0xC004F074');
	});
});

describe('R3 clocks', () => {
	it('rejects more than 4 hours of difference with 0xC004F06C in 12288 and 12290, and /ato reports 0xC004F074', () => {
		const sim = simOf({
			hosts: [kms('KMS01', { clockOffset: '-1h' })],
			machines: [
				{ prefix: 'SRV', count: 5, product: 'ws2022-standard' },
				{ name: 'SRV90', product: 'ws2022-standard', clockOffset: '3h' }, // 4 h apart: still fine
				{ name: 'SRV91', product: 'ws2022-standard', clockOffset: '3h1m' },
			],
		});
		sim.runFor(DAY);
		expect(machine(sim, 'SRV90').status).toBe(1);
		expect(machine(sim, 'SRV91').lastResult).toBe('0xC004F074');
		expect(machine(sim, 'SRV91').status).toBe(2);
		const requests = sim.events({ id: 12288, computer: 'SRV91' }) as Event12288[];
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.every((e) => e.hresult === '0xC004F06C')).toBe(true);
		const processed = (sim.events({ id: 12290 }) as Event12290[]).filter(
			(e) => e.clientName === 'SRV91'
		);
		expect(processed.length).toBe(requests.length);
		expect(processed.every((e) => e.hresult === '0xC004F06C')).toBe(true);
		// Asked at once, the client gets the same: /ato says 0xC004F074.
		expect(sim.dispatch({ type: 'activate', target: 'SRV91' }).code).toBe('0xC004F074');
		sim.dispatch({ type: 'resyncClock', target: 'SRV91' });
		expect(sim.dispatch({ type: 'activate', target: 'SRV91' }).code).toBe('0x00000000');
	});
});

describe('R4 host key', () => {
	it('answers 0xC004F041 when the host key is not activated', () => {
		const sim = simOf({
			hosts: [kms('KMS01', { activated: false })],
			machines: [{ name: 'SRV01', product: 'ws2022-standard' }],
		});
		sim.runFor(1);
		expect(machine(sim, 'SRV01').lastResult).toBe('0xC004F041');
		// Once the host key is activated, the host counts the next retry (its earlier answer is not reused).
		expect(sim.dispatch({ type: 'activate', target: 'KMS01' }).ok).toBe(true);
		sim.runFor(120);
		expect(machine(sim, 'SRV01').lastResult).toBe('0xC004F038');
	});

	it('answers 0xC004F042 and counts a failed request when the group does not cover the product', () => {
		const sim = simOf({
			hosts: [kms('KMS01', { os: 'ws2019', hostKey: 'ws2019' })],
			machines: [
				{ prefix: 'PC', count: 3, product: W11 },
				{ name: 'PC010', product: 'win10-enterprise' },
			],
		});
		sim.runFor(1);
		expect(machine(sim, 'PC001').lastResult).toBe('0xC004F042');
		expect(machine(sim, 'PC010').lastResult).toBe('0xC004F038');
		expect(sim.hostCounters('KMS01')).toMatchObject({ total: 4, failed: 3 });
		sim.runFor(120);
		expect(sim.hostCounters('KMS01')?.failed).toBe(6);
		// Refused requests are not counted.
		expect(sim.hostCount('KMS01')).toBe(1);
	});

	it('a host without the update its OS needs refuses newer versions until it is updated (R4)', () => {
		// Server 2016 host with the Server 2022 host key: activating Server 2022 needs KB5003638 or later.
		const sim = simOf({
			hosts: [kms('KMS01', { os: 'ws2016', hostKey: 'ws2022', updatesInstalled: false })],
			machines: [
				{ prefix: 'SRV', count: 5, product: 'ws2022-standard' },
				{ name: 'SRV16', product: 'ws2016-standard' },
			],
		});
		sim.runFor(1);
		expect(machine(sim, 'SRV01').lastResult).toBe('0xC004F042');
		// Its own version needs no update: counted, below the threshold of 5.
		expect(machine(sim, 'SRV16').lastResult).toBe('0xC004F038');
		expect(sim.hostCounters('KMS01')).toMatchObject({ total: 6, failed: 5 });
		expect(sim.dispatch({ type: 'setHostUpdates', host: 'KMS01', installed: true }).ok).toBe(true);
		sim.runFor(120);
		// Now counted: six distinct servers reach the threshold of 5 within the next retry.
		expect(sim.hostCount('KMS01')).toBe(6);
		sim.runFor(120);
		for (const name of ['SRV01', 'SRV05', 'SRV16']) expect(machine(sim, name).status).toBe(1);
	});

	it('a host key its OS cannot hold is refused at load and at /ipk alike (one rule, 0xC004F069)', () => {
		// Microsoft's host-key lists never put the Server 2016 key on Server 2008 R2.
		const world = {
			hosts: [kms('KMS01', { os: 'ws2008r2', hostKey: 'ws2016' })],
			machines: [{ prefix: 'SRV', count: 5, product: 'ws2016-standard' }],
		};
		expect(loadSimulation({ world })).toEqual({
			ok: false,
			issues: [
				{ path: 'world.hosts[0].hostKey', code: 'host_key_os', group: 'ws2016', os: 'ws2008r2' },
			],
		});
		const sim = simOf({
			hosts: [kms('KMS01', { os: 'ws2008r2', hostKey: null })],
			hostKeys: [{ key: 'LABXX-HOSTK-EYFOR-WS201-6XXXX', group: 'ws2016' }],
		});
		expect(
			sim.dispatch({ type: 'installKey', target: 'KMS01', key: 'LABXX-HOSTK-EYFOR-WS201-6XXXX' })
		).toEqual({
			ok: false,
			code: '0xC004F069',
			error: { code: 'bad_key', reason: 'host_os', group: 'ws2016' },
		});
	});
});

describe('R5 the count', () => {
	it('counts distinct CMIDs, capped at 10 while only servers have asked', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'SRV', count: 12, product: 'ws2022-standard' }],
		});
		sim.runFor(1);
		expect(sim.hostCacheSize('KMS01')).toBe(10);
		expect(sim.hostCount('KMS01')).toBe(10);
		// A client OS raises the cache to 50; it never shrinks.
		sim.dispatch({ type: 'addMachines', prefix: 'PC', count: 30, product: W11 });
		sim.runFor(1);
		expect(sim.hostCacheSize('KMS01')).toBe(50);
		expect(sim.hostCount('KMS01')).toBe(40);
		sim.dispatch({ type: 'addMachines', prefix: 'PC', count: 20, product: W11 });
		sim.runFor(1);
		expect(sim.hostCount('KMS01')).toBe(50);
	});

	it('drops a CMID not seen for 30 days; a renewal refreshes it', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'SRV', count: 6, product: 'ws2022-standard' }],
		});
		sim.runFor(60);
		expect(sim.hostCount('KMS01')).toBe(6);
		sim.dispatch({ type: 'setOnline', target: 'SRV06', online: false });
		sim.runFor(29 * DAY);
		expect(sim.hostCount('KMS01')).toBe(6);
		sim.runFor(2 * DAY);
		expect(sim.hostCount('KMS01')).toBe(5);
		const seen = sim.hostCmids('KMS01');
		expect(seen.every((e) => sim.now - e.lastSeen <= 7 * DAY)).toBe(true);
	});

	it('counts clones that share a CMID once', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'PC', count: 30, product: W11, sharedCmid: true }],
		});
		sim.runFor(DAY);
		expect(sim.hostCount('KMS01')).toBe(1);
		expect(sim.machines().every((m) => m.lastResult === '0xC004F038')).toBe(true);
		sim.dispatch({ type: 'sysprepGeneralize', machine: 'PC002' });
		sim.runFor(1);
		expect(sim.hostCount('KMS01')).toBe(2);
	});
});

describe('R6 threshold', () => {
	it('activates a client OS at 25 and a server OS at 5; below that 0xC004F038 leaves the state and retries', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [
				{ prefix: 'PC', count: 24, product: W11 },
				{ prefix: 'SRV', count: 4, product: 'ws2022-standard' },
			],
		});
		sim.runFor(1);
		const pc = machine(sim, 'PC001');
		expect(pc.lastResult).toBe('0xC004F038');
		expect(pc.status).toBe(2);
		expect(pc.nextAttemptAt).toBe(120);
		// Counts are cumulative across OS types: the servers ask after 24 clients and see 25+.
		expect(machine(sim, 'SRV01').lastResult).toBe('0x00000000');
		expect(machine(sim, 'SRV04').status).toBe(1);
	});

	it('gives the count in the response and activates exactly at the threshold', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'SRV', count: 5, product: 'ws2022-standard' }],
		});
		sim.runFor(1);
		const counts = (sim.events({ id: 12289 }) as Event12289[]).map((e) => [e.count, e.activated]);
		expect(counts).toEqual([
			[1, 0],
			[2, 0],
			[3, 0],
			[4, 0],
			[5, 1],
		]);
	});
});

describe('R7 lifecycle', () => {
	it('runs initial grace, attempts every 120 min, uses the host intervals after the first response', () => {
		const sim = simOf({
			hosts: [kms('KMS01', { activationInterval: 60, renewalInterval: 1440 })],
			machines: [{ name: 'PC001', product: W11 }],
		});
		const pc = machine(sim, 'PC001');
		expect(pc.status).toBe(2);
		expect(pc.expiresAt).toBe(30 * DAY);
		sim.runFor(1);
		expect(pc.activationInterval).toBe(60);
		expect(pc.nextAttemptAt).toBe(60);
		expect(pc.renewalInterval).toBe(1440);
	});

	it('Licensed lasts 180 days from the last success; renewals every 7 days reset it', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'SRV', count: 5, product: 'ws2022-standard' }],
		});
		sim.runFor(121);
		const s = machine(sim, 'SRV01');
		expect(s.status).toBe(1);
		const first = s.activatedAt as number;
		expect(s.expiresAt).toBe(first + 180 * DAY);
		expect(s.nextAttemptAt).toBe(first + 10_080);
		sim.advanceTo(first + 10_080);
		expect(s.activatedAt).toBe(first + 10_080);
		expect(s.expiresAt).toBe(first + 10_080 + 180 * DAY);
	});

	it('a failed renewal retries every activation interval and keeps Licensed', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'SRV', count: 5, product: 'ws2022-standard' }],
		});
		sim.runFor(121);
		sim.dispatch({ type: 'setFirewall', host: 'KMS01', open: false });
		sim.runFor(7 * DAY);
		const s = machine(sim, 'SRV01');
		expect(s.status).toBe(1);
		expect(s.lastResult).toBe('0xC004F074');
		expect((s.nextAttemptAt as number) - (s.lastAttemptAt as number)).toBe(120);
	});

	it('lapses into Additional grace (30 days assumed), then Notification 0xC004F009, with a warning 30 days before', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'SRV', count: 5, product: 'ws2022-standard' }],
		});
		sim.runFor(121);
		const s = machine(sim, 'SRV01');
		const expiry = s.expiresAt as number;
		sim.dispatch({ type: 'setOnline', target: 'SRV01', online: false });
		sim.advanceTo(expiry - 30 * DAY);
		expect(
			sim
				.events({ computer: 'SRV01', id: 'note' })
				.some((e) => e.id === 'note' && e.kind === 'expiryWarning' && e.time === expiry - 30 * DAY)
		).toBe(true);
		sim.advanceTo(expiry);
		expect(s.status).toBe(3);
		sim.advanceTo(expiry + 30 * DAY - 1);
		expect(s.status).toBe(3);
		sim.advanceTo(expiry + 30 * DAY);
		expect(s.status).toBe(5);
		expect(s.notificationReason).toBe('0xC004F009');
		// Back with a host that has enough count: Licensed again.
		sim.dispatch({ type: 'setOnline', target: 'SRV01', online: true });
		sim.runFor(120);
		expect(s.status).toBe(1);
	});

	it('ends an initial grace without activation in Notification', () => {
		const sim = simOf({ machines: [{ name: 'PC001', product: W11 }] });
		sim.advanceTo(30 * DAY - 1);
		expect(machine(sim, 'PC001').status).toBe(2);
		sim.advanceTo(30 * DAY);
		expect(machine(sim, 'PC001').status).toBe(5);
	});

	it('honours a scenario override of the Additional grace assumption', () => {
		const sim = simOf(
			{ hosts: [kms()], machines: [{ prefix: 'SRV', count: 5, product: 'ws2022-standard' }] },
			{ assumptions: { additionalGraceMinutes: 10 * DAY } }
		);
		sim.runFor(121);
		const s = machine(sim, 'SRV01');
		const expiry = s.expiresAt as number;
		sim.dispatch({ type: 'setOnline', target: 'SRV01', online: false });
		sim.advanceTo(expiry + 10 * DAY);
		expect(s.status).toBe(5);
	});
});

describe('R8 publishing', () => {
	it('registers the SRV record at start and every 24 h; a zone without dynamic updates gives 12293', () => {
		const sim = simOf({
			hosts: [
				kms('KMS01', { publishList: [{ domain: 'static.contoso.com', priority: 5, weight: 10 }] }),
			],
			zones: [{ name: 'corp.contoso.com' }, { name: 'static.contoso.com', dynamicUpdates: false }],
		});
		expect(sim.srvRecords('corp.contoso.com')).toMatchObject([
			{
				target: 'KMS01.corp.contoso.com',
				port: 1688,
				priority: 0,
				weight: 0,
				publishedBy: 'KMS01',
				registeredAt: 0,
			},
		]);
		const failures = sim.events({ id: 12293 }) as Event12293[];
		expect(failures).toMatchObject([
			{ computer: 'KMS01', dnsDomain: 'static.contoso.com', hresult: '0x8007232A' },
		]);
		sim.runFor(DAY);
		expect(sim.srvRecords('corp.contoso.com')[0]?.registeredAt).toBe(DAY);
		expect(sim.events({ id: 12293 })).toHaveLength(2);
	});

	it('leaves the record after /cdns (it can go stale)', () => {
		const sim = simOf({ hosts: [kms()] });
		sim.dispatch({ type: 'setDnsPublishing', host: 'KMS01', enabled: false });
		sim.runFor(3 * DAY);
		expect(sim.srvRecords('corp.contoso.com')).toHaveLength(1);
		expect(sim.srvRecords('corp.contoso.com')[0]?.registeredAt).toBe(0);
	});

	it('changes the port with /sprt only after a service restart, and tells clients the new port', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'SRV', count: 5, product: 'ws2022-standard' }],
		});
		sim.runFor(121);
		sim.dispatch({ type: 'setPort', host: 'KMS01', port: 1700 });
		expect(sim.host('KMS01')?.port).toBe(1688);
		sim.dispatch({ type: 'serviceControl', target: 'KMS01', command: 'restart' });
		expect(sim.host('KMS01')?.port).toBe(1700);
		expect(sim.srvRecords('corp.contoso.com')[0]?.port).toBe(1700);
		// The cached host:1688 fails; DNS gives the new port; the response updates the cache.
		sim.dispatch({ type: 'activate', target: 'SRV01' });
		expect(machine(sim, 'SRV01').cachedHost).toEqual({
			host: 'KMS01.corp.contoso.com',
			port: 1700,
		});
	});
});

describe('R9 MAK', () => {
	const world = {
		makPools: [
			{ id: 'm', key: 'LABXX-MAKXX-KEYXX-XXXXX-XXXX2', remaining: 2 },
			{ id: 'b', key: 'LABXX-MAKXX-BLOCK-XXXXX-XXXXX', remaining: 5, blocked: true },
		],
		machines: [
			{ prefix: 'PC', count: 3, product: 'win11-pro', key: 'mak:m' },
			{ name: 'PC010', product: 'win11-pro', key: 'mak:b' },
		],
	};

	it('uses one activation per success, then 0xC004C020; a blocked key gives 0xC004C003; no renewal', () => {
		const sim = simOf(world);
		expect(sim.dispatch({ type: 'activate', target: 'PC001' }).code).toBe('0x00000000');
		expect(sim.dispatch({ type: 'activate', target: 'PC002' }).code).toBe('0x00000000');
		expect(sim.dispatch({ type: 'activate', target: 'PC003' }).code).toBe('0xC004C020');
		expect(sim.dispatch({ type: 'activate', target: 'PC010' }).code).toBe('0xC004C003');
		expect(sim.world.makPools[0]?.remaining).toBe(0);
		const pc = machine(sim, 'PC001');
		expect(pc).toMatchObject({
			status: 1,
			expiresAt: null,
			nextAttemptAt: null,
			activatedBy: 'mak',
		});
		sim.runFor(400 * DAY);
		expect(pc.status).toBe(1);
	});

	it('needs internet access for online activation', () => {
		const sim = simOf({ ...world, internet: false });
		expect(sim.dispatch({ type: 'activate', target: 'PC001' }).code).toBe('0x80072EE7');
	});

	it('activates by phone with the 48-digit Confirmation ID for the Installation ID', () => {
		const sim = simOf({ ...world, internet: false });
		const iid = sim.installationId('PC001') as string;
		expect(iid).toMatch(/^\d+$/);
		const cid = confirmationIdFor(iid);
		expect(cid).toMatch(/^\d{48}$/);
		expect(
			sim.dispatch({ type: 'applyConfirmationId', target: 'PC001', confirmationId: '123' }).code
		).toBe('0xC004F02C');
		expect(
			sim.dispatch({ type: 'applyConfirmationId', target: 'PC001', confirmationId: cid }).code
		).toBe('0x00000000');
		expect(machine(sim, 'PC001')).toMatchObject({ status: 1, activatedBy: 'phone' });
		expect(sim.world.makPools[0]?.remaining).toBe(1);
	});
});

describe('R10 ADBA', () => {
	const forest = { activationObjects: [{ name: 'Contoso', group: 'ws2022' as const }] };

	it('activates domain members from a matching object with no threshold, for 180 days, renewing every 7 days', () => {
		const sim = simOf({ forest, machines: [{ name: 'PC001', product: W11 }] });
		sim.runFor(1);
		const pc = machine(sim, 'PC001');
		expect(pc).toMatchObject({
			status: 1,
			activatedBy: 'adba',
			activationObject: 'Contoso',
			expiresAt: 180 * DAY,
			nextAttemptAt: 7 * DAY,
		});
		expect(sim.events({ id: 12288 })).toHaveLength(0);
	});

	it('falls back to KMS without a matching object, and /act-type restricts the method', () => {
		const sim = simOf({
			hosts: [kms()],
			forest: { activationObjects: [{ name: 'Old', group: 'ws2019' }] },
			machines: [
				{ name: 'PC001', product: W11 },
				{ name: 'PC002', product: W11, actType: 1 },
				{ name: 'PC003', product: 'win10-enterprise', actType: 2 },
			],
		});
		sim.runFor(1);
		expect(machine(sim, 'PC001').lastResult).toBe('0xC004F038');
		expect(machine(sim, 'PC002').lastResult).toBe('0xC004F081');
		expect(machine(sim, 'PC003').lastResult).toBe('0xC004F038');
		expect(machine(sim, 'PC003').activatedBy).toBe(null);
	});

	it('loses activation after leaving the domain and restarting, then tries KMS', () => {
		const sim = simOf({ hosts: [kms()], forest, machines: [{ name: 'PC001', product: W11 }] });
		sim.runFor(DAY);
		sim.dispatch({ type: 'leaveDomain', machine: 'PC001' });
		expect(machine(sim, 'PC001').status).toBe(1);
		sim.dispatch({ type: 'restart', target: 'PC001' });
		sim.runFor(1);
		const pc = machine(sim, 'PC001');
		expect(pc.activatedBy).toBe(null);
		expect(pc.status).toBe(2);
		expect(pc.lastResult).toBe('0x8007232B'); // no suffix any more: no SRV lookup zone
	});

	it('creates activation objects online or by phone; names are limited to 40 characters', () => {
		const sim = simOf({
			forest: {},
			hostKeys: [{ key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX', group: 'ws2022' }],
			machines: [{ name: 'PC001', product: W11 }],
		});
		expect(
			sim.dispatch({
				type: 'createActivationObject',
				key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX',
				name: 'x'.repeat(41),
			}).code
		).toBe('0xC004F082');
		const cid = confirmationIdFor(sim.forestInstallationId('LABXX-HOSTK-EYFOR-WS202-2XXXX'));
		expect(
			sim.dispatch({
				type: 'createActivationObjectByPhone',
				key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX',
				confirmationId: cid,
				name: 'Phone',
			}).code
		).toBe('0x00000000');
		expect(sim.dispatch({ type: 'activate', target: 'PC001' }).code).toBe('0x00000000');
		expect(sim.dispatch({ type: 'deleteActivationObject', name: 'Phone' }).ok).toBe(true);
		expect(sim.world.forest?.activationObjects).toHaveLength(0);
	});
});

describe('R11 events and counters', () => {
	it('logs 12288, 12290 and 12289 with the documented fields', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ name: 'PC001', product: W11, vm: true, clockOffset: '1h' }],
		});
		sim.runFor(1);
		const [req] = sim.events({ id: 12288 }) as Event12288[];
		const [hostEvent] = sim.events({ id: 12290 }) as Event12290[];
		const [resp] = sim.events({ id: 12289 }) as Event12289[];
		const pc = machine(sim, 'PC001');
		expect(req).toMatchObject({
			computer: 'PC001',
			hresult: '0xC004F038',
			server: 'KMS01.corp.contoso.com:1688',
			cmid: pc.cmid,
			clientTime: 60,
			vm: 1,
			licensingStatus: 2,
			timeToExpiration: 30 * DAY,
			nPolicy: 25,
		});
		expect(req?.actId).toMatch(/^[0-9a-f-]{36}$/);
		expect(hostEvent).toMatchObject({
			computer: 'KMS01',
			hresult: '0xC004F038',
			nPolicy: 25,
			clientName: 'PC001',
			cmid: pc.cmid,
			vm: 1,
			licensingStatus: 2,
			timeToExpiration: 30 * DAY,
		});
		expect(resp).toMatchObject({
			computer: 'PC001',
			hresult: '0xC004F038',
			activated: 0,
			count: 1,
			activationInterval: 120,
			renewalInterval: 10_080,
		});
	});

	it('keeps cumulative /dlv counters by license status', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'SRV', count: 5, product: 'ws2022-standard' }],
		});
		sim.runFor(121);
		expect(sim.hostCounters('KMS01')).toEqual({
			total: 9,
			failed: 0,
			byStatus: [0, 0, 9, 0, 0, 0, 0],
		});
		sim.runFor(7 * DAY);
		expect(sim.hostCounters('KMS01')).toEqual({
			total: 14,
			failed: 0,
			byStatus: [0, 5, 9, 0, 0, 0, 0],
		});
	});

	it('caps the log at logLimit entries but keeps totals', () => {
		const scenario = {
			world: { hosts: [kms()], machines: [{ prefix: 'PC', count: 10, product: W11 }] },
		};
		const full = createSimulation(scenario);
		const capped = createSimulation(scenario, { logLimit: 50 });
		const none = createSimulation(scenario, { logLimit: 0 });
		for (const s of [full, capped, none]) s.runFor(DAY - 1);
		expect(full.eventTotals().totals.e12288).toBe(10 * 12);
		expect(full.eventTotals().dropped).toBe(0);
		expect(capped.events()).toHaveLength(50);
		expect(capped.events()).toEqual(full.events().slice(-50));
		expect(capped.eventTotals().totals).toEqual(full.eventTotals().totals);
		expect(none.events()).toHaveLength(0);
		expect(none.eventTotals().totals.e12289).toBe(10 * 12);
		expect(none.snapshot().world).toEqual(full.snapshot().world);
	});

	it('keeps only totals by default for scenarios that start with more than 2,000 machines', () => {
		const big = createSimulation({
			world: { hosts: [kms()], machines: [{ prefix: 'PC', count: 2001, product: W11 }] },
		});
		big.runFor(1);
		expect(big.events()).toHaveLength(0);
		expect(big.eventTotals().totals.e12289).toBe(2001);
		const small = createSimulation({
			world: { hosts: [kms()], machines: [{ prefix: 'PC', count: 2000, product: W11 }] },
		});
		small.runFor(1);
		expect(small.events({ id: 12289 })).toHaveLength(2000);
	});
});
