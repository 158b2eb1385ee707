import { findSlmgrOption, type SlmgrOption } from '../../data/slmgrOptions.ts';
import { ASSUMPTIONS } from '../../data/assumptions.ts';
import type { Action, ActionResult, ActType } from '../../engine/index.ts';
import {
	findTarget,
	localDate,
	refusalText,
	targetName,
	type CommandResult,
	type ShellContext,
	type ShellTarget,
} from '../context.ts';
import { buildFor } from '../commands/windowsInfo.ts';
import { fill, lookup, type Messages, type ShellCatalogue } from '../messages/index.ts';
import {
	activatedStatusLines,
	formatExpiration,
	formatLicenseInfo,
	type LicenseView,
} from './display.ts';
import { slmgrUsage } from './usage.ts';
import {
	activationObjectDn,
	activationObjectPid,
	allLicenseViewsFor,
	csvlkActivationId,
	licenseViewFor,
} from './views.ts';

/**
 * slmgr.vbs, following the script's own flow (ExecCommandLine / ParseCommandLine): up to three
 * leading non-option words are the remote computer, user and password; then one option with its
 * parameters. Every change goes through an engine action.
 */

/** A run of slmgr: the lines it printed, the lab's notes below them, and its exit code. */
class Out {
	/** What LineOut collected (g_EchoString in slmgr.vbs). */
	readonly lines: string[] = [];
	/** The lab's own notes: printed after everything Windows prints. */
	readonly notes: string[] = [];
	exit = 0;
	line(...texts: string[]): void {
		this.lines.push(...texts);
	}
	note(text: string): void {
		this.notes.push(text);
	}
	text(): string {
		// ExitScript echoes the buffer, each line already ending in vbNewLine, and WScript.Echo ends it
		// with one more: every run that printed something ends with an empty line.
		const windows = this.lines.length === 0 ? '' : `${this.lines.join('\n')}\n\n`;
		return this.notes.length === 0 ? windows : `${windows}${this.notes.join('\n')}\n`;
	}
}

/** Raised inside a handler to stop the script the way ExitScript does. */
class Quit extends Error {
	readonly code: number;
	constructor(code: number) {
		super(`slmgr exit ${code}`);
		this.code = code;
	}
}

interface Run {
	readonly ctx: ShellContext;
	readonly m: Messages;
	readonly out: Out;
	/** The machine slmgr acts on (local, or the remote one named on the command line). */
	readonly target: ShellTarget;
	readonly remote: boolean;
	/** Parameters after the option. */
	readonly params: readonly string[];
	/** The option as typed (for "Unrecognized option"). */
	readonly typed: string;
}

const WINDOWS_APP_ID = '55c92734-d682-4d71-983e-d6ec3f16059f';

/** Runs slmgr with its arguments (everything after the script name). */
export function runSlmgr(ctx: ShellContext, argv: readonly string[]): CommandResult {
	const m = ctx.m;
	const out = new Out();
	const local = findTarget(ctx.sim, ctx.machineName);
	if (local === undefined) return { output: '', exitCode: 1 };
	try {
		// Up to three words before the first option are MachineName [User Password].
		let index = 0;
		const remoteInfo: string[] = [];
		let sawOption = false;
		for (; index < Math.min(argv.length, 4); index++) {
			const a = argv[index] as string;
			if (a.startsWith('/') || a.startsWith('-')) {
				sawOption = true;
				break;
			}
			remoteInfo.push(a);
		}
		if (!sawOption || index === 2) {
			out.line(m.invalidOptions);
			out.line('');
			usage(out, m);
		}
		let target = local;
		let remote = false;
		const machine = remoteInfo[0];
		if (machine !== undefined && machine !== '.') {
			const found = findTarget(ctx.sim, machine.replace(/^\\\\/, ''));
			if (found === undefined) {
				out.line(
					showError(
						ctx.catalogue,
						'0x800706BA',
						fill(m.slmgrConnectionError, { COMPUTERNAME: machine })
					)
				);
				throw new Quit(0x800706ba);
			}
			target = found;
			remote = targetName(found).toLowerCase() !== targetName(local).toLowerCase();
		}
		const typed = argv[index] as string;
		const option = findSlmgrOption(typed);
		if (option === undefined || !option.inCurrentWindows) {
			out.line(m.unrecognizedOption + typed);
			out.line('');
			for (const line of slmgrUsage(m).split('\n')) out.line(line);
			// /stao and /ctao: what current Windows prints, plus why (the lab's note).
			if (option !== undefined)
				out.note(fill(m.labNote, { TEXT: fill(m.removedOptionNote, { OPTION: option.option }) }));
			throw new Quit(1);
		}
		const run: Run = { ctx, m, out, target, remote, params: argv.slice(index + 1), typed };
		dispatchOption(run, option);
	} catch (e) {
		if (e instanceof Quit) out.exit = e.code;
		else throw e;
	}
	return { output: out.text(), exitCode: out.exit === 0 ? 0 : 1 };
}

