import type { ActionType } from './actions.ts';
import type { Issue } from './issues.ts';
import type { LimitName } from './limits.ts';
import type { LicenseStatus, ResultCode } from './types.ts';

/**
 * What the engine answers, as data: codes and parameters, never a sentence. The shell, the lab and
 * the CLI word them from their own catalogues (`src/i18n/results/`, the shell's messages).
 */

/** Why an action was not applied (or, beside a Windows code, what that code is about). */
export type EngineError =
	| { code: 'invalid_action'; issues: readonly Issue[] }
	| {
			code: 'unknown_target';
			name: string;
			expected: 'machine' | 'host' | 'any' | 'zone' | 'activation_object';
	  }
	| { code: 'name_taken'; name: string }
	| {
			code: 'out_of_range';
			field: 'interval' | 'port' | 'actType' | 'offset';
			value: number;
			min: number;
			max: number;
	  }
	| { code: 'bad_offset'; value: string }
	| {
			code: 'bad_key';
			reason: BadKeyReason;
			keyKind?: 'gvlk' | 'retail';
			product?: string;
			group?: string;
	  }
	| { code: 'no_forest' }
	| { code: 'no_srv_record'; zone: string }
	| { code: 'object_name_too_long'; max: number }
	| { code: 'gvlk_by_phone' }
	| { code: 'limit'; limit: LimitName; max: number; value: number }
	| { code: 'internal'; action: string; detail: string };

export type BadKeyReason =
	/** Not five groups of five characters. */
	| 'format'
	/** Well formed, but no key this scenario knows. */
	| 'unknown'
	/** A GVLK or retail key of another edition. */
	| 'wrong_edition'
	/** A CSVLK typed on a client. */
	| 'host_key_on_client'
	/** On a host or for an activation object: not a CSVLK this scenario knows. */
	| 'not_host_key'
	/** A CSVLK whose group cannot be installed on the host's OS. */
	| 'host_os';

export type EngineErrorCode = EngineError['code'];

/**
 * The result of one action: `ok` when it did what was asked. `code` is the Windows result where
 * the action is an activation-type operation (`/ato`, `/ipk`, `/atp`). `error` explains a refusal
 * (nothing was applied) or, beside a Windows code, which case of that code it was.
 */
export interface ActionResult {
	ok: boolean;
	code: ResultCode | null;
	error?: EngineError;
	/** Machines created by `addMachines`. */
	created?: string[];
	/** New license status of the target, where relevant. */
	status?: LicenseStatus;
}

export function done(code: ResultCode | null = null, status?: LicenseStatus): ActionResult {
	return status === undefined ? { ok: true, code } : { ok: true, code, status };
}

export function refused(error: EngineError, code: ResultCode | null = null): ActionResult {
	return { ok: false, code, error };
}

/** The result of moving the clock: how many events ran, or the limit that stopped it. */
export type RunResult =
	| { ok: true; events: number }
	| { ok: false; events: number; error: Extract<EngineError, { code: 'limit' }> };

export type { ActionType };
