import { describe, expect, it } from 'vitest';
import { firewallAdmits } from '../../src/engine/index.ts';
import { kms, minutes, presetAt, shellOn, simOf } from './helpers.ts';

/** Commands change the world the way they would at a real prompt, and only through engine actions. */

describe('slmgr changes the world', () => {
	it('/skms then /ato activates the new client in dns-missing', () => {
		const sim = presetAt('dns-missing', '40d1h');
		const pc = shellOn(sim, 'PC031');
		expect(pc.run('slmgr /ato').output).toContain('0x8007232B');
		expect(pc.run('slmgr /skms KMS01.corp.contoso.com').output).toBe(
			'Key Management Service machine name set to KMS01.corp.contoso.com successfully.\n\n'
		);
		expect(sim.machine('PC031')?.manualKms).toEqual({ host: 'KMS01.corp.contoso.com', port: null });
		expect(pc.run('slmgr /ato').output).toContain('Product activated successfully.');
		expect(sim.machine('PC031')?.status).toBe(1);
		const dlv = pc.run('slmgr /dlv').output;
		expect(dlv).toContain('Registered KMS machine name: KMS01.corp.contoso.com:1688');
		expect(pc.run('slmgr /ckms').output).toBe(
			'Key Management Service machine name cleared successfully.\n\n'
		);
		expect(sim.machine('PC031')?.manualKms).toBeNull();
	});

	it('enabling the firewall rule on the host fixes the firewall preset', () => {
		const sim = presetAt('firewall', '1d');
		expect(sim.machine('PC001')?.status).toBe(2);
		const host = shellOn(sim, 'KMS01');
		expect(
			host.run('Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True')
				.output
		).toBe('');
		expect(sim.host('KMS01')?.firewallOpen).toBe(true);
		expect(
			shellOn(sim, 'PC001').run('Test-NetConnection -ComputerName KMS01 -Port 1688').output
		).toContain('TcpTestSucceeded : True');
		sim.runFor(minutes('5h'));
		expect(sim.machines().every((m) => m.status === 1)).toBe(true);
	});

	it('a rule enabled only for the Public profile does not open the port on a domain host', () => {
		const sim = presetAt('firewall', '1d');
		shellOn(sim, 'KMS01').run(
			'Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Public -Enabled True'
		);
		const host = sim.host('KMS01')!;
		expect([host.firewallOpen, host.firewallProfile, firewallAdmits(host)]).toEqual([
			true,
			'Public',
			false,
		]);
		expect(shellOn(sim, 'KMS01').run('Get-NetFirewallRule -Name SPPSVC-In-TCP').output).toMatch(
			/Enabled\s+: True/
		);
	});

	it('w32tm /resync fixes the clock-skew client', () => {
		const sim = presetAt('clock-skew', '12h');
		const pc = shellOn(sim, 'PC026');
		// The host's 0xC004F06C reaches the reader as 0xC004F074 (rule R3).
		expect(pc.run('slmgr /ato').output).toContain('0xC004F074');
		expect(pc.run('w32tm /resync').output).toBe(
			'Sending resync command to local computer\nThe command completed successfully.\n'
		);
		expect(sim.machine('PC026')?.clockOffset).toBe(0);
		expect(pc.run('slmgr /ato').output).toContain('Product activated successfully.');
	});

	it('installing and activating the newer host key on the host fixes old-host-key', () => {
		const sim = presetAt('old-host-key', '1d');
		const pc = shellOn(sim, 'PC001');
		expect(pc.run('slmgr /ato').output).toContain('0xC004F042');
		const host = shellOn(sim, 'KMS01');
		expect(host.run('slmgr /ipk LABXX-HOSTK-EYFOR-WS202-2XXXX').output).toBe(
			'Installed product key LABXX-HOSTK-EYFOR-WS202-2XXXX successfully.\n\n'
		);
		expect(sim.host('KMS01')?.hostKey).toBe('ws2022');
		expect(host.run('slmgr /dli').output).toContain('License Status: Unlicensed');
		expect(host.run('slmgr /ato').output).toContain('Product activated successfully.');
		expect(sim.host('KMS01')?.keyActivated).toBe(true);
		sim.runFor(minutes('3h'));
		expect(sim.machine('PC001')?.status).toBe(1);
	});

	it('sysprep /generalize gives a cloned machine a new CMID', () => {
		const sim = presetAt('cloned-image', '1d');
		const before = sim.machine('PC002')?.cmid;
		expect(sim.machine('PC001')?.cmid).toBe(before);
		expect(shellOn(sim, 'PC002').run('sysprep /generalize /oobe /shutdown').output).toContain(
			'new client machine ID'
		);
		expect(sim.machine('PC002')?.cmid).not.toBe(before);
	});

	it("/ipk rejects a malformed key with 0xC004F050 and another edition's key with 0xC004F069", () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
		});
		const pc = shellOn(sim, 'PC001');
		expect(pc.run('slmgr /ipk 12345').output).toBe(
			'Error: 0xC004F050 The Software Licensing Service reported that the product key is invalid\n\n[KMS Lab] The product key is not valid (expected five groups of five characters).\n'
		);
		const otherEdition = pc.run('slmgr /ipk W269N-WFGWX-YVC9B-4J6C9-T83GX').output;
		expect(
			otherEdition.startsWith(
				"Error: 0xC004F069 On a computer running Microsoft Windows non-core edition, run 'slui.exe 0x2a 0xC004F069' to display the error text.\n"
			)
		).toBe(true);
		expect(otherEdition).toContain('[KMS Lab] This GVLK is for another edition');
		// A KMS host key never goes on a client.
		const sim2 = simOf({
			hostKeys: [{ key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX', group: 'ws2022' }],
			machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
		});
		expect(
			shellOn(sim2, 'PC001', 'ja').run('slmgr /ipk LABXX-HOSTK-EYFOR-WS202-2XXXX').output
		).toContain('KMS ホスト キー (CSVLK) です');
		expect(sim.machine('PC001')?.key?.partial).toBe('2YT43');
		expect(pc.run('slmgr /ipk NPPR9-FWDCX-D2C8J-H872K-2YT43').output).toBe(
			'Installed product key NPPR9-FWDCX-D2C8J-H872K-2YT43 successfully.\n\n'
		);
	});

	it('options needing elevation fail with 0x80070005 at a normal prompt and change nothing', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
		});
		const pc = shellOn(sim, 'PC001', 'en', false);
		expect(pc.prompt()).toBe('C:\\Users\\Administrator>');
		const denied =
			'Error: 0x80070005 Access denied: the requested action requires elevated privileges\n\n';
		expect(pc.run('slmgr /ipk W269N-WFGWX-YVC9B-4J6C9-T83GX').output).toBe(denied);
		expect(pc.run('slmgr /skms kms01').output).toBe(denied);
		expect(pc.run('slmgr /upk').output).toBe(denied);
		expect(pc.run('slmgr /rearm').output).toBe(denied);
		expect(sim.machine('PC001')?.manualKms).toBeNull();
		expect(sim.machine('PC001')?.key).not.toBeNull();
		expect(pc.run('slmgr /dli').output).toContain('License Status:');
		// KMS activation does not need elevation.
		expect(pc.run('slmgr /ato').output).toContain('Activating Windows(R), Enterprise edition');
		expect(pc.run('slmgr /ato').output).not.toContain('0x80070005');
		expect(
			shellOn(sim, 'PC001', 'ja', false).run('slmgr /ipk W269N-WFGWX-YVC9B-4J6C9-T83GX').output
		).toBe(
			'エラー: 0x80070005 アクセスが拒否されました: 要求された操作には管理者特権が必要です\n\n'
		);
		pc.setElevated(true);
		expect(pc.prompt()).toBe('C:\\Windows\\system32>');
		expect(pc.run('slmgr /skms kms01').output).toContain('successfully');
	});

	it('host-only options warn on a client and on a host whose key is not activated', () => {
		const sim = simOf({
			hosts: [kms('KMS01', { activated: false })],
			machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
		});
		const pc = shellOn(sim, 'PC001');
		expect(pc.run('slmgr /sai 60').output).toBe(
			'Warning: Volume activation interval can only be set on a KMS machine that is also activated.\n\n'
		);
		expect(pc.run('slmgr /sri 60').output).toBe(
			'Warning: Volume renewal interval can only be set on a KMS machine that is also activated.\n\n'
		);
		expect(pc.run('slmgr /sprt 1700').output).toBe(
			'Warning: KMS port can only be set on a KMS machine that is also activated.\n\n'
		);
		expect(pc.run('slmgr /cdns').output).toBe(
			'Warning: DNS Publishing can only be set on a KMS machine that is also activated.\n\n'
		);
		expect(pc.run('slmgr /cpri').output).toBe(
			'Warning: Priority can only be set on a KMS machine that is also activated.\n\n'
		);
		expect(shellOn(sim, 'KMS01').run('slmgr /sdns').output).toBe(
			'Warning: DNS Publishing can only be set on a KMS machine that is also activated.\n\n'
		);
		expect(pc.run('slmgr /sai -5').output).toBe('Error: The data is invalid\n\n');
	});

	it('host options change the host through the engine', () => {
		const sim = simOf({ hosts: [kms()] });
		const host = shellOn(sim, 'KMS01');
		expect(host.run('slmgr /sai 60').output).toBe(
			'Volume activation interval set to 60 minutes successfully.\nWarning: a KMS reboot is needed for this setting to take effect.\n\n'
		);
		expect(sim.host('KMS01')?.activationInterval).toBe(60);
		expect(host.run('slmgr /sri 20160').output).toContain(
			'Volume renewal interval set to 20160 minutes successfully.'
		);
		expect(sim.host('KMS01')?.renewalInterval).toBe(20160);
		expect(host.run('slmgr /sri 5').output).toContain('0x80070057');
		expect(host.run('slmgr /sprt 1700').output).toBe(
			'KMS port set to 1700 successfully.\nWarning: a KMS reboot is needed for this setting to take effect.\n\n'
		);
		expect(host.run('slmgr /dlv').output).toContain('Listening on Port: 1688');
		expect(host.run('Restart-Service sppsvc').output).toBe('');
		expect(host.run('slmgr /dlv').output).toContain('Listening on Port: 1700');
		expect(host.run('slmgr /cdns').output).toContain('DNS publishing disabled');
		expect(sim.host('KMS01')?.dnsPublishing).toBe(false);
		expect(host.run('slmgr /cpri').output).toContain('KMS priority set to Low');
		expect(sim.host('KMS01')?.lowPriority).toBe(true);
		expect(host.run('slmgr /dlv').output).toContain('KMS priority: Low');
		expect(host.run('slmgr /spri').output).toContain('KMS priority set to Normal');
		expect(host.run('slmgr /sprt abc').output).toBe(
			'Error: 13 Type mismatch (Microsoft VBScript runtime error)\n\n'
		);
	});

	it('client settings: lookup domain, host caching, activation type, rearm, uninstall', () => {
		const sim = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
		});
		const pc = shellOn(sim, 'PC001');
		expect(pc.run('slmgr /skms-domain corp.contoso.com').output).toBe(
			'Key Management Service lookup domain set to corp.contoso.com successfully.\n\n'
		);
		expect(sim.machine('PC001')?.lookupDomain).toBe('corp.contoso.com');
		expect(pc.run('slmgr /skms kms01:1688').output).toBe(
			'Key Management Service machine name set to kms01:1688 successfully.\nWarning: /skms setting overrides the /skms-domain setting. kms01:1688 will be used for activation.\n\n'
		);
		expect(sim.machine('PC001')?.manualKms).toEqual({ host: 'kms01', port: 1688 });
		expect(pc.run('slmgr /ckms-domain').output).toBe(
			'Key Management Service lookup domain cleared successfully.\nWarning: /skms setting is in effect. kms01:1688 will be used for activation.\n\n'
		);
		expect(pc.run('slmgr /ckhc').output).toBe('KMS host caching is disabled\n\n');
		expect(sim.machine('PC001')?.hostCaching).toBe(false);
		expect(pc.run('slmgr /act-type 2').output).toBe('Volume activation type set successfully.\n\n');
		expect(sim.machine('PC001')?.actType).toBe(2);
		expect(pc.run('slmgr /dli').output).toContain('Configured Activation Type: KMS');
		expect(pc.run('slmgr /act-type 7').output).toBe('Error: The data is invalid\n\n');
		const rearms = sim.machine('PC001')?.rearmsLeft ?? 0;
		expect(pc.run('slmgr /rearm').output).toBe(
			'Command completed successfully.\nPlease restart the system for the changes to take effect.\n\n'
		);
		expect(sim.machine('PC001')?.rearmsLeft).toBe(rearms - 1);
		expect(pc.run('slmgr /upk').output).toBe('Uninstalled product key successfully.\n\n');
		expect(sim.machine('PC001')?.key).toBeNull();
		expect(pc.run('slmgr /dli').output).toBe('Error: product key not found.\n\n');
		expect(pc.run('slmgr /ato').output).toBe('Error: product not found.\n\n');
	});

	it('ADBA: create, list and delete an activation object', () => {
		const sim = simOf({
			forest: {},
			hostKeys: [{ key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX', group: 'ws2022' }],
			machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
		});
		const pc = shellOn(sim, 'PC001');
		expect(pc.run('slmgr /ao-list').output).toBe('Activation Objects\n    No objects found\n\n');
		expect(
			pc.run('slmgr /ad-activation-online LABXX-HOSTK-EYFOR-WS202-2XXXX "Lab AO"').output
		).toBe('Product activated successfully.\n\n');
		expect(sim.world.forest?.activationObjects.map((o) => o.name)).toEqual(['Lab AO']);
		expect(pc.run('slmgr /ao-list').output).toContain('    Activation Object name: Lab AO\n');
		expect(pc.run('slmgr /ato').output).toContain('Product activated successfully.');
		expect(pc.run('slmgr /dlv').output).toContain('AD Activation client information');
		expect(pc.run('slmgr /del-ao "Lab AO"').output).toBe(
			'    AO DN: CN=Lab AO,CN=Activation Objects,CN=Microsoft SPP,CN=Services,CN=Configuration,DC=corp,DC=contoso,DC=com\n\nOperation completed successfully.\n\n'
		);
		expect(sim.world.forest?.activationObjects).toEqual([]);
		expect(pc.run('slmgr /del-ao "Lab AO"').output).toContain('0x80072030');
	});

	it('phone activation of the forest: get the IID, apply the matching CID', async () => {
		const { confirmationIdFor } = await import('../../src/engine/index.ts');
		const sim = simOf({
			forest: {},
			hostKeys: [{ key: 'LABXX-HOSTK-EYFOR-WS202-2XXXX', group: 'ws2022' }],
			machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
		});
		const pc = shellOn(sim, 'PC001');
		const out = pc.run('slmgr /ad-activation-get-IID LABXX-HOSTK-EYFOR-WS202-2XXXX').output;
		const iid = /Installation ID: (\d+)/.exec(out)?.[1] ?? '';
		expect(iid.length).toBeGreaterThan(40);
		expect(
			pc.run('slmgr /ad-activation-apply-cid LABXX-HOSTK-EYFOR-WS202-2XXXX 123').output
		).toContain('0xC004F02C');
		expect(
			pc.run(
				`slmgr /ad-activation-apply-cid LABXX-HOSTK-EYFOR-WS202-2XXXX ${confirmationIdFor(iid)} Phone`
			).output
		).toBe('Product activated successfully.\n\n');
		expect(sim.world.forest?.activationObjects.map((o) => o.method)).toEqual(['phone']);
	});

	it('MAK by phone: /dti then /atp with the confirmation ID', async () => {
		const { confirmationIdFor } = await import('../../src/engine/index.ts');
		const sim = simOf({
			internet: false,
			makPools: [{ id: 'm', key: 'LABMA-KKEYX-XXXXX-XXXXX-XXX10', remaining: 5 }],
			machines: [{ prefix: 'PC', count: 1, product: 'win11-pro', key: 'mak:m' }],
		});
		const pc = shellOn(sim, 'PC001');
		expect(pc.run('slmgr /ato').output).toContain('0x80072EE7');
		const iid = /Installation ID: (\d+)/.exec(pc.run('slmgr /dti').output)?.[1] ?? '';
		expect(pc.run(`slmgr /atp ${confirmationIdFor(iid)}`).output).toMatch(
			/^Confirmation ID for product .* deposited successfully\.\n\n$/
		);
		expect(sim.machine('PC001')?.status).toBe(1);
		expect(pc.run('slmgr /xpr').output).toContain('The machine is permanently activated.');
	});
});