/** slmgr's ShowError: "<message>0x<code> <text>", where the text is slmgr's own or the slui hint. */
function showError(catalogue: ShellCatalogue, code: string, prefix: string): string {
	const upper = `0x${code.replace(/^0x/i, '').toUpperCase()}`;
	const text =
		lookup(catalogue.slmgrErrors, upper) ??
		fill(catalogue.messages.errorSlui, { ERRCODE: upper.slice(2) });
	const message = prefix.includes('0x%ERRCODE%')
		? prefix.replace('0x%ERRCODE%', upper)
		: `${prefix}${upper}`;
	return `${message} ${text}`;
}

/** Prints "Error: 0x… <text>" and stops (QuitIfError). */
function quitWithError(run: Run, code: string): never {
	run.out.line(showError(run.ctx.catalogue, code, run.m.errorPrefix));
	throw new Quit(Number.parseInt(code, 16) | 0);
}

function usage(out: Out, m: Messages): never {
	for (const line of slmgrUsage(m).split('\n')) out.line(line);
	throw new Quit(1);
}

/** HandleOptionParam: a missing mandatory parameter prints "Error: option X needs Y" and the usage. */
function param(
	run: Run,
	i: number,
	mandatory: boolean,
	name: string,
	paramText: string
): string | undefined {
	const value = run.params[i];
	if (value === undefined && mandatory) {
		run.out.line('');
		run.out.line(fill(run.m.errorNeedsParam, { OPTION: name, PARAM: paramText }));
		usage(run.out, run.m);
	}
	return value;
}

function needsElevation(run: Run): void {
	if (!run.ctx.elevated && !run.remote) quitWithError(run, '0x80070005');
}

function act(run: Run, action: Action): ActionResult {
	return run.ctx.dispatch(action);
}

/** An engine refusal that has no Windows code: show it as slmgr's generic "parameter is incorrect". */
function engineFailure(run: Run, result: ActionResult): never {
	quitWithError(run, result.code ?? '0x80070057');
}

function targetLabel(run: Run): string {
	return targetName(run.target);
}

function view(run: Run): LicenseView | undefined {
	return licenseViewFor(run.ctx.sim, run.target);
}

/** True when the prompt's machine is a KMS host whose host key is activated (IsKeyManagementServiceMachine). */
function isActivatedKmsHost(run: Run): boolean {
	return (
		run.target.kind === 'host' && run.target.host.hostKey !== null && run.target.host.keyActivated
	);
}

function matchesActivationId(v: LicenseView, id: string): boolean {
	return v.activationId.toLowerCase() === id.toLowerCase().replace(/[{}]/g, '');
}

