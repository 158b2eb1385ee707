import {
	ERROR_232B,
	ERROR_F074,
	KMS_CLIENT_KEYS,
	KMS_DNS_PROCEDURES,
	KMS_PLANNING,
	KMS_TROUBLESHOOTING,
} from '../data/sources.ts';
import type { Scenario } from '../engine/scenario.ts';

/**
 * The lab's "your turn" challenges: each is a broken network (a scenario), a goal checked from the
 * simulation's state (never from the commands typed), and the Microsoft Learn page that explains
 * the fix. The words (title, goal, hints, fix) live in src/i18n/challenges/{ja,en}.ts under the
 * same id; src/lab/challenges.ts holds the goals.
 */

/** What a goal checks, one outcome each (src/lab/challenges.ts evaluates them). */
export type GoalCheck =
	/** Every client Licensed (a removed client counts as not licensed). */
	| 'licensed'
	/** Every client activated by a KMS host. */
	| 'byKms'
	/** No client has a KMS host set by hand (`/skms`): they find it through DNS. */
	| 'dnsDiscovery'
	/** Every client has its KMS client setup key (GVLK) installed. */
	| 'gvlk'
	/** As many distinct client machine IDs as clients. */
	| 'uniqueCmids'
	/** Every client's clock within 4 hours of the KMS host's, and the host's within 4 hours of true time. */
	| 'clocks'
	/** Every KMS host has published its own `_vlmcs._tcp` record. */
	| 'hostsPublished';

export type ChallengeId =
	| 'srv-missing'
	| 'port-blocked'
	| 'count-low'
	| 'clock-skew'
	| 'cloned-image'
	| 'mak-not-gvlk'
	| 'old-host-key'
	| 'service-stopped'
	| 'second-host';

export interface Challenge {
	readonly id: ChallengeId;
	readonly scenario: Scenario;
	/** All must hold for the challenge to be solved. */
	readonly goal: readonly GoalCheck[];
	/** How many hints the catalogues give (revealed one at a time). */
	readonly hints: number;
	/** The result code the reader meets first. */
	readonly symptom: string;
	/** The Microsoft Learn page (one of src/data/sources.ts) that explains the fix. */
	readonly source: string;
}

const HOST = { name: 'KMS01', os: 'ws2022', hostKey: 'ws2022', firewallOpen: true } as const;
const CLIENTS = { prefix: 'PC', count: 30, product: 'win11-enterprise' } as const;
const ZONE = 'corp.contoso.com';

const LEARN_TS = KMS_TROUBLESHOOTING.url;
const LEARN_DNS = KMS_DNS_PROCEDURES.url;

export const CHALLENGES: readonly Challenge[] = [
	{
		id: 'srv-missing',
		scenario: {
			until: '3d',
			world: { hosts: [{ ...HOST, dnsPublishing: false }], machines: [CLIENTS] },
		},
		goal: ['licensed', 'byKms', 'dnsDiscovery'],
		hints: 3,
		symptom: '0x8007232B',
		source: ERROR_232B.url,
	},
	{
		id: 'port-blocked',
		scenario: {
			until: '3d',
			world: { hosts: [{ ...HOST, firewallOpen: false }], machines: [CLIENTS] },
		},
		goal: ['licensed', 'byKms'],
		hints: 3,
		symptom: '0xC004F074',
		source: ERROR_F074.url,
	},
	{
		id: 'count-low',
		scenario: {
			until: '10d',
			world: {
				hosts: [HOST],
				forest: {},
				hostKeys: [{ key: 'LABAD-HOSTK-EYFOR-WS202-2CH01', group: 'ws2022' }],
				machines: [{ ...CLIENTS, count: 18 }],
			},
		},
		goal: ['licensed'],
		hints: 3,
		symptom: '0xC004F038',
		source: KMS_PLANNING.url,
	},
	{
		id: 'clock-skew',
		scenario: {
			until: '3d',
			world: {
				hosts: [HOST],
				machines: [
					{ ...CLIENTS, count: 25 },
					{ name: 'PC026', product: 'win11-enterprise', clockOffset: '5h' },
				],
			},
		},
		goal: ['licensed', 'byKms', 'clocks'],
		hints: 3,
		symptom: '0xC004F074',
		source: ERROR_F074.url,
	},
	{
		id: 'cloned-image',
		scenario: {
			until: '3d',
			world: { hosts: [HOST], machines: [{ ...CLIENTS, sharedCmid: true }] },
		},
		goal: ['uniqueCmids', 'licensed', 'byKms'],
		hints: 3,
		symptom: '0xC004F038',
		source: LEARN_TS,
	},
	{
		id: 'mak-not-gvlk',
		scenario: {
			until: '3d',
			world: {
				internet: false,
				hosts: [HOST],
				makPools: [{ id: 'old-mak', key: 'LABXX-MAKXX-KEYXX-XXXXX-CH006', remaining: 5 }],
				machines: [{ ...CLIENTS, key: 'mak:old-mak', internet: false }],
			},
		},
		goal: ['gvlk', 'licensed', 'byKms'],
		hints: 3,
		symptom: '0x80072EE7',
		source: KMS_CLIENT_KEYS.url,
	},
	{
		id: 'old-host-key',
		scenario: {
			until: '3d',
			world: {
				hosts: [{ ...HOST, os: 'ws2016', hostKey: 'ws2016' }],
				hostKeys: [{ key: 'LABXX-HOSTK-EYFOR-WS202-2CH07', group: 'ws2022' }],
				machines: [CLIENTS],
			},
		},
		goal: ['licensed', 'byKms'],
		hints: 3,
		symptom: '0xC004F042',
		source: LEARN_TS,
	},
	{
		id: 'service-stopped',
		scenario: {
			until: '3d',
			world: {
				hosts: [{ ...HOST, serviceRunning: false }],
				zones: [{ name: ZONE, records: [{ target: `KMS01.${ZONE}` }] }],
				machines: [CLIENTS],
			},
		},
		goal: ['licensed', 'byKms'],
		hints: 3,
		symptom: '0xC004F074',
		source: ERROR_F074.url,
	},
	{
		id: 'second-host',
		scenario: {
			until: '3d',
			world: {
				hosts: [HOST, { ...HOST, name: 'KMS02' }],
				machines: [CLIENTS],
			},
		},
		goal: ['hostsPublished', 'licensed'],
		hints: 3,
		symptom: '0x80072338',
		source: LEARN_DNS,
	},
];

export function findChallenge(id: string): Challenge | undefined {
	return CHALLENGES.find((c) => c.id === id);
}
