import {
	INTEGER,
	STRING,
	TIME,
	checkFields,
	isObject,
	keyPath,
	leaf,
	optional,
	own,
	report,
	reportExpected,
	run,
	table,
	type Check,
} from './jsonCheck.ts';

/** How a saved state's event log is checked (split from snapshotSchema.ts; the log's own format is eventLog.ts `SavedLog`). */

const LOG_ENTRY_ID = leaf(
	'eventId',
	(v) => v === 12288 || v === 12289 || v === 12290 || v === 12293 || v === 12294 || v === 'note'
);

/** The engine adds to each of these counters, so each must be there, and nothing else (e12294 may be missing in logs saved before it). */
const LOG_TOTALS = table(
	{
		e12288: INTEGER,
		e12289: INTEGER,
		e12290: INTEGER,
		e12293: INTEGER,
		e12294: optional(INTEGER),
		note: INTEGER,
	},
	'required'
);

/** Every field of every kind of entry (src/engine/types.ts: Event12288 … SimNote). */
const LOG_ENTRY_KEYS: readonly string[] = [
	...[
		'id',
		'time',
		'computer',
		'hresult',
		'statusFlags',
		'server',
		'cmid',
		'clientTime',
		'vm',
		'licensingStatus',
		'timeToExpiration',
		'actId',
		'nPolicy',
	],
	...[
		'activated',
		'count',
		'activationInterval',
		'renewalInterval',
		'clientName',
		'dnsDomain',
		'kind',
		'from',
		'to',
		'result',
		'method',
		'detail',
	],
];
const LOG_ENTRY_KEY_SET: ReadonlySet<string> = new Set(LOG_ENTRY_KEYS);

/**
 * The saved event log, its entries checked loosely on purpose (their storage may change): an
 * object with a whole-number `limit` and `dropped`, `totals` per event id, and `entries`, each
 * with a known event id, a time and a computer name, known fields only, and clean strings.
 */
export const SAVED_LOG: Check = (path, v, issues) => {
	if (!isObject(v)) return reportExpected(issues, path, 'savedLog', v);
	for (const key of Object.keys(v))
		if (key !== 'limit' && key !== 'dropped' && key !== 'totals' && key !== 'entries')
			report(issues, {
				path: keyPath(path, key),
				code: 'unknown_field',
				allowed: ['limit', 'entries', 'dropped', 'totals'],
			});
	run(INTEGER, `${path}.limit`, own(v, 'limit'), issues);
	run(INTEGER, `${path}.dropped`, own(v, 'dropped'), issues);
	checkFields(`${path}.totals`, own(v, 'totals'), LOG_TOTALS, issues, 'logTotals');
	const entries = own(v, 'entries');
	if (!Array.isArray(entries)) return reportExpected(issues, `${path}.entries`, 'array', entries);
	entries.forEach((entry, i) => {
		const p = `${path}.entries[${i}]`;
		if (!isObject(entry)) return reportExpected(issues, p, 'object', entry);
		run(LOG_ENTRY_ID, `${p}.id`, own(entry, 'id'), issues);
		run(TIME, `${p}.time`, own(entry, 'time'), issues);
		for (const key of Object.keys(entry)) {
			const value = own(entry, key);
			if (!LOG_ENTRY_KEY_SET.has(key))
				report(issues, { path: keyPath(p, key), code: 'unknown_field', allowed: LOG_ENTRY_KEYS });
			else if (key !== 'id' && (typeof value === 'string' || key === 'computer'))
				run(STRING, `${p}.${key}`, value, issues);
		}
		if (own(entry, 'computer') === undefined)
			report(issues, { path: `${p}.computer`, code: 'missing' });
	});
};