function dispatchOption(run: Run, option: SlmgrOption): void {
	const { m, out } = run;
	const name = option.option.slice(1).toLowerCase();
	switch (name) {
		case 'dli':
		case 'dlv':
			displayAllInformation(run, param(run, 0, false, name, ''), name === 'dlv');
			return;
		case 'xpr': {
			const arg = param(run, 0, false, name, m.paramActivationIdOptional);
			const v = view(run);
			if (v === undefined || (arg !== undefined && !matchesActivationId(v, arg))) {
				out.line(m.errorPKey);
				return;
			}
			// DateAdd("n", GracePeriodRemaining, Now): Now is the clock of the computer running slmgr.
			const local = findTarget(run.ctx.sim, run.ctx.machineName) ?? run.target;
			out.line(...formatExpiration(v, m, run.ctx.lang, localDate(run.ctx.sim, local)));
			assumptionNote(run, v);
			return;
		}
		case 'ipk': {
			const key = param(run, 0, true, name, m.paramProductKey) as string;
			needsElevation(run);
			const result = act(run, { type: 'installKey', target: targetLabel(run), key });
			if (!result.ok) {
				// Which key belongs where is a core lesson: add the engine's explanation as a lab note.
				out.line(showError(run.ctx.catalogue, result.code ?? '0x80070057', m.errorPrefix));
				if (result.error !== undefined)
					out.note(fill(m.labNote, { TEXT: refusalText(run.ctx, result.error) }));
				throw new Quit(1);
			}
			out.line(fill(m.installedPKey, { PKEY: key }));
			return;
		}
		case 'upk': {
			const arg = param(run, 0, false, name, m.paramActivationIdOptional);
			needsElevation(run);
			const v = view(run);
			// UninstallProductKey: no installed key for the product (Windows, or the Activation ID given).
			if (v === undefined || (arg !== undefined && !matchesActivationId(v, arg))) {
				out.line(m.errorPKey);
				return;
			}
			const result = act(run, { type: 'uninstallKey', target: targetLabel(run) });
			if (!result.ok) engineFailure(run, result);
			out.line(m.uninstalledPKey);
			return;
		}
		case 'ato': {
			const arg = param(run, 0, false, name, m.paramActivationIdOptional);
			const v = view(run);
			if (v === undefined || (arg !== undefined && !matchesActivationId(v, arg))) {
				out.line(m.errorProductNotFound);
				return;
			}
			const isVolumeClient =
				run.target.kind === 'client' && run.target.machine.key?.kind === 'gvlk';
			out.line(fill(m.activating, { PRODUCTNAME: v.name, PRODUCTID: v.activationId }));
			// KMS/ADBA activation needs no elevation; online activation (MAK, retail, host key) does.
			if (!isVolumeClient) needsElevation(run);
			// A MAK machine that is already activated is not activated again (slmgr avoids using up a MAK count).
			const alreadyPermanent =
				run.target.kind === 'client' &&
				run.target.machine.key?.kind === 'mak' &&
				run.target.machine.status === 1;
			if (!alreadyPermanent) {
				const result = act(run, { type: 'activate', target: targetLabel(run) });
				if (!result.ok || (result.code !== null && result.code !== '0x00000000')) {
					if (result.code !== null) quitWithError(run, result.code);
					engineFailure(run, result);
				}
			}
			const after = view(run);
			out.line(
				...(after === undefined
					? [m.activationFailed]
					: activatedStatusLines(after.licenseStatus, after.notificationReason, m, m.activated))
			);
			return;
		}
		case 'dti': {
			const arg = param(run, 0, false, name, m.paramActivationIdOptional);
			const v = view(run);
			if (v === undefined || (arg !== undefined && !matchesActivationId(v, arg))) {
				out.line(m.errorProductNotFound);
				return;
			}
			out.line(
				m.installationId + (run.ctx.sim.installationId(targetLabel(run)) ?? v.installationId)
			);
			out.line('');
			out.line(m.phoneNumbers);
			return;
		}
		case 'atp': {
			const cid = param(run, 0, true, name, m.paramConfirmationId) as string;
			param(run, 1, false, name, m.paramActivationIdOptional);
			const v = view(run);
			if (v === undefined) {
				out.line(m.errorProductNotFound);
				return;
			}
			const result = act(run, {
				type: 'applyConfirmationId',
				target: targetLabel(run),
				confirmationId: cid,
			});
			if (!result.ok) {
				if (result.code !== null) quitWithError(run, result.code);
				engineFailure(run, result);
			}
			const after = view(run);
			const confirmed = fill(m.confId, { ACTID: v.activationId });
			out.line(
				...(after === undefined
					? [m.activationFailed]
					: activatedStatusLines(after.licenseStatus, after.notificationReason, m, confirmed))
			);
			return;
		}
		case 'cpky':
			needsElevation(run);
			out.line(m.clearedPKey);
			return;
		case 'ilc': {
			param(run, 0, true, name, m.paramLicenseFile);
			needsElevation(run);
			// No license files exist on the simulated disk: reading the file fails.
			out.line(showError(run.ctx.catalogue, '0x80070002', m.errorPrefix));
			throw new Quit(2);
		}
		case 'rilc':
			needsElevation(run);
			out.line(m.reinstallingLicenses);
			out.line(m.licensesReinstalled);
			return;
		case 'rearm':
			needsElevation(run);
			rearm(run);
			out.line(m.rearmRestart);
			return;
		case 'rearm-app': {
			const appId = param(run, 0, true, name, m.paramApplicationId) as string;
			if (appId.toLowerCase().replace(/[{}]/g, '') !== WINDOWS_APP_ID)
				quitWithError(run, '0x80070057');
			rearm(run);
			return;
		}
		case 'rearm-sku': {
			const actId = param(run, 0, true, name, m.paramActivationId) as string;
			const v = view(run);
			if (v === undefined || !matchesActivationId(v, actId)) {
				out.line(m.errorProductNotFound);
				return;
			}
			rearm(run);
			return;
		}
		case 'skms': {
			const value = param(run, 0, true, name, m.paramSetKms) as string;
			param(run, 1, false, name, m.paramActivationIdOptional);
			needsElevation(run);
			setKms(run, value);
			return;
		}
		case 'ckms': {
			param(run, 0, false, name, m.paramActivationIdOptional);
			needsElevation(run);
			if (run.target.kind === 'client') {
				const result = act(run, { type: 'clearKmsHost', machine: targetLabel(run) });
				if (!result.ok) engineFailure(run, result);
			}
			out.line(m.kmsNameCleared);
			const lookup = run.target.kind === 'client' ? run.target.machine.lookupDomain : null;
			if (lookup !== null) out.line(fill(m.kmsUseLookupDomain, { FQDN: lookup }));
			return;
		}
		case 'skms-domain': {
			const fqdn = param(run, 0, true, name, m.paramFqdn) as string;
			param(run, 1, false, name, m.paramActivationIdOptional);
			if (run.target.kind === 'client') {
				const result = act(run, {
					type: 'setLookupDomain',
					machine: targetLabel(run),
					domain: fqdn,
				});
				if (!result.ok) engineFailure(run, result);
			}
			out.line(fill(m.kmsLookupDomainSet, { FQDN: fqdn }));
			const manual = run.target.kind === 'client' ? run.target.machine.manualKms : null;
			if (manual !== null)
				out.line(
					fill(m.kmsUseMachineNameOverrides, { KMS: `${manual.host}:${manual.port ?? 1688}` })
				);
			return;
		}
		case 'ckms-domain': {
			param(run, 0, false, name, m.paramActivationIdOptional);
			if (run.target.kind === 'client') {
				const result = act(run, { type: 'clearLookupDomain', machine: targetLabel(run) });
				if (!result.ok) engineFailure(run, result);
			}
			out.line(m.kmsLookupDomainCleared);
			const manual = run.target.kind === 'client' ? run.target.machine.manualKms : null;
			if (manual !== null)
				out.line(fill(m.kmsUseMachineName, { KMS: `${manual.host}:${manual.port ?? 1688}` }));
			return;
		}
		case 'skhc':
		case 'ckhc': {
			needsElevation(run);
			const enabled = name === 'skhc';
			if (run.target.kind === 'client') {
				const result = act(run, { type: 'setHostCaching', machine: targetLabel(run), enabled });
				if (!result.ok) engineFailure(run, result);
			}
			out.line(enabled ? m.hostCachingEnabled : m.hostCachingDisabled);
			return;
		}
		case 'sai':
		case 'sri': {
			const raw = param(
				run,
				0,
				true,
				name,
				name === 'sai' ? m.paramActivationInterval : m.paramRenewalInterval
			) as string;
			const minutes = vbNumber(raw);
			if (minutes !== undefined && minutes < 0) {
				out.line(m.invalidData);
				return;
			}
			if (!isActivatedKmsHost(run)) {
				out.line(name === 'sai' ? m.warnActivationInterval : m.warnRenewal);
				return;
			}
			needsElevation(run);
			if (minutes === undefined) typeMismatch(run);
			const result = act(run, {
				type: name === 'sai' ? 'setActivationInterval' : 'setRenewalInterval',
				host: targetLabel(run),
				minutes: minutes,
			});
			if (!result.ok) engineFailure(run, result);
			out.line(
				name === 'sai'
					? fill(m.activationIntervalSet, { ACTIVATION: raw })
					: fill(m.renewalSet, { RENEWAL: raw })
			);
			out.line(m.warnKmsReboot);
			return;
		}
		case 'sprt': {
			const raw = param(run, 0, true, name, m.paramPort) as string;
			if (!isActivatedKmsHost(run)) {
				out.line(m.warnKmsPort);
				return;
			}
			needsElevation(run);
			const port = vbNumber(raw);
			if (port === undefined) typeMismatch(run);
			const result = act(run, {
				type: 'setPort',
				host: targetLabel(run),
				port: Math.round(port),
			});
			if (!result.ok) engineFailure(run, result);
			out.line(fill(m.kmsPortSet, { PORT: raw }));
			out.line(m.warnKmsReboot);
			return;
		}
		case 'sdns':
		case 'cdns': {
			if (!isActivatedKmsHost(run)) {
				out.line(m.warnDnsPublishing);
				return;
			}
			needsElevation(run);
			const enabled = name === 'sdns';
			const result = act(run, { type: 'setDnsPublishing', host: targetLabel(run), enabled });
			if (!result.ok) engineFailure(run, result);
			out.line(enabled ? m.dnsPublishingEnabled : m.dnsPublishingDisabled);
			out.line(m.warnKmsReboot);
			return;
		}
		case 'spri':
		case 'cpri': {
			if (!isActivatedKmsHost(run)) {
				out.line(m.warnKmsPri);
				return;
			}
			needsElevation(run);
			const low = name === 'cpri';
			const result = act(run, { type: 'setLowPriority', host: targetLabel(run), enabled: low });
			if (!result.ok) engineFailure(run, result);
			out.line(low ? m.kmsPriLow : m.kmsPriNormal);
			out.line(m.warnKmsReboot);
			return;
		}
		case 'act-type': {
			const raw = param(run, 0, false, name, m.paramActivationType);
			param(run, 1, false, name, m.paramActivationIdOptional);
			const value = raw === undefined ? 0 : vbNumber(raw);
			if (value === undefined || value < 0 || value > 3) {
				out.line(m.invalidData);
				return;
			}
			const actType = Math.trunc(value);
			if (run.target.kind === 'client') {
				if (actType === 3) {
					// Token-based activation is outside the model: Windows accepts the value, the lab cannot simulate it.
					out.line(m.activationTypeSet);
					out.note(fill(m.labNote, { TEXT: m.tokenNotSimulated }));
					return;
				}
				const result = act(run, {
					type: 'setActType',
					machine: targetLabel(run),
					actType: actType as ActType,
				});
				if (!result.ok) engineFailure(run, result);
			}
			out.line(m.activationTypeSet);
			return;
		}
		case 'lil':
			out.line(m.tkaLicenses);
			out.line('');
			out.line(m.tkaNone);
			return;
		case 'ril': {
			param(run, 1, true, name, m.paramRemoveIl);
			needsElevation(run);
			if (vbNumber(run.params[1] as string) === undefined) typeMismatch(run);
			out.line(m.tkaRemoving);
			out.line('');
			out.line(m.tkaNone);
			return;
		}
		case 'ltc':
			// No token-based activation certificates exist in the lab: slmgr lists nothing.
			return;
		case 'fta': {
			param(run, 0, true, name, m.paramForceTka);
			const v = view(run);
			if (v === undefined) {
				out.line(m.errorPKey);
				throw new Quit(1);
			}
			out.line(fill(m.activating, { PRODUCTNAME: v.name, PRODUCTID: v.activationId }));
			quitWithError(run, '0xC004F30E');
			return;
		}
		case 'ad-activation-online':
		case 'ad-activation-get-iid':
		case 'ad-activation-apply-cid':
		case 'ao-list':
		case 'del-ao':
			adba(run, name);
			return;
		default:
			out.line(m.unrecognizedOption + run.typed);
			out.line('');
			usage(out, m);
	}
}

