import { HOST_OS_NAMES, findCsvlkGroup } from '../../data/hostKeys.ts';
import { MAX_INTERVAL, MIN_INTERVAL } from '../../data/timers.ts';
import { GROUP_IDS, HOST_OS_IDS, clip, quote } from '../../engine/jsonCheck.ts';
import { CLI_LIMITS, STRING_LIMITS } from '../../engine/limits.ts';
import { ACTION_TYPES } from '../../engine/scenarioSchema.ts';
import { KIND_NAMES } from '../../engine/scheduler.ts';
import { SNAPSHOT_FORMAT } from '../../engine/snapshot.ts';
import { formatDuration } from '../../engine/time.ts';
import type { IssueCatalogue } from './ja.ts';

const groups = [...GROUP_IDS].join(', ');
const hostOses = [...HOST_OS_IDS].join(', ');
const offsetDays = Math.floor(CLI_LIMITS.maxMinutes / 1440);

/** A group's or an OS's display name, or the id quoted when it is not one we know. */
const groupName = (id: string): string => findCsvlkGroup(id)?.name.en ?? quote(id);
const osName = (id: string): string =>
	Object.hasOwn(HOST_OS_NAMES, id) ? HOST_OS_NAMES[id as keyof typeof HOST_OS_NAMES].en : quote(id);

/** Simulated minutes as a scenario writes them: "1096d", "1d12h". */
const span = (minutes: number): string => formatDuration(minutes);

