import {
	ACTIVATION_VALIDITY_MINUTES,
	ADBA_RENEWAL_INTERVAL,
	EXPIRY_WARNING_MINUTES,
	INITIAL_GRACE_MINUTES,
} from '../../data/timers.ts';
import type { SimCore } from '../core.ts';
import { ATTEMPT, STATE_END, WARNING } from '../scheduler.ts';
import {
	LicenseStatusCode,
	SUCCESS,
	type ActivationMethod,
	type LicenseStatus,
	type Machine,
	type Minutes,
	type ResultCode,
} from '../types.ts';

/**
 * A machine's license states and timers: initial grace, Licensed for 180 days, the additional
 * grace period when that lapses, Notification at the end (rules R7 and R9, src/data/rules.ts).
 */

export function setStatus(
	core: SimCore,
	m: Machine,
	status: LicenseStatus,
	result?: ResultCode
): void {
	if (m.status === status) return;
	const from = m.status;
	m.status = status;
	core.statusNote(m.name, from, status, result);
}

export function scheduleAttempt(core: SimCore, m: Machine, t: Minutes): void {
	m.attemptGen++;
	m.nextAttemptAt = t;
	core.schedule(t, ATTEMPT, m.index, m.attemptGen);
}

/** The state a machine falls back to without activation: initial grace while it lasts, else Notification. */
export function resetToGraceOrNotification(core: SimCore, m: Machine): void {
	m.activatedBy = null;
	m.activationObject = null;
	m.stateGen++;
	if (core.time < m.graceEndsAt) {
		setStatus(core, m, LicenseStatusCode.InitialGrace);
		m.expiresAt = m.graceEndsAt;
		m.notificationReason = null;
		core.schedule(m.graceEndsAt, STATE_END, m.index, m.stateGen);
	} else {
		setStatus(core, m, LicenseStatusCode.Notification, '0xC004F009');
		m.expiresAt = null;
		m.notificationReason = '0xC004F009';
	}
}

/** A fresh initial grace period (rearm, sysprep /generalize). */
export function resetGrace(core: SimCore, m: Machine): void {
	m.graceEndsAt = core.time + INITIAL_GRACE_MINUTES;
	resetToGraceOrNotification(core, m);
	if (m.key?.kind === 'gvlk') scheduleAttempt(core, m, core.time);
	else m.attemptGen++;
}

/** No key: Unlicensed, nothing scheduled. */
export function dropKey(core: SimCore, m: Machine): void {
	m.key = null;
	m.attemptGen++;
	m.stateGen++;
	m.nextAttemptAt = null;
	m.expiresAt = null;
	m.activatedBy = null;
	m.activationObject = null;
	setStatus(core, m, LicenseStatusCode.Unlicensed);
}

/** The current state ran out. */
export function stateEnd(core: SimCore, m: Machine): void {
	m.stateGen++;
	if (m.status === LicenseStatusCode.Licensed) {
		// The 180 days lapsed without renewal: "Additional grace period" (its length is an assumption).
		m.activatedBy = null;
		setStatus(core, m, LicenseStatusCode.AdditionalGrace);
		m.expiresAt = core.time + core.assumptions.additionalGraceMinutes;
		core.schedule(m.expiresAt, STATE_END, m.index, m.stateGen);
	} else if (
		m.status === LicenseStatusCode.AdditionalGrace ||
		m.status === LicenseStatusCode.InitialGrace
	) {
		setStatus(core, m, LicenseStatusCode.Notification, '0xC004F009');
		m.expiresAt = null;
		m.notificationReason = '0xC004F009';
	}
}

/** A queued state end: renewals move expiresAt without requeueing, so a check may find it later. */
export function stateEndDue(core: SimCore, m: Machine, gen: number): void {
	if (m.expiresAt !== null && m.expiresAt > core.time)
		core.schedule(m.expiresAt, STATE_END, m.index, gen);
	else stateEnd(core, m);
}

/** One warning check stays queued while the machine is Licensed; renewals move it on. */
export function warningDue(core: SimCore, m: Machine, gen: number): void {
	const expiresAt = m.expiresAt;
	if (expiresAt === null || m.status !== LicenseStatusCode.Licensed) return;
	const t = core.time;
	const warnAt = expiresAt - EXPIRY_WARNING_MINUTES;
	if (warnAt > t) core.schedule(warnAt, WARNING, m.index, gen);
	else {
		core.note(m.name, 'expiryWarning', undefined, undefined, String(expiresAt));
		if (expiresAt > t) core.schedule(expiresAt, WARNING, m.index, gen);
	}
}

/** A successful activation: permanent (MAK, retail, phone) or for 180 days (KMS, ADBA). */
export function succeed(
	core: SimCore,
	m: Machine,
	method: ActivationMethod,
	permanent: boolean
): void {
	// A renewal of a KMS/ADBA activation only moves expiresAt: the pending state-end and warning
	// events notice the new time when they fire and reschedule themselves (keeps the queue small).
	const extending = !permanent && m.status === LicenseStatusCode.Licensed && m.expiresAt !== null;
	if (!extending) m.stateGen++;
	m.activatedBy = method;
	m.activatedAt = core.time;
	m.notificationReason = null;
	setStatus(core, m, LicenseStatusCode.Licensed, SUCCESS);
	if (permanent) {
		m.expiresAt = null;
		m.attemptGen++;
		m.nextAttemptAt = null;
		return;
	}
	m.expiresAt = core.time + ACTIVATION_VALIDITY_MINUTES;
	if (!extending) {
		core.schedule(m.expiresAt, STATE_END, m.index, m.stateGen);
		core.schedule(m.expiresAt - EXPIRY_WARNING_MINUTES, WARNING, m.index, m.stateGen);
	}
	scheduleAttempt(
		core,
		m,
		core.time + (method === 'adba' ? ADBA_RENEWAL_INTERVAL : m.renewalInterval)
	);
}

/** A restart: ADBA activation is lost if the machine left the domain (R10); a GVLK machine then tries at startup. */
export function startup(core: SimCore, m: Machine): void {
	if (m.activatedBy === 'adba' && m.domain === null) resetToGraceOrNotification(core, m);
	if (m.key?.kind === 'gvlk' && m.status !== LicenseStatusCode.Licensed)
		scheduleAttempt(core, m, core.time);
}
