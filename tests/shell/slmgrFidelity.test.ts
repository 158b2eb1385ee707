import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Action, Machine, Simulation } from '../../src/engine/index.ts';
import { createShell } from '../../src/shell/shell.ts';
import { catalogueFor } from '../../src/shell/messages/all.ts';
import { formatWindowsDateTime } from '../../src/shell/format.ts';
import { kms, presetAt, shellOn, simOf } from './helpers.ts';
import { REAL_USAGE_OUTPUT } from './slmgrSources.ts';

/**
 * What slmgr prints against Microsoft's own text: the script (a public copy of slmgr.vbs,
 * https://github.com/jasonadsit/powershell-scripts/blob/master/PsTokenBasedActivation/1.6/slmgr.vbs),
 * output captured from Windows, and Microsoft's sample outputs. Each constant quotes its source.
 */

// slmgr.vbs: every line goes to a buffer, and the script's exit echoes it. The buffer already ends in
// vbNewLine and WScript.Echo adds one more, so each run ends with an empty line.
const SCRIPT_LINEOUT = `Private Sub LineOut(str)
    g_EchoString = g_EchoString & str & vbNewLine
End Sub`;
const SCRIPT_EXIT = `Private Sub ExitScript(retval)
    if (g_EchoString <> "") Then
        WScript.Echo g_EchoString
    End If`;

// slmgr.vbs DisplayActivatedStatus: what /ato prints after the service refreshed the license status.
const SCRIPT_ERROR_PREFIX = 'Error: '; // L_MsgErrorText_8
const SCRIPT_NON_GENUINE_GRACE =
	"The machine is running within the non-genuine grace period. Run 'slui.exe' to go online and make the machine genuine."; // L_MsgErrorText_11
const SCRIPT_NON_GENUINE_NOTIFICATION =
	"Windows is running within the non-genuine notification period. Run 'slui.exe' to go online and validate Windows."; // L_MsgErrorText_12
const SCRIPT_ACTIVATED = 'Product activated successfully.'; // L_MsgActivated
const SCRIPT_EXTENDED_GRACE = 'License Status: Extended grace period'; // L_MsgLicenseStatusExtendedGrace_1

// An unused license, as Microsoft shows it: support article "How to discover Office and Windows KMS hosts
// through DNS and remove unauthorized instances" (MicrosoftDocs/SupportArticles-docs, Office section), whose
// sample /dlv output reads "Extended PID: ", "This license is not in use." and "License Status: Unlicensed".
const MS_UNUSED_LICENSE = [
	'Extended PID: ',
	'This license is not in use.',
	'License Status: Unlicensed',
];

// An Extended PID in Microsoft's sample /dlv output (Configure a KMS host computer to activate volume licensed
// versions of Office, https://learn.microsoft.com/office/volume-license-activation/configure-a-kms-host-computer-for-office):
// the last group is the day of the year and the year.
const MS_EXTENDED_PID = '05426-00206-234-001162-03-1033-9200.0000-0992013';
const PID = /^\d{5}-\d{5}-\d{3}-\d{6}-\d{2}-\d{4}-\d+\.\d{4}-(\d{3})(\d{4})$/;

/** A shell on `name` whose next `activate` leaves the machine in `status` (states the engine does not reach). */
function shellAfterActivation(
	sim: Simulation,
	name: string,
	status: Machine['status'],
	reason: string | null
) {
	const wrapped = new Proxy(sim, {
		get(target, prop) {
			if (prop === 'dispatch') {
				return (action: Action) => {
					const result = target.dispatch(action);
					if (action.type === 'activate') {
						const m = target.world.machines.find((x) => x.name === name) as Machine;
						m.status = status;
						m.notificationReason = reason as Machine['notificationReason'];
					}
					return result;
				};
			}
			const value = Reflect.get(target, prop, target) as unknown;
			return typeof value === 'function'
				? (value as (...a: unknown[]) => unknown).bind(target)
				: value;
		},
	});
	return createShell(wrapped, name, { catalogue: catalogueFor('en'), elevated: true });
}

function licensedFleet(): Simulation {
	return simOf(
		{ hosts: [kms()], machines: [{ prefix: 'PC', count: 30, product: 'win11-enterprise' }] },
		'1d'
	);
}