/**
 * Values that come from a named engine assumption because no source confirms them
 * (src/data/assumptions.ts) are labelled below the output: the time left in Additional grace, and
 * the remaining rearm count that /dlv prints.
 */
function assumptionNote(run: Run, v: LicenseView, verbose = false): void {
	const ids = [
		...(v.licenseStatus === 3 ? ['additionalGraceMinutes'] : []),
		...(verbose ? ['rearmLimit'] : []),
	];
	const lang = run.ctx.lang;
	for (const id of ids) {
		const info = ASSUMPTIONS.find((a) => a.id === id);
		if (info !== undefined)
			run.out.note(
				fill(run.m.labNote, {
					TEXT: fill(run.m.assumptionNote, { LABEL: info.label[lang], NOTE: info.note[lang] }),
				})
			);
	}
}

/**
 * `/dli` and `/dlv`, as DisplayAllInformation does it: the service version (verbose), then each
 * license shown, each followed by an empty line. Without a parameter that is the installed Windows
 * license; with "All", every license the query returns; with an Activation ID, that license, and the
 * loop stops there before the empty line.
 */
function displayAllInformation(run: Run, arg: string | undefined, verbose: boolean): void {
	const { m, out } = run;
	const licenses = allLicenseViewsFor(run.ctx.sim, run.target);
	// The primary Windows license is the one with a key (GetIsPrimaryWindowsSKU needs a partial key).
	const installed = licenses.find((v) => v.partialProductKey !== null);
	const parm = arg?.toLowerCase();
	if (verbose) out.line(m.serviceVersion + (installed?.serviceVersion ?? buildFor(run.target)));
	const shown =
		parm === 'all'
			? licenses
			: parm === undefined
				? installed === undefined
					? []
					: [installed]
				: licenses.filter((v) => matchesActivationId(v, parm)).slice(0, 1);
	if (shown.length === 0) {
		out.line(m.errorPKey);
		return;
	}
	for (const v of shown) {
		out.line(...formatLicenseInfo(v, verbose, m, run.ctx.lang));
		if (parm !== undefined && parm !== 'all') break;
		out.line('');
	}
	if (installed !== undefined && shown.includes(installed)) assumptionNote(run, installed, verbose);
}

