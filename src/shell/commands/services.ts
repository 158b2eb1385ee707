import {
	findTarget,
	ok,
	fail,
	targetName,
	type CommandHandler,
	type ShellTarget,
} from '../context.ts';
import { fill } from '../messages/index.ts';
import { splitArgs } from '../tokenizer.ts';
import { helpText, isHelpRequest } from './help.ts';
import { psParams } from './powershellArgs.ts';

/**
 * The Software Protection service (sppsvc): `sc query`, `net stop|start`, `Restart-Service`.
 * Starting and stopping go through the engine's serviceControl action (on a KMS host a restart
 * also applies a pending /sprt port and re-publishes DNS; see the engine).
 */

function running(t: ShellTarget): boolean {
	return t.kind === 'host' ? t.host.serviceRunning : t.machine.serviceRunning;
}

function isSppsvc(name: string | undefined): boolean {
	if (name === undefined) return false;
	const n = name.toLowerCase();
	return n === 'sppsvc' || n === 'software protection' || n === '"software protection"';
}

export const sc: CommandHandler = (ctx, args) => {
	if (isHelpRequest(args) || args.length < 2) return ok(`${helpText(ctx, 'sc')}`);
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return fail('');
	const verb = (args[1] as string).toLowerCase();
	const service = args[2];
	if (verb !== 'query' && verb !== 'queryex' && verb !== 'stop' && verb !== 'start')
		return fail(helpText(ctx, 'sc'));
	if (service === undefined) {
		return fail(`${ctx.m.scNameService}
`);
	}
	if (!isSppsvc(service)) return fail(`${ctx.m.scServiceMissing}\n`, 1060);
	if (verb === 'stop' || verb === 'start') {
		if (!ctx.elevated)
			return fail('[SC] OpenService FAILED 5:\n\n' + `${ctx.m.accessDeniedCmd}\n\n`, 5);
		if (verb === 'start' && running(self))
			return fail(`[SC] StartService FAILED 1056:\n\n${ctx.m.scAlreadyRunning}\n\n`, 1056);
		if (verb === 'stop' && !running(self))
			return fail(`[SC] ControlService FAILED 1062:\n\n${ctx.m.scNotStarted}\n\n`, 1062);
		ctx.dispatch({ type: 'serviceControl', target: targetName(self), command: verb });
	}
	return ok(scQuery(self, verb === 'queryex'));
};

function scQuery(self: ShellTarget, ex: boolean): string {
	const on = running(self);
	const lines = ['', 'SERVICE_NAME: sppsvc', '        TYPE               : 10  WIN32_OWN_PROCESS'];
	if (on) {
		lines.push(
			'        STATE              : 4  RUNNING',
			'                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_PRESHUTDOWN)'
		);
	} else {
		lines.push('        STATE              : 1  STOPPED');
	}
	lines.push(
		'        WIN32_EXIT_CODE    : 0  (0x0)',
		'        SERVICE_EXIT_CODE  : 0  (0x0)',
		'        CHECKPOINT         : 0x0',
		'        WAIT_HINT          : 0x0'
	);
	if (ex)
		lines.push(
			`        PID                : ${on ? 4000 + ((targetName(self).length * 37) % 3000) : 0}`,
			'        FLAGS              :'
		);
	return `${lines.join('\n')}\n`;
}

export const net: CommandHandler = (ctx, args) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'net'));
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return fail('');
	const m = ctx.m;
	const verb = (args[1] ?? '').toLowerCase();
	if (verb !== 'stop' && verb !== 'start') return fail(`${m.netUsage}\n`);
	const service = args.slice(2).join(' ');
	if (service === '')
		return verb === 'start'
			? ok(`${m.netStartedList}

`)
			: fail(`${m.netUsage}\n`);
	const display = m.sppsvcDisplayName;
	if (!isSppsvc(service))
		return fail(`${m.netServiceNameInvalid}\n\n${fill(m.netHelpMsg, { NUM: 2185 })}\n\n`, 2);
	if (!ctx.elevated) return fail(`${m.netSystemError5}\n\n${m.accessDeniedCmd}\n\n`, 2);
	if (verb === 'start') {
		if (running(self))
			return fail(`${m.netAlreadyStarted}\n\n${fill(m.netHelpMsg, { NUM: 2182 })}\n\n`, 2);
		ctx.dispatch({ type: 'serviceControl', target: targetName(self), command: 'start' });
		return ok(
			`${fill(m.netStarting, { SERVICE: display })}\n${fill(m.netStarted, { SERVICE: display })}\n\n`
		);
	}
	if (!running(self))
		return fail(
			`${fill(m.netNotStarted, { SERVICE: display })}\n\n${fill(m.netHelpMsg, { NUM: 3521 })}\n\n`,
			2
		);
	ctx.dispatch({ type: 'serviceControl', target: targetName(self), command: 'stop' });
	return ok(
		`${fill(m.netStopping, { SERVICE: display })}\n${fill(m.netStopped, { SERVICE: display })}\n\n`
	);
};

export const restartService: CommandHandler = (ctx, args, text) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'restart-service'));
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return fail('');
	const m = ctx.m;
	const cmdlet = args[0] ?? 'Restart-Service';
	const parsed = psParams(
		splitArgs(text, { singleQuotes: true }).slice(1),
		['name', 'displayname'],
		['name'],
		['force', 'passthru', 'confirm', 'whatif']
	);
	if (parsed.unknown !== undefined)
		return fail(`${fill(m.psUnknownParam, { CMDLET: cmdlet, PARAM: parsed.unknown })}\n`);
	const name = parsed.values.get('name') ?? parsed.values.get('displayname');
	if (name === undefined)
		return fail(`${fill(m.psParamMissing, { CMDLET: cmdlet, PARAM: 'Name' })}\n`);
	if (!isSppsvc(name.replace(/'/g, '')))
		return fail(`${fill(m.psNoService, { CMDLET: cmdlet, NAME: name })}\n`);
	if (!ctx.elevated)
		return fail(
			`${fill(m.psAccessDenied, { CMDLET: cmdlet, DISPLAY: m.sppsvcDisplayName, NAME: 'sppsvc' })}\n`
		);
	ctx.dispatch({ type: 'serviceControl', target: targetName(self), command: 'restart' });
	if (parsed.values.has('passthru')) {
		return ok(
			`\nStatus   Name               DisplayName\n------   ----               -----------\nRunning  sppsvc             ${m.sppsvcDisplayName}\n\n`
		);
	}
	return ok('');
};
