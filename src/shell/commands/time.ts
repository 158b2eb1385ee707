import {
	findTarget,
	localDate,
	ok,
	fail,
	targetName,
	type CommandHandler,
	type ShellTarget,
} from '../context.ts';
import { fill } from '../messages/index.ts';
import { formatWindowsDateTime } from '../format.ts';
import { helpText, isHelpRequest } from './help.ts';
import { resolveName } from './network.ts';

/**
 * w32tm. The engine models each machine's clock offset from true time; `/resync` sets it back to 0
 * through the engine's resyncClock action. Time sources are simulated: domain members follow the
 * domain hierarchy (NT5DS), workgroup machines time.windows.com.
 */

function online(t: ShellTarget): boolean {
	return t.kind === 'host' ? t.host.online : t.machine.online;
}

function domainOf(t: ShellTarget): string | null {
	return t.kind === 'host' ? t.host.domain : t.machine.domain;
}

export const w32tm: CommandHandler = (ctx, args) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'w32tm'));
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return fail('');
	const m = ctx.m;
	const lower = args.slice(1).map((a) => a.toLowerCase().replace(/^-/, '/'));
	if (lower.includes('/resync')) {
		if (!ctx.elevated) return fail(`${m.w32Sending}\n${m.w32AccessDenied}\n`);
		if (!online(self)) return fail(`${m.w32Sending}\n${m.w32NoTimeData}\n`);
		const result = ctx.dispatch({ type: 'resyncClock', target: targetName(self) });
		if (!result.ok) return fail(`${m.w32Sending}\n${m.w32NoTimeData}\n`);
		return ok(`${m.w32Sending}\n${m.w32Completed}\n`);
	}
	if (lower.includes('/query') && lower.includes('/status')) {
		const domain = domainOf(self);
		// A clock that is off true time is not being synchronised: show the local clock as the source.
		const offset = self.kind === 'host' ? self.host.clockOffset : self.machine.clockOffset;
		const synced = online(self) && offset === 0;
		const lastSync = formatWindowsDateTime(
			new Date(localDate(ctx.sim, self).getTime() - 17 * 60_000),
			ctx.lang
		);
		const source = synced
			? domain !== null
				? `DC01.${domain}`
				: 'time.windows.com,0x9'
			: m.w32SourceLocal;
		const lines = [
			m.w32LeapIndicator,
			synced ? fill(m.w32Stratum, { N: 3 }) : m.w32StratumLocal,
			m.w32Precision,
			m.w32RootDelay,
			m.w32RootDispersion,
			synced ? fill(m.w32ReferenceId, { HEX: '0A000002', ADDR: '10.0.0.2' }) : m.w32ReferenceLocal,
			fill(m.w32LastSync, { TIME: lastSync }),
			fill(m.w32Source, { SOURCE: source }),
			m.w32PollInterval,
		];
		if (lower.includes('/verbose'))
			lines.push(
				`Phase Offset: 0.0000000s`,
				`ClockRate: 0.0156250s`,
				`State Machine: 2 (Sync)`,
				`Time Source Flags: 0 (None)`,
				`Server Role: 0 (None)`,
				`Last Sync Error: 0 (The command completed successfully.)`
			);
		return ok(`${lines.join('\n')}\n`);
	}
	if (lower.includes('/stripchart')) {
		const computerArg = args.slice(1).find((a) => /^[/-]computer:/i.test(a));
		const computer =
			computerArg === undefined ? undefined : computerArg.slice(computerArg.indexOf(':') + 1);
		if (computer === undefined || computer === '') return fail(helpText(ctx, 'w32tm'));
		const samplesArg = args.slice(1).find((a) => /^[/-]samples:/i.test(a));
		const samples = Math.max(
			1,
			Math.min(5, Number.parseInt(samplesArg?.slice(samplesArg.indexOf(':') + 1) ?? '3', 10) || 3)
		);
		const resolved = online(self) ? resolveName(ctx, self, computer) : undefined;
		if (resolved === undefined) return fail(`${fill(m.w32CantResolve, { NAME: computer })}\n`);
		const remoteOffset =
			resolved.target.kind === 'host'
				? resolved.target.host.clockOffset
				: resolved.target.machine.clockOffset;
		const ownOffset = self.kind === 'host' ? self.host.clockOffset : self.machine.clockOffset;
		const seconds = (remoteOffset - ownOffset) * 60;
		const now = localDate(ctx.sim, self);
		const lines = [
			fill(m.w32Tracking, { NAME: computer, ADDR: resolved.address }),
			fill(m.w32Collecting, { N: samples }),
			fill(m.w32CurrentTime, { TIME: formatWindowsDateTime(now, ctx.lang) }),
		];
		for (let i = 0; i < samples; i++) {
			const t = new Date(now.getTime() + i * 2000);
			const hh = String(t.getUTCHours()).padStart(2, '0');
			const mm = String(t.getUTCMinutes()).padStart(2, '0');
			const ss = String(t.getUTCSeconds()).padStart(2, '0');
			lines.push(
				`${hh}:${mm}:${ss}, ${seconds >= 0 ? '+' : '-'}${Math.abs(seconds).toFixed(7).padStart(10, '0')}s`
			);
		}
		return ok(`${lines.join('\n')}\n`);
	}
	return fail(helpText(ctx, 'w32tm'));
};
