import type { LimitName } from './limits.ts';

/**
 * A problem found in untrusted input (a scenario, an action, a saved state), as data: a JSON path,
 * a code and what a sentence needs. The engine holds no wording; `src/i18n/issues/` turns an issue
 * into Japanese or English. Shaped after zod's issues.
 *
 * A path is written like `timeline[3].action.type`. A key that is not a plain identifier (user
 * text such as an unknown field name) appears quoted and escaped, like `world["a b"]`, so a path
 * never carries a control character.
 */

/** What a field should have held (each has a phrase in the wording catalogues). */
export type ExpectedKind =
	/** Any string of at most 256 characters without control characters (may be empty). */
	| 'string'
	/** Text of 1–256 characters without control characters. */
	| 'text'
	/** Text of 1–2000 characters (scenario descriptions). */
	| 'longText'
	/** Keys, CMIDs, `/skms` host specs, addresses, IDs: 1–128 characters, no spaces or control characters. */
	| 'token'
	/** A NetBIOS computer name. */
	| 'name'
	/** A machine-name prefix (numbered names stay within a computer name). */
	| 'prefix'
	/** A DNS name. */
	| 'domain'
	| 'boolean'
	/** A whole number from 0 to 100000. */
	| 'count'
	/** An activation or renewal interval in minutes. */
	| 'minutes'
	/** A finite number. */
	| 'number'
	/** A number of simulated minutes ≥ 0. */
	| 'time'
	/** A 32-bit unsigned whole number. */
	| 'seed'
	/** A whole number ≥ 0 (bounded by a limit, if by anything). */
	| 'integer'
	| 'duration'
	| 'offset'
	| 'port'
	| 'actType'
	| 'product'
	| 'hostOs'
	| 'group'
	| 'groupOrNull'
	| 'domainOrNull'
	| 'localized'
	| 'serviceCommand'
	| 'date'
	| 'object'
	| 'array'
	| 'action'
	| 'actionType'
	| 'scenario'
	| 'snapshot'
	| 'recordedAction'
	| 'format'
	| 'world'
	| 'zone'
	| 'timeline'
	| 'timelineItem'
	| 'activationObjectName'
	| 'productKey'
	| 'resultCode'
	| 'licenseStatus'
	| 'keyKind'
	| 'activationMethod'
	| 'activationObjectMethod'
	| 'eventId'
	| 'eventKind'
	| 'statusCounts'
	| 'cmidPair'
	| 'cmidTable'
	| 'cmidTables'
	| 'savedLog'
	| 'logTotals'
	| 'nextNumber';

/** Which of a saved state's internal invariants a part breaks (`inconsistent` issues). */
export type InconsistentRule =
	/** `index` is not the machine's position; expected = the position, got = the index. */
	| 'index_position'
	/** A state that ended before now; expected = now, got = its end. */
	| 'expired_before_now'
	/** Licensed without activatedAt or activatedBy. */
	| 'licensed_without_activation'
	/** expected = total, got = failed. */
	| 'failed_over_total'
	/** expected = total, got = the sum of byStatus. */
	| 'status_counts_sum'
	/** expected = hosts, got = CMID tables. */
	| 'cache_per_host'
	/** expected = the most entries allowed, got = entries. */
	| 'cache_size'
	/** A queued event before now; expected = now, got = its time. */
	| 'queue_time'
	/** expected = seq, got = the entry's seq. */
	| 'queue_seq'
	/** A queued event for a machine, host or timeline item that does not exist; expected = the highest index, got = ref. */
	| 'queue_ref_machine'
	| 'queue_ref_host'
	| 'queue_ref_timeline'
	/** A queued event from a generation ahead of its owner's; expected = the owner's, got = the entry's. */
	| 'queue_gen'
	/** A pending automatic attempt for `name`, whose key is not a GVLK. */
	| 'attempt_without_gvlk'
	/** A recorded action after now; expected = now, got = its time. */
	| 'action_after_now'
	/** A CMID (`name`) listed twice in one table. */
	| 'cmid_twice'
	/** A CMID seen before 0 or after now; expected = now, got = the time. */
	| 'cmid_time'
	/** Entries not oldest first; expected = the previous time, got = this one. */
	| 'cmid_order';

export type Issue =
	/** The value has the wrong type or shape; `got` is a short, escaped JSON rendering of it. `nullable`: null was allowed too. */
	| { path: string; code: 'expected'; expected: ExpectedKind; got: string; nullable?: true }
	| { path: string; code: 'missing' }
	| { path: string; code: 'unknown_field'; allowed: readonly string[] }
	/** A name that nothing in the scenario creates before it is used. */
	| {
			path: string;
			code: 'unknown_name';
			name: string;
			expected: 'machine' | 'host' | 'any' | 'zone';
	  }
	/** A second computer with a name already used (names are case-insensitive); `usedBy`: the path of the first. */
	| { path: string; code: 'duplicate_name'; name: string; usedBy?: string }
	/** A host key that cannot be installed on the host's OS: the rule `installKey` applies (0xC004F069). */
	| { path: string; code: 'host_key_os'; group: string; os: string }
	/** A value past one of the limits (src/engine/limits.ts). */
	| { path: string; code: 'limit'; limit: LimitName; max: number; value: number }
	/** `"name"` with a `"count"` other than 1; `"times"` without `"every"`; `"every"` of 0. */
	| {
			path: string;
			code: 'conflict';
			rule: 'name_with_count' | 'times_without_every' | 'every_zero' | 'not_in_time_order';
	  }
	/**
	 * Saved state whose parts disagree (a broken internal invariant); `rule` names which (an
	 * `InconsistentRule`, or another tag a loader adds). `expected`, `got` and `name` as the rule says.
	 */
	| {
			path: string;
			code: 'inconsistent';
			rule: InconsistentRule | (string & {});
			expected?: number;
			got?: number;
			name?: string;
	  }
	/** More problems than a validator lists; the ones before this are listed. */
	| { path: string; code: 'too_many_issues'; max: number };

export type IssueCode = Issue['code'];
export type ConflictRule = Extract<Issue, { code: 'conflict' }>['rule'];
export type NameKind = Extract<Issue, { code: 'unknown_name' }>['expected'];
