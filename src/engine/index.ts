/**
 * KMS Lab's activation engine: a deterministic discrete-event model of KMS, MAK and AD-based
 * activation. Plain TypeScript, no DOM; runs in Node and the browser.
 *
 * Typical use:
 *   const sim = createSimulation(scenarioJson, { seed: 1 });
 *   sim.runFor(parseDuration('30d')!);             // or sim.step(), sim.advanceTo(t)
 *   const r = sim.dispatch({ type: 'activate', target: 'PC001' }); // r.code: '0xC004F038'…
 *   sim.machine('PC001')?.status; sim.hostCount('KMS01'); sim.events({ computer: 'PC001' });
 *   const saved = sim.snapshot(); const again = restoreSimulation(saved);
 *
 * Time is simulated minutes since the scenario start (`sim.startDate`; see `dateAt`, `dayOf`).
 * Unconfirmed behaviours are named assumptions (`ASSUMPTIONS`), overridable per scenario.
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
	NoteKind,
	SimNote,
	WindowsEvent,
	LogEntry,
	LogEntryId,
} from './types.ts';
export { RESULT_CODES, SUCCESS, LicenseStatusCode, LICENSE_STATUS_TEXT } from './types.ts';

export type { Action, ActionType, ActionResult, MachineSpec, HostSpec } from './actions.ts';
export type { Scenario, WorldSpec, ZoneSpec, ForestSpec, HostKeySpec, TimelineItem } from './scenario.ts';
export { DEFAULT_START, DEFAULT_DOMAIN } from './scenario.ts';
export { validateScenario, validateAction, ACTION_TYPES, type ValidationResult } from './scenarioSchema.ts';
export { ASSUMPTIONS, DEFAULT_ASSUMPTIONS, resolveAssumptions, type Assumptions, type AssumptionId, type AssumptionInfo } from './assumptions.ts';
export { parseDuration, formatDuration, dateAt, dayOf } from './time.ts';
export { checkInvariants } from './invariants.ts';
export { restoreSimulation, tryRestoreSimulation } from './restore.ts';
export {
	Simulation,
	SimulationInputError,
	createSimulation,
	tryCreateSimulation,
	replay,
	confirmationIdFor,
	forestInstallationId,
	simulatedActId,
	parseHostPort,
	DEFAULT_LOG_LIMIT,
	LARGE_RUN_MACHINES,
	type SimulationOptions,
	type Snapshot,
	type StepInfo,
	type ScheduledKind,
	type RecordedAction,
	type LogTotals,
	type Attempt,
} from './simulation.ts';