describe('slmgr usage and messages', () => {
	const sim = simOf({ machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }] });
	const pc = shellOn(sim, 'PC001');

	it('accepts every spelling of the command and of options', () => {
		const dli = pc.run('slmgr /dli').output;
		expect(pc.run('slmgr.vbs -DLI').output).toBe(dli);
		expect(pc.run('cscript //nologo slmgr.vbs /dli').output).toBe(dli);
		expect(pc.run('cscript C:\\Windows\\System32\\slmgr.vbs /dli').output).toBe(
			`Microsoft (R) Windows Script Host Version 5.812\nCopyright (C) Microsoft Corporation. All rights reserved.\n\n${dli}`
		);
	});

	it('prints the usage for an unknown option, no option, or a removed one', () => {
		const unknown = pc.run('slmgr /del-obj').output;
		expect(
			unknown.startsWith(
				'Unrecognized option: /del-obj\n\nWindows Software Licensing Management Tool\n'
			)
		).toBe(true);
		expect(unknown).toContain('/del-ao <Activation Object DN | Activation Object RDN>');
		expect(
			pc
				.run('slmgr')
				.output.startsWith(
					'Invalid combination of command parameters.\n\nWindows Software Licensing Management Tool'
				)
		).toBe(true);
		expect(pc.run('slmgr /stao').output.startsWith('Unrecognized option: /stao')).toBe(true);
		expect(pc.run('slmgr /?').output).toContain('Unrecognized option: /?');
	});

	it('names a missing parameter the way slmgr does', () => {
		expect(
			pc
				.run('slmgr /ipk')
				.output.startsWith(
					'\nError: option ipk needs <Product Key>\nWindows Software Licensing Management Tool'
				)
		).toBe(true);
		expect(pc.run('slmgr /skms').output).toContain(
			'Error: option skms needs <Name[:Port] | : port>'
		);
	});

	it('prints the token-based listings (nothing installed) and the remote-execution refusal', () => {
		expect(pc.run('slmgr /lil').output).toBe(
			'Token-based Activation Issuance Licenses:\n\nNo licenses found.\n\n'
		);
		expect(pc.run('slmgr /ltc').output).toBe('');
		expect(pc.run('slmgr PC001 /ao-list').output).toContain('0x8007054B');
		expect(pc.run('slmgr NOSUCHPC /dli').output).toBe(
			'Error 0x800706BA occurred in connecting to server NOSUCHPC. The RPC server is unavailable\n\n'
		);
	});
});

