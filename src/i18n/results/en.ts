import { productName, quote, type ResultCatalogue } from './types.ts';

const n = (v: number): string => v.toLocaleString('en-US');

export const en: ResultCatalogue = {
	errors: {
		invalid_action: (e) => `The action is not valid (${e.issues.length} problem${e.issues.length === 1 ? '' : 's'}).`,
		unknown_target: (e) => `No ${en.targets[e.expected]} named ${quote(e.name)}.`,
		name_taken: (e) => `A computer named ${quote(e.name)} already exists.`,
		out_of_range: (e) => `${en.fields[e.field]} must be a whole number from ${n(e.min)} to ${n(e.max)} (got ${e.value}).`,
		bad_offset: (e) => `Expected a clock offset like "5h" or "-30m" (got ${quote(e.value)}).`,
		bad_key: (e) =>
			e.reason === 'wrong_edition' && e.keyKind === 'gvlk' ? `This GVLK is for another edition, not ${productName(e.product, 'en')}.` : e.reason === 'wrong_edition' && e.keyKind === 'retail' ? 'This retail key is for another edition.' : en.badKey[e.reason],
		no_forest: () => 'There is no Active Directory forest in this scenario.',
		no_srv_record: (e) => `No matching _vlmcs._tcp record in ${quote(e.zone)}.`,
		object_name_too_long: (e) => `An activation object name can be at most ${e.max} characters.`,
		gvlk_by_phone: () => 'A KMS client (GVLK) activates through KMS or Active Directory, not by phone.',
		limit: (e) => `${en.limits[e.limit](e.max)} (this would make ${n(e.value)}).`,
		internal: (e) => `Could not apply ${e.action}: ${e.detail.slice(0, 200)}`,
	},
	limits: {
		maxMachines: (max) => `A run holds at most ${n(max)} machines`,
		maxAddCount: (max) => `One action adds at most ${n(max)} machines`,
		maxHosts: (max) => `A run holds at most ${n(max)} KMS hosts`,
		maxActions: (max) => `A run records at most ${n(max)} actions; reset to start again`,
		maxActionLogBytes: (max) => `The recorded actions may take at most ${n(max)} bytes; reset to start again`,
		maxMinutes: (max) => `Simulated time goes up to ${n(Math.floor(max / 1440))} days`,
		maxEvents: (max) => `One load or jump processes at most ${n(max)} events`,
		maxTimelineRuns: (max) => `A timeline runs at most ${n(max)} actions`,
	},
	badKey: {
		format: 'The product key is not valid (expected five groups of five characters).',
		unknown: 'The product key is not valid.',
		wrong_edition: 'This key is for another edition.',
		host_key_on_client: 'This is a KMS host key (CSVLK): it belongs on a KMS host, never on a client.',
		not_host_key: 'This key is not a KMS host key (CSVLK) known in this scenario.',
		host_os: 'This KMS host key cannot be installed on this host\'s operating system.',
	},
	targets: { machine: 'computer', host: 'KMS host', any: 'computer', zone: 'DNS zone', activation_object: 'activation object' },
	fields: { interval: 'The interval (minutes)', port: 'The port', actType: 'The activation type', offset: 'The clock offset' },
};