export const en: IssueCatalogue = {
	sentences: {
		expected: (i) =>
			`expected ${i.nullable ? 'null or ' : ''}${Object.hasOwn(en.expected, i.expected) ? en.expected[i.expected] : String(i.expected)}, got ${clip(String(i.got), 80)}`,
		missing: () => 'missing (required)',
		unknown_field: (i) =>
			`unknown field; allowed: ${i.allowed.map((a) => clip(String(a), 60)).join(', ')}`,
		unknown_name: (i) =>
			Object.hasOwn(en.names, i.expected)
				? en.names[i.expected](quote(i.name))
				: `no ${String(i.expected)} named ${quote(i.name)}`,
		duplicate_name: (i) =>
			`the name ${quote(i.name)} is already used${i.usedBy !== undefined ? ` by ${clip(i.usedBy, 120)}` : ''}`,
		host_key_os: (i) =>
			`the ${groupName(i.group)} key cannot be installed on ${osName(i.os)} (0xC004F069)`,
		limit: (i) =>
			Object.hasOwn(en.limits, i.limit)
				? en.limits[i.limit](i.max, i.value)
				: `at most ${i.max} (got ${i.value})`,
		conflict: (i) => (Object.hasOwn(en.conflicts, i.rule) ? en.conflicts[i.rule] : quote(i.rule)),
		inconsistent: (i) =>
			Object.hasOwn(en.inconsistent, i.rule)
				? en.inconsistent[i.rule as keyof IssueCatalogue['inconsistent']](i)
				: `the parts of this input disagree (${quote(i.rule, 200)})`,
		too_many_issues: (i) => `more than ${i.max} problems; the rest are not listed`,
	},
	expected: {
		string: `a string of at most ${STRING_LIMITS.text} characters without control characters`,
		text: `text of 1–${STRING_LIMITS.text} characters without control characters`,
		longText: 'text of 1–2000 characters without control characters',
		token: `a value of 1–${STRING_LIMITS.token} characters without spaces or control characters`,
		name: `a computer name of 1–${STRING_LIMITS.computerName} letters, digits or hyphens, like "PC001"`,
		prefix: `a name prefix of 1–${STRING_LIMITS.prefix} letters, digits or hyphens starting with a letter, like "PC"`,
		domain: `a DNS name like "corp.contoso.com" (at most ${STRING_LIMITS.domain} characters; labels of 1–${STRING_LIMITS.domainLabel} letters, digits or hyphens)`,
		domainOrNull: 'null or a DNS domain like "corp.contoso.com"',
		boolean: 'true or false',
		count: 'a whole number from 0 to 100000',
		integer: 'a whole number ≥ 0',
		minutes: `a whole number of minutes from ${MIN_INTERVAL} to ${MAX_INTERVAL}`,
		number: 'a finite number',
		time: 'a number of minutes ≥ 0',
		seed: 'a whole number from 0 to 4294967295',
		duration: 'a duration like "30d", "36h" or "90m"',
		offset: `a clock offset like "5h" or "-30m" (at most ${offsetDays} days either way)`,
		port: 'a port number from 1 to 65535',
		actType: '0 (all), 1 (AD only) or 2 (KMS only)',
		product:
			'a product id such as "win11-enterprise" or "ws2022-standard" (see src/data/products.ts)',
		hostOs: `a host OS: ${hostOses}`,
		group: `a host key group: ${groups}`,
		groupOrNull: `null or a host key group: ${groups}`,
		localized: 'an object with "ja" and "en" texts',
		serviceCommand: '"stop", "start" or "restart"',
		date: 'a UTC date-time like "2026-01-05T09:00:00Z"',
		object: 'an object',
		array: 'an array',
		action: 'an action object like { "type": "activate", "target": "PC001" }',
		actionType: `one of ${ACTION_TYPES.join(', ')}`,
		scenario: 'a scenario object with "world" (and optional "timeline")',
		snapshot: `a saved simulation state (an object with "format": "${SNAPSHOT_FORMAT}")`,
		recordedAction: '{ "at", "action" }',
		format: `"${SNAPSHOT_FORMAT}"`,
		world: 'an object with hosts, machines, zones…',
		zone: 'a zone object like { "name": "corp.contoso.com" }',
		timeline: 'an array of { "at", "action" }',
		timelineItem: 'an object like { "at": "3d", "action": { … } }',
		activationObjectName: 'a name of 1–40 characters without control characters',
		productKey: 'a product key like "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"',
		resultCode: 'a result code like "0xC004F074" (0x and 8 hex digits)',
		licenseStatus: 'a license status 0–6',
		keyKind: '"gvlk", "mak", "retail" or "csvlk"',
		activationMethod: '"kms", "adba", "mak", "retail" or "phone"',
		activationObjectMethod: '"online" or "phone"',
		eventId: 'a known event id (12288, 12289, 12290, 12293, 12294 or "note")',
		eventKind: `a scheduled event kind 0–${KIND_NAMES.length - 1} (${KIND_NAMES.join(', ')})`,
		statusCounts: 'an array of 7 counts (one per license status 0–6)',
		cmidPair: 'a [cmid, lastSeen] pair like ["3f2a…", 1440]',
		cmidTable: 'an array of [cmid, lastSeen] pairs',
		cmidTables: 'an array of CMID tables (one per host)',
		savedLog: 'an object with limit, entries, dropped and totals',
		logTotals: 'an object of counts per event id',
		nextNumber: 'an object of name prefix → next number',
	},
	limits: {
		maxMachines: (max, value) => `at most ${max} machines (got ${value})`,
		maxAddCount: (max, value) => `at most ${max} machines at once (got ${value})`,
		maxHosts: (max, value) => `at most ${max} KMS hosts (got ${value})`,
		maxActions: (max, value) => `at most ${max} recorded actions (got ${value})`,
		maxActionLogBytes: (max, value) => `at most ${max} bytes of recorded actions (got ${value})`,
		maxMinutes: (max, value) => `at most ${span(max)} after the start (got ${span(value)})`,
		maxEvents: (max, value) => `at most ${max} scheduled events at once (got ${value})`,
		maxTimelineRuns: (max, value) => `at most ${max} timeline runs (got ${value})`,
	},
	names: {
		machine: (name) => `no machine named ${name}`,
		host: (name) => `no KMS host named ${name}`,
		any: (name) => `no computer named ${name}`,
		zone: (name) => `no DNS zone named ${name}`,
	},
	conflicts: {
		name_with_count: '"name" gives one machine; use "prefix" with "count" for several',
		times_without_every: 'needs "every" to repeat',
		every_zero: 'must be longer than 0',
		not_in_time_order: 'actions must be in time order',
	},
	inconsistent: {
		index_position: (i) => `expected ${i.expected} (its position in the list), got ${i.got}`,
		expired_before_now: (i) => `the state ended at ${i.got}, before now (${i.expected})`,
		licensed_without_activation: () => 'Licensed (1) needs activatedAt and activatedBy',
		failed_over_total: (i) => `expected at most total (${i.expected}), got ${i.got}`,
		status_counts_sum: (i) => `expected counts adding up to total (${i.expected}), got ${i.got}`,
		cache_per_host: (i) => `expected one CMID table per host (${i.expected}), got ${i.got}`,
		cache_size: (i) =>
			`expected at most ${i.expected} entries (twice the host's highest threshold), got ${i.got}`,
		queue_time: (i) => `expected a time at or after now (${i.expected}), got ${i.got}`,
		queue_seq: (i) => `expected less than seq (${i.expected}), got ${i.got}`,
		queue_ref_machine: (i) =>
			`expected the index of an existing machine (0–${i.expected}), got ${i.got}`,
		queue_ref_host: (i) => `expected the index of an existing host (0–${i.expected}), got ${i.got}`,
		queue_ref_timeline: (i) =>
			`expected the index of an existing timeline item (0–${i.expected}), got ${i.got}`,
		queue_gen: (i) => `expected at most the current generation (${i.expected}), got ${i.got}`,
		attempt_without_gvlk: (i) =>
			`a pending activation attempt for ${quote(i.name ?? '')}, whose installed key is not a GVLK (only GVLK machines attempt on their own)`,
		action_after_now: (i) => `expected a time at or before now (${i.expected}), got ${i.got}`,
		cmid_twice: (i) => `CMID ${quote(i.name ?? '')} appears twice`,
		cmid_time: (i) => `expected a time from 0 to now (${i.expected}), got ${i.got}`,
		cmid_order: (i) => `expected entries oldest first, but ${i.got} comes after ${i.expected}`,
	},
};
