import type { ResultWords } from './types.ts';

export const en: ResultWords = {
	numberLocale: 'en-US',
	errors: {
		invalid_action: 'The action is not valid ({count} problem(s)).',
		unknown_target: 'No {target} named {name}.',
		name_taken: 'A computer named {name} already exists.',
		out_of_range: '{field} must be a whole number from {min} to {max} (got {value}).',
		bad_offset: 'Expected a clock offset like "5h" or "-30m" (got {value}).',
		bad_key: '',
		no_forest: 'There is no Active Directory forest in this scenario.',
		no_srv_record: 'No matching _vlmcs._tcp record in {zone}.',
		object_name_too_long: 'An activation object name can be at most {max} characters.',
		gvlk_by_phone: 'A KMS client (GVLK) activates through KMS or Active Directory, not by phone.',
		limit: '{limit} (this would make {value}).',
		internal: 'Could not apply {action}: {detail}',
	},
	limits: {
		maxMachines: 'A run holds at most {max} machines',
		maxAddCount: 'One action adds at most {max} machines',
		maxHosts: 'A run holds at most {max} KMS hosts',
		maxActions: 'A run records at most {max} actions; reset to start again',
		maxActionLogBytes: 'The recorded actions may take at most {max} bytes; reset to start again',
		maxMinutes: 'Simulated time goes up to {days} days',
		maxEvents: 'A run may process at most {max} events of simulated work, and this needs more',
		maxTimelineRuns: 'A timeline runs at most {max} actions',
	},
	limitAlone: '{limit}.',
	badKey: {
		format: 'The product key is not valid (expected five groups of five characters).',
		unknown: 'The product key is not valid.',
		wrong_edition: 'This key is for another edition.',
		wrongEditionGvlk: 'This GVLK is for another edition, not {product}.',
		wrongEditionRetail: 'This retail key is for another edition.',
		host_key_on_client:
			'This is a KMS host key (CSVLK): it belongs on a KMS host, never on a client.',
		not_host_key: 'This key is not a KMS host key (CSVLK) known in this scenario.',
		host_os: "This KMS host key cannot be installed on this host's operating system.",
	},
	targets: {
		machine: 'computer',
		host: 'KMS host',
		any: 'computer',
		zone: 'DNS zone',
		activation_object: 'activation object',
	},
	fields: {
		interval: 'The interval (minutes)',
		port: 'The port',
		actType: 'The activation type',
		offset: 'The clock offset',
	},
};