describe('item 1: the output ends the way the script ends it', () => {
	it('prints `cscript slmgr.vbs /?` exactly as Windows does, final empty line included', () => {
		expect(SCRIPT_LINEOUT).toContain('vbNewLine');
		expect(SCRIPT_EXIT).toContain('WScript.Echo g_EchoString');
		const pc = shellOn(
			simOf({ machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }] }),
			'PC001'
		);
		expect(pc.run('cscript slmgr.vbs /?').output).toBe(REAL_USAGE_OUTPUT);
		// Without cscript's banner (the lab's slmgr prints as if cscript were the default host).
		expect(pc.run('slmgr /?').output).toBe(REAL_USAGE_OUTPUT.split('\n').slice(3).join('\n'));
	});

	it("ends /ipk, /ato, /xpr with the empty line, /dli with the product's empty line too, and /dli <ID> without it", () => {
		const sim = licensedFleet();
		const pc = shellOn(sim, 'PC001');
		expect(pc.run('slmgr /ipk NPPR9-FWDCX-D2C8J-H872K-2YT43').output).toBe(
			'Installed product key NPPR9-FWDCX-D2C8J-H872K-2YT43 successfully.\n\n'
		);
		const actId = /Activation ID: (\S+)/.exec(pc.run('slmgr /dlv').output)?.[1] ?? '';
		expect(pc.run('slmgr /ato').output).toBe(
			`Activating Windows(R), Enterprise edition (${actId}) ...\n${SCRIPT_ACTIVATED}\n\n`
		);
		expect(pc.run('slmgr /xpr').output).toMatch(
			/^Windows\(R\), Enterprise edition:\n {4}Volume activation will expire [^\n]+\n\n$/
		);
		// DisplayAllInformation: LineOut "" after each product, then the exit's empty line.
		expect(pc.run('slmgr /dli').output).toMatch(/KMS host caching is enabled\n\n\n$/);
		// With an Activation ID the loop stops before that LineOut "" ("Exit For").
		expect(pc.run(`slmgr /dli ${actId}`).output).toMatch(/KMS host caching is enabled\n\n$/);
	});
});

describe('item 2: /dli all and /dlv all list every license the query returns', () => {
	it("lists the installed license, then the edition's licenses that have no key", () => {
		const sim = licensedFleet();
		const pc = shellOn(sim, 'PC001');
		const all = pc.run('slmgr /dli all').output;
		expect(all.match(/^Name: /gm)?.length).toBe(2);
		expect(all).toContain(
			'Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel\nPartial Product Key: 2YT43\n'
		);
		expect(all).toContain(
			'\n\nName: Windows(R), Enterprise edition\nDescription: Windows(R) Operating System, VOLUME_MAK channel\nThis license is not in use.\nLicense Status: Unlicensed\n\n\n'
		);
		const dlv = pc.run('slmgr /dlv all').output;
		for (const line of MS_UNUSED_LICENSE) expect(dlv).toContain(`\n${line}\n`);
		// The default still shows the installed Windows license alone, and a KMS host lists only its host
		// key's license (the only key the lab lets a host take).
		expect(pc.run('slmgr /dli').output.match(/^Name: /gm)?.length).toBe(1);
		expect(
			shellOn(sim, 'KMS01')
				.run('slmgr /dli all')
				.output.match(/^Name: /gm)?.length
		).toBe(1);
	});

	it('shows a license by its Activation ID, and lists the licenses even with no key installed', () => {
		const sim = licensedFleet();
		const pc = shellOn(sim, 'PC001');
		const makId =
			/VOLUME_MAK channel\nActivation ID: (\S+)/.exec(pc.run('slmgr /dlv all').output)?.[1] ??
			'none';
		expect(pc.run(`slmgr /dli ${makId}`).output).toBe(
			'\nName: Windows(R), Enterprise edition\nDescription: Windows(R) Operating System, VOLUME_MAK channel\nThis license is not in use.\nLicense Status: Unlicensed\n\n'
		);
		pc.run('slmgr /upk');
		expect(pc.run('slmgr /dli').output).toBe('Error: product key not found.\n\n');
		const all = pc.run('slmgr /dli all').output;
		expect(all.match(/^This license is not in use\.$/gm)?.length).toBe(2);
		expect(all).toContain(
			'VOLUME_KMSCLIENT channel\nThis license is not in use.\nLicense Status: Unlicensed\nConfigured Activation Type: All\nPlease use slmgr.vbs /ato'
		);
	});
});

describe('item 3: /ato words the states the script words', () => {
	it('non-genuine grace (4), non-genuine notification (5), extended grace (6)', () => {
		const expectAto = (
			status: Machine['status'],
			reason: string | null,
			lines: readonly string[]
		) => {
			const sim = licensedFleet();
			const out = shellAfterActivation(sim, 'PC001', status, reason).run('slmgr /ato').output;
			expect(out.split('\n').slice(1).join('\n')).toBe(`${lines.join('\n')}\n\n`);
		};
		expectAto(4, null, [SCRIPT_ERROR_PREFIX + SCRIPT_NON_GENUINE_GRACE]);
		expectAto(5, '0xC004F200', [SCRIPT_ERROR_PREFIX + SCRIPT_NON_GENUINE_NOTIFICATION]);
		expectAto(5, '0xC004F009', ['Error: Product activation failed.']);
		expectAto(6, null, [SCRIPT_ACTIVATED, SCRIPT_EXTENDED_GRACE]);
	});
});

