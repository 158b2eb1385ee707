import type { Action, ActionType } from '../actions.ts';
import type { SimCore } from '../core.ts';
import { refused, type ActionResult } from '../results.ts';
import {
	activateNow,
	applyConfirmationId,
	createActivationObject,
	generalize,
	installKey,
	rearm,
	uninstallKey,
} from '../rules/keys.ts';
import { addHost, addMachines } from '../world/build.ts';
import { findHostIndex } from '../world/lookup.ts';
import { clientHandlers } from './clients.ts';
import { hostHandlers, serviceControl } from './hosts.ts';
import { networkHandlers } from './network.ts';

/**
 * One handler per action type, in a table the compiler checks is complete. A handler applies a
 * validated action at the current time and returns a result; it never throws for bad input.
 */

type Handler<T extends ActionType> = (
	core: SimCore,
	action: Extract<Action, { type: T }>
) => ActionResult;
type HandlerTable = { readonly [T in ActionType]: Handler<T> };

const HANDLERS: HandlerTable = {
	addMachines: (core, a) => addMachines(core, a),
	addHost: (core, a) => addHost(core, a),
	installKey: (core, a) => installKey(core, a.target, a.key),
	uninstallKey: (core, a) => uninstallKey(core, a.target),
	activate: (core, a) => activateNow(core, a.target),
	rearm: (core, a) => rearm(core, a.machine),
	sysprepGeneralize: (core, a) => generalize(core, a.machine),
	restart: (core, a) =>
		findHostIndex(core, a.target) !== undefined
			? serviceControl(core, a.target, 'restart')
			: clientHandlers.restartMachine(core, a.target),
	createActivationObject: (core, a) =>
		createActivationObject(core, a.key, a.name, 'online', undefined),
	createActivationObjectByPhone: (core, a) =>
		createActivationObject(core, a.key, a.name, 'phone', a.confirmationId),
	applyConfirmationId: (core, a) => applyConfirmationId(core, a.target, a.confirmationId),
	removeMachine: clientHandlers.removeMachine,
	setKmsHost: clientHandlers.setKmsHost,
	clearKmsHost: clientHandlers.clearKmsHost,
	setLookupDomain: clientHandlers.setLookupDomain,
	clearLookupDomain: clientHandlers.clearLookupDomain,
	setHostCaching: clientHandlers.setHostCaching,
	setActType: clientHandlers.setActType,
	joinDomain: clientHandlers.joinDomain,
	leaveDomain: clientHandlers.leaveDomain,
	...hostHandlers,
	...networkHandlers,
};

/** A refusal that changed nothing: an error and no Windows result. */
export function isRefusal(result: ActionResult): boolean {
	return result.error !== undefined && result.code === null && result.error.code !== 'internal';
}

/**
 * Applies a validated action now. Every action that was applied is noted in the log, after what it
 * did (`/ato` notes its own attempt); a refusal leaves no trace, as nothing happened.
 */
export function applyAction(core: SimCore, action: Action): ActionResult {
	// Only actions change what a host answers (its key, OS, updates): forget the memoised answers.
	core.hostVerdicts.length = 0;
	if (!Object.hasOwn(HANDLERS, action.type))
		return refused({
			code: 'invalid_action',
			issues: [
				{
					path: 'type',
					code: 'expected',
					expected: 'actionType',
					got: JSON.stringify(action.type),
				},
			],
		});
	const handler = HANDLERS[action.type] as Handler<ActionType>;
	let result: ActionResult;
	try {
		result = handler(core, action);
	} catch (err) {
		// A bug in a handler must not escape as a throw: it comes back as a result.
		result = refused({
			code: 'internal',
			action: action.type,
			detail: err instanceof Error ? err.message : String(err),
		});
	}
	if (action.type !== 'activate' && !isRefusal(result))
		core.note('', 'action', undefined, undefined, action.type);
	return result;
}