describe('cmd.exe behaviour', () => {
	const sim = simOf({
		hosts: [kms()],
		machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
	});

	it("unknown commands get cmd.exe's message in both languages", () => {
		expect(shellOn(sim, 'PC001').run('slmrg /dli').output).toBe(
			"'slmrg' is not recognized as an internal or external command,\noperable program or batch file.\n"
		);
		expect(shellOn(sim, 'PC001', 'ja').run('slmrg /dli').output).toBe(
			"'slmrg' は、内部コマンドまたは外部コマンド、\n操作可能なプログラムまたはバッチ ファイルとして認識されていません。\n"
		);
	});

	it('cls clears, hostname prints the name, help lists the commands', () => {
		const pc = shellOn(sim, 'PC001');
		expect(pc.run('cls')).toEqual({ output: '', clear: true, exitCode: 0 });
		expect(pc.run('hostname').output).toBe('PC001\n');
		expect(pc.run('help').output).toContain('SLMGR');
		expect(pc.run('nslookup /?').output).toContain('nslookup -type=srv _vlmcs._tcp');
	});

	it('runs &&, || and pipes, and keeps redirected output for type', () => {
		const pc = shellOn(sim, 'PC001');
		expect(pc.run('hostname && hostname').output).toBe('PC001\nPC001\n');
		expect(pc.run('nosuch || hostname').output).toContain('PC001');
		expect(pc.run('slmgr /dlv | findstr /i "status"').output).toBe(
			'License Status: Initial grace period\n'
		);
		expect(pc.run('nslookup -type=all _vlmcs._tcp>kms.txt').output).toBe('');
		expect(pc.run('type kms.txt').output).toContain('svr hostname   = KMS01.corp.contoso.com');
	});

	it('net and sc control the Software Protection service', () => {
		const s = simOf({
			hosts: [kms()],
			machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }],
		});
		const host = shellOn(s, 'KMS01');
		expect(host.run('net stop sppsvc').output).toBe(
			'The Software Protection service is stopping.\nThe Software Protection service was stopped successfully.\n\n'
		);
		expect(s.host('KMS01')?.serviceRunning).toBe(false);
		expect(host.run('sc query sppsvc').output).toContain('STATE              : 1  STOPPED');
		expect(shellOn(s, 'PC001').run('Test-NetConnection KMS01 -Port 1688').output).toContain(
			'TcpTestSucceeded       : False'
		);
		expect(host.run('net stop sppsvc').output).toContain('NET HELPMSG 3521');
		expect(host.run('net start sppsvc').output).toContain('was started successfully');
		expect(s.host('KMS01')?.serviceRunning).toBe(true);
		expect(shellOn(s, 'KMS01', 'en', false).run('net stop sppsvc').output).toBe(
			'System error 5 has occurred.\n\nAccess is denied.\n\n'
		);
		expect(s.host('KMS01')?.serviceRunning).toBe(true);
	});

	it('slui shows the shared error text', () => {
		expect(shellOn(sim, 'PC001').run('slui 0x2a 0xC004F038').output).toContain(
			'Error code: 0xC004F038'
		);
		expect(shellOn(sim, 'PC001', 'ja').run('slui 0x2a 0xC004F038').output).toContain(
			'エラー コード: 0xC004F038'
		);
	});

	it('runs a PowerShell command given to powershell -Command', () => {
		expect(
			shellOn(sim, 'PC001').run('powershell -Command "Test-NetConnection KMS01 -Port 1688"').output
		).toContain('TcpTestSucceeded : True');
	});

	it('reads events with wevtutil in text and XML form', () => {
		const s = presetAt('firewall', '3h');
		const pc = shellOn(s, 'PC001');
		const text = pc.run(
			'wevtutil qe Application /q:"*[System[(EventID=12288)]]" /c:1 /rd:true /f:text'
		).output;
		expect(text).toContain('Event ID: 12288');
		expect(text).toContain('0x800706BA');
		expect(pc.run('wevtutil qe Application /c:1').output).toMatch(
			/^<Event xmlns=.*<EventID Qualifiers='16384'>12288<\/EventID>/
		);
	});
});

describe('prompt details', () => {
	it('expands cmd.exe variables and explains a machine that is not in the world', () => {
		const sim = simOf({ machines: [{ prefix: 'PC', count: 1, product: 'win11-enterprise' }] });
		expect(shellOn(sim, 'PC001').run('echo %COMPUTERNAME% %USERDNSDOMAIN% %NOPE%').output).toBe(
			'PC001 CORP.CONTOSO.COM %NOPE%\n'
		);
		expect(shellOn(sim, 'PC099').run('slmgr /dli').output).toBe(
			'[KMS Lab] There is no computer named PC099 in this simulation (yet): nothing can run on it.\n'
		);
	});
});