/** VBScript's numeric view of an argument (CLng/CInt accept decimal and &H hex); undefined = type mismatch. */
function vbNumber(text: string): number | undefined {
	const t = text.trim();
	if (/^[+-]?\d+(\.\d+)?$/.test(t)) return Number(t);
	if (/^&h[0-9a-f]{1,8}$/i.test(t)) return Number.parseInt(t.slice(2), 16);
	return undefined;
}

/** VBScript runtime error 13, shown by ShowError as "Error: 13 Type mismatch (Microsoft VBScript runtime error)". */
function typeMismatch(run: Run): never {
	run.out.line(run.m.vbTypeMismatch);
	throw new Quit(13);
}

function rearm(run: Run): void {
	if (run.target.kind === 'host') {
		// The engine models rearm for client machines; a KMS host's own timers are not simulated.
		run.out.line(run.m.rearmDone);
		return;
	}
	const result = act(run, { type: 'rearm', machine: targetLabel(run) });
	if (!result.ok) engineFailure(run, result);
	run.out.line(run.m.rearmDone);
}

/** /skms: split "name:port", "[ipv6]:port" or ":port" the way SetKmsMachineName does. */
function setKms(run: Run, value: string): void {
	const { m, out } = run;
	let host: string;
	let portText: string;
	const bracketEnd = value.indexOf(']');
	if (value.startsWith('[') && bracketEnd > 0) {
		host = value.slice(0, bracketEnd + 1);
		portText = value.length === bracketEnd + 1 ? '' : value.slice(bracketEnd + 2);
	} else {
		const colon = value.indexOf(':');
		host = colon >= 0 ? value.slice(0, colon) : value;
		portText = colon >= 0 ? value.slice(colon + 1) : '';
	}
	let port: number | undefined;
	if (portText !== '') {
		const n = vbNumber(portText);
		if (n === undefined) typeMismatch(run);
		port = Math.round(n);
	}
	if (run.target.kind === 'client') {
		const action: Action = {
			type: 'setKmsHost',
			machine: targetLabel(run),
			...(host !== '' ? { host } : {}),
			...(port !== undefined ? { port } : {}),
		};
		const result = act(run, action);
		if (!result.ok) engineFailure(run, result);
	}
	out.line(fill(m.kmsNameSet, { KMS: value }));
	const lookup = run.target.kind === 'client' ? run.target.machine.lookupDomain : null;
	if (lookup !== null) out.line(fill(m.kmsUseMachineNameOverrides, { KMS: value }));
}

