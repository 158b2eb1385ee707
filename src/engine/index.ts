/**
 * KMS Lab's activation engine: a deterministic discrete-event model of KMS, MAK and AD-based
 * activation. Plain TypeScript, no DOM, no words: it answers with codes and parameters, and the
 * shell, the lab and the CLI word them from their own catalogues.
 *
 * The public API:
 * - Loading: `loadSimulation(scenario, { limits })` → `{ ok, sim }` or `{ ok: false, issues }`
 *   (never throws); `createSimulation` is the throwing variant for trusted input (presets, tests).
 *   `loadSnapshot` / `restoreSimulation` rebuild a run from `sim.snapshot()`.
 * - The one way in: `sim.dispatch(action)` validates the action, applies the limits, records it
 *   for replay and returns an `ActionResult` (never undefined, never a throw).
 * - The clock: `sim.advanceTo(t)`, `sim.runFor(d)` and `sim.step()`; each move has a budget in
 *   events and returns a `RunResult` naming the limit when it stops.
 * - Reading: `SimulationView` (`sim.machine('PC001')`, `sim.hostCount('KMS01')`, `sim.events()`…).
 * - Limits: `LAB_LIMITS`, `CLI_LIMITS` and `STRING_LIMITS` (limits.ts), declared once.
 * - Results and issues are data: `ActionResult`, `EngineError` (results.ts), `Issue` (issues.ts).
 *
 * Time is simulated minutes since the scenario start (`sim.startDate`; see `dateAt`, `dayOf`).
 * Unconfirmed behaviours are named assumptions (assumptions.ts), overridable per scenario.
 *
 * Inside: simulation.ts (facade) → actions/ (one handler per action type) → rules/ (kms, keys,
 * lifecycle, dns) → world/ (build, lookup), scheduler.ts, clock.ts, core.ts (the state).
 */
export type {
	Minutes,
	ResultCode,
	LicenseStatus,
	KeyKind,
	InstalledKey,
	ActivationMethod,
	ActType,
	Machine,
	HostCounters,
	PublishTarget,
	KmsHost,
	SrvRecord,
	DnsZone,
	ActivationObject,
	AdForest,
	MakPool,
	HostKeyRecord,
	RetailKeyRecord,
	World,
	Event12288,
	Event12289,
	Event12290,
	Event12293,
	Event12294,
	NoteKind,
	SimNote,
	WindowsEvent,
	LogEntry,
	LogEntryId,
} from './types.ts';
export { RESULT_CODES, SUCCESS, LicenseStatusCode } from './types.ts';

export type { Action, ActionType, MachineSpec, HostSpec } from './actions.ts';
export type {
	ActionResult,
	EngineError,
	EngineErrorCode,
	BadKeyReason,
	RunResult,
} from './results.ts';
export type { Issue, IssueCode, ExpectedKind } from './issues.ts';
export {
	LAB_LIMITS,
	CLI_LIMITS,
	LAB_STORAGE,
	STRING_LIMITS,
	type Limits,
	type LimitName,
} from './limits.ts';
export type {
	Scenario,
	WorldSpec,
	ZoneSpec,
	ForestSpec,
	HostKeySpec,
	TimelineItem,
} from './scenario.ts';
export { DEFAULT_START, DEFAULT_DOMAIN } from './scenario.ts';
export {
	validateScenario,
	validateAction,
	ACTION_TYPES,
	type ValidationResult,
} from './scenarioSchema.ts';
export {
	DEFAULT_ASSUMPTIONS,
	resolveAssumptions,
	type Assumptions,
	type AssumptionId,
} from './assumptions.ts';
export { parseDuration, formatDuration, dateAt, dayOf } from './time.ts';
export { checkInvariants, type Violation } from './invariants.ts';
export { loadSnapshot, restoreSimulation, type RestoreResult } from './restore.ts';
export {
	Simulation,
	SimulationInputError,
	createSimulation,
	loadSimulation,
	simulationOfChecked,
	replay,
	actionLogBytes,
	type SimulationOptions,
	type SimulationView,
	type LoadResult,
	type RecordedAction,
} from './simulation.ts';
export { SNAPSHOT_FORMAT, type Snapshot } from './snapshot.ts';
export { KIND_NAMES, type ScheduledKind } from './scheduler.ts';
export type { StepInfo } from './clock.ts';
export type { LogTotals } from './eventLog.ts';
export type { LogContact } from './logRows.ts';
export { DEFAULT_LOG_LIMIT, LARGE_RUN_MACHINES } from './load.ts';
export { confirmationIdFor, forestInstallationId } from './ids.ts';
export { simulatedActId } from './random.ts';
export { parseHostPort } from './world/build.ts';
export { canonicalProfile } from './actions/network.ts';
export { firewallAdmits } from './rules/kms.ts';
