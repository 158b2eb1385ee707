import { MINUTES_PER_DAY } from '../data/timers.ts';

/**
 * Every behaviour the engine needs that Microsoft does not document for current Windows, as a
 * named, configurable value a scenario can change. Their labels, notes and sources are data:
 * `ASSUMPTIONS` in src/data/assumptions.ts.
 */
export interface Assumptions {
	/** Length of the "Additional grace period" (OOT grace) after a KMS/ADBA activation lapses. */
	additionalGraceMinutes: number;
	/** Whether the KMS host's CMID table is cleared when its service restarts. */
	hostCacheClearedOnRestart: boolean;
	/** Whether clients order SRV records by priority and weight (otherwise uniformly at random). */
	srvPriorityWeightHonoured: boolean;
	/** HRESULT in event 12293 when the zone refuses the host's dynamic update. */
	publishFailureResult: '0x8007232A';
	/** Result of online (MAK/retail/host-key) activation without internet access. */
	noInternetResult: '0x80072EE7';
	/** Rearms available on a fresh installation. */
	rearmLimit: number;
	/** Whether `slmgr /rearm` gives the machine a new CMID (sysprep /generalize always does). */
	rearmResetsCmid: boolean;
	/** Digits in a simulated Installation ID (phone activation). */
	installationIdDigits: number;
	/** Editions Microsoft's host-key lists don't name (Pro Education, Enterprise G) are covered with their version line. */
	unlistedEditionsCovered: boolean;
	/** The host's answer to a client newer than its OS when the host lacks the update it needs. */
	missingUpdateResult: '0xC004F042';
}

export type AssumptionId = keyof Assumptions;

export const DEFAULT_ASSUMPTIONS: Readonly<Assumptions> = {
	additionalGraceMinutes: 30 * MINUTES_PER_DAY,
	hostCacheClearedOnRestart: true,
	srvPriorityWeightHonoured: true,
	publishFailureResult: '0x8007232A',
	noInternetResult: '0x80072EE7',
	rearmLimit: 1001,
	rearmResetsCmid: false,
	installationIdDigits: 63,
	unlistedEditionsCovered: true,
	missingUpdateResult: '0xC004F042',
};

/** Merges scenario overrides over the defaults (unknown keys are rejected by the scenario validator). */
export function resolveAssumptions(overrides: Partial<Assumptions> | undefined): Assumptions {
	const out: Assumptions = { ...DEFAULT_ASSUMPTIONS };
	if (overrides === undefined) return out;
	// Own, known keys only: a key such as "__proto__" in a scenario must not reach the object.
	for (const id of Object.keys(DEFAULT_ASSUMPTIONS) as AssumptionId[]) {
		if (Object.hasOwn(overrides, id) && overrides[id] !== undefined)
			(out as unknown as Record<string, unknown>)[id] = overrides[id];
	}
	return out;
}