describe('item 4: Extended PIDs carry a day of the year and a year that exist', () => {
	it('every PID slmgr prints in the presets', () => {
		expect(MS_EXTENDED_PID).toMatch(PID);
		const presets = readdirSync(new URL('../../content/scenarios/', import.meta.url))
			.filter((f) => f.endsWith('.json'))
			.map((f) => f.replace(/\.json$/, ''));
		let checked = 0;
		for (const id of presets) {
			const sim = presetAt(id, '2d');
			const start = Date.parse(sim.startDate);
			for (const name of [
				...sim.world.machines.map((m) => m.name),
				...sim.world.hosts.map((h) => h.name),
			]) {
				const out = shellOn(sim, name).run('slmgr /dlv').output;
				for (const [, pid] of out.matchAll(/(?:Extended PID|extended PID): (\S+)/g)) {
					const [, day, year] = PID.exec(pid ?? '') ?? [];
					expect(day, pid).toBeDefined();
					const issued = Date.UTC(Number(year), 0, Number(day));
					// The day exists in that year, and the PID was issued before the scenario starts.
					expect(new Date(issued).getUTCFullYear(), pid).toBe(Number(year));
					expect(Number(day), pid).toBeGreaterThan(0);
					expect(issued, pid).toBeLessThanOrEqual(start);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(20);
	});
});

describe('item 5: /ao-list shows the partial key of the CSVLK that made the object', () => {
	it("prints ADListActivationObjects' lines, the key's last five characters included", () => {
		const sim = simOf({
			forest: {},
			hostKeys: [{ key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX', group: 'ws2022' }],
			machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
		});
		const pc = shellOn(sim, 'PC001');
		pc.run('slmgr /ad-activation-online LABXX-HOSTK-EYFOR-WS202-2XXXX "Lab AO"');
		const out = pc.run('slmgr /ao-list').output;
		// slmgr.vbs: LineOut "    " & "    " & GetResource("L_MsgPartialPKey") & child.Get(ADActObjAttribPartialPkey)
		expect(out).toContain('\n        Partial Product Key: 2XXXX\n');
		expect(out).toMatch(
			/^Activation Objects\n {4}Activation Object name: Lab AO\n {8}Activation ID: \{[0-9A-F-]{36}\}\n {8}Partial Product Key: 2XXXX\n {8}AO extended PID: \S+\n {8}AO DN: CN=Lab AO,CN=Activation Objects,CN=Microsoft SPP,CN=Services,CN=Configuration,DC=corp,DC=contoso,DC=com\n\n\n$/
		);
	});
});

describe("item 8: /xpr dates the expiry from the script's Now", () => {
	// slmgr.vbs ExpirationDatime: strEnds = DateAdd("n", graceRemaining, Now)
	const world = {
		machines: [
			{ name: 'PC001', product: 'win11-enterprise' },
			{ name: 'SKEW', product: 'win11-enterprise', clockOffset: '16h' },
		],
	};

	it("on the machine itself and on a remote one, from the simulation's state", () => {
		const sim = simOf(world, '1d');
		const skew = sim.machine('SKEW') as Machine;
		const pc = sim.machine('PC001') as Machine;
		const at = (offset: number) =>
			formatWindowsDateTime(
				new Date(
					Date.parse(sim.startDate) + (sim.now + offset + sim.remainingMinutes('SKEW')) * 60_000
				),
				'en'
			);
		expect(sim.remainingMinutes('SKEW')).toBe((skew.expiresAt ?? 0) - sim.now);
		// Locally, Now is SKEW's own clock (16 hours ahead).
		expect(shellOn(sim, 'SKEW').run('slmgr /xpr').output).toBe(
			`Windows(R), Enterprise edition:\n    Initial grace period ends ${at(skew.clockOffset)}\n\n`
		);
		// Run on PC001 against SKEW, Now is PC001's clock: the same instant, a day earlier on the calendar.
		const remote = shellOn(sim, 'PC001').run('slmgr SKEW /xpr').output;
		expect(remote).toBe(
			`Windows(R), Enterprise edition:\n    Initial grace period ends ${at(pc.clockOffset)}\n\n`
		);
		expect(at(pc.clockOffset)).toBe('2/4/2026 9:00:00 AM');
		expect(at(skew.clockOffset)).toBe('2/5/2026 1:00:00 AM');
	});
});