/** The ADBA options act on the forest through AD; slmgr refuses them against a remote computer. */
function adba(run: Run, name: string): void {
	const { m, out } = run;
	if (run.remote) {
		out.line(m.remoteExecNotSupported);
		throw new Quit(1);
	}
	const forest = run.ctx.sim.world.forest;
	const domain = run.target.kind === 'client' ? run.target.machine.domain : run.target.host.domain;
	const inForest =
		forest !== null &&
		domain !== null &&
		forest.domains.some((d) => d.toLowerCase() === domain.toLowerCase());
	switch (name) {
		case 'ad-activation-online': {
			const key = param(run, 0, true, name, m.paramProductKey) as string;
			const aoName = param(run, 1, false, name, m.paramAoName);
			if (!inForest) quitWithError(run, '0x8007054B');
			const result = act(run, {
				type: 'createActivationObject',
				key,
				...(aoName !== undefined ? { name: aoName } : {}),
			});
			if (!result.ok) {
				if (result.code !== null) quitWithError(run, result.code);
				engineFailure(run, result);
			}
			out.line(m.activated);
			return;
		}
		case 'ad-activation-get-iid': {
			const key = param(run, 0, true, name, m.paramProductKey) as string;
			if (!inForest) quitWithError(run, '0x8007054B');
			if (!run.ctx.sim.world.hostKeys.some((k) => k.key === key.trim().toUpperCase()))
				quitWithError(run, '0xC004F050');
			out.line(m.installationId + run.ctx.sim.forestInstallationId(key));
			out.line('');
			out.line(m.phoneNumbers);
			return;
		}
		case 'ad-activation-apply-cid': {
			const key = param(run, 0, true, name, m.paramProductKey) as string;
			const cid = param(run, 1, true, name, m.paramConfirmationId) as string;
			const aoName = param(run, 2, false, name, m.paramAoName);
			if (!inForest) quitWithError(run, '0x8007054B');
			const result = act(run, {
				type: 'createActivationObjectByPhone',
				key,
				confirmationId: cid,
				...(aoName !== undefined ? { name: aoName } : {}),
			});
			if (!result.ok) {
				if (result.code !== null) quitWithError(run, result.code);
				engineFailure(run, result);
			}
			out.line(m.activated);
			return;
		}
		case 'ao-list': {
			if (!inForest || forest === null) quitWithError(run, '0x8007054B');
			out.line(m.actObjAvailable);
			const objects = forest.activationObjects;
			if (objects.length === 0) {
				out.line(`    ${m.actObjNone}`);
				return;
			}
			for (const o of objects) {
				out.line(`    ${m.adAoName}${o.name}`);
				out.line(`        ${m.actId}{${csvlkActivationId(o.group).toUpperCase()}}`);
				out.line(`        ${m.partialPKey}${o.partialKey}`);
				out.line(`        ${m.adAoPid}${activationObjectPid(o.name, run.ctx.sim.startDate)}`);
				out.line(`        ${m.adAoDn}${activationObjectDn(o.name, forest.rootDomain)}`);
				out.line('');
			}
			return;
		}
		case 'del-ao': {
			const given = param(run, 0, true, name, m.paramAoDn) as string;
			if (!inForest || forest === null) quitWithError(run, '0x8007054B');
			let objectName: string;
			if (/,cn=/i.test(given)) {
				objectName = given.replace(/^cn=/i, '').split(',')[0] ?? '';
			} else {
				const rdn = given.replace(/^cn=/i, '');
				objectName = rdn;
				out.line(`    ${m.adAoDn}${activationObjectDn(rdn, forest.rootDomain)}`);
				out.line('');
			}
			const exists = forest.activationObjects.some(
				(o) => o.name.toLowerCase() === objectName.toLowerCase()
			);
			// ADSI: "There is no such object on the server."
			if (!exists) quitWithError(run, '0x80072030');
			const result = act(run, { type: 'deleteActivationObject', name: objectName });
			if (!result.ok) engineFailure(run, result);
			out.line(m.success);
			return;
		}
	}
}
