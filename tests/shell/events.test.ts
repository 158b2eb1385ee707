import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../src/shell/messages/all.ts';
import { kms, presetAt, shellOn, simOf } from './helpers.ts';

/**
 * The event commands over the engine's log: which log each event is in (src/data/events.ts), the Info
 * fields as Microsoft's samples show them, and what a reader sees of clock skew and of a second
 * host that may not publish (R3 and R8, src/data/rules.ts).
 */

/** The Info line of the newest event a Format-List view shows. */
function infoOf(output: string): string[] {
	const lines = output.split('\n').map((l) => l.trim());
	const at = lines.findIndex((l) => l === 'Info:' || l === '情報:');
	return (lines[at + 1] ?? '').split(/,\s?/);
}

/** Microsoft's sample events in the 0xC004F074 article (ERR_F074 in src/data/rules.ts). */
const SAMPLE_12288_TIME = '2010/09/29 17:52';
const SAMPLE_12290_TIME = '2010/9/29 21:46';
const CLIENT_TIME = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/;
const HOST_TIME = /^\d{4}\/[1-9]\d?\/[1-9]\d? \d{1,2}:\d{2}$/;

describe('clock skew seen from the prompt', () => {
	it.each(['en', 'ja'] as const)(
		"/ato prints slmgr.vbs's 0xC004F074 text, while 12288 and 12290 carry 0xC004F06C (%s)",
		(lang) => {
			const sim = presetAt('clock-skew', '12h');
			const cat = catalogueFor(lang);
			const pc = shellOn(sim, 'PC026', lang);
			const ato = pc.run('slmgr /ato').output.split('\n');
			expect(ato).toContain(
				`${cat.messages.errorPrefix}0xC004F074 ${cat.slmgrErrors['0xC004F074']}`
			);
			expect(ato.join('\n')).not.toContain('0xC004F06C');
			expect(
				infoOf(
					pc.run(
						"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288} -MaxEvents 1 | fl"
					).output
				)[0]
			).toBe('0xC004F06C');
			const host = shellOn(sim, 'KMS01', lang);
			const info = infoOf(
				host.run(
					"Get-WinEvent -FilterHashtable @{LogName='Key Management Service'; Id=12290} -MaxEvents 1 | fl"
				).output
			);
			expect([info[0], info[2]]).toEqual(['0xC004F06C', 'PC026']);
		}
	);
});

describe("client time in the events, in the format of Microsoft's samples", () => {
	it('12290 on the host writes it like 2010/9/29 21:46; 12288 and 12289 on the client like 2010/09/29 17:52', () => {
		expect(SAMPLE_12290_TIME).toMatch(HOST_TIME);
		expect(SAMPLE_12288_TIME).toMatch(CLIENT_TIME);
		// PC026's clock is 5 h fast: its requests carry 2026-01-06 02:00, one-digit month, day and hour.
		const sim = presetAt('clock-skew', '12h');
		const host = infoOf(
			shellOn(sim, 'KMS01').run(
				"Get-WinEvent -FilterHashtable @{LogName='Key Management Service'; Id=12290} -MaxEvents 1 | fl"
			).output
		);
		expect(host[4]).toBe('2026/1/6 2:00');
		expect(host[4]).toMatch(HOST_TIME);
		const pc = shellOn(sim, 'PC001');
		expect(
			infoOf(
				pc.run("Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288} -MaxEvents 1 | fl")
					.output
			)[4]
		).toMatch(CLIENT_TIME);
		expect(
			infoOf(
				pc.run("Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12289} -MaxEvents 1 | fl")
					.output
			)[7]
		).toMatch(CLIENT_TIME);
	});
});

describe('which log holds which event', () => {
	/** KMS01 publishes; KMS02 may not (KMS01 owns the name); clients make KMS01 log 12290. */
	const world = () =>
		simOf(
			{
				hosts: [kms('KMS01'), kms('KMS02')],
				machines: [{ prefix: 'PC', count: 2, product: 'win11-enterprise' }],
			},
			'1h'
		);

	it("12293 and 12294 are in the host's Application log (source Microsoft-Windows-Security-SPP), 12290 only in Key Management Service", () => {
		const sim = world();
		const kms01 = shellOn(sim, 'KMS01');
		const app = kms01.run('Get-WinEvent -LogName Application | fl').output;
		expect(app).toMatch(
			/ProviderName : Microsoft-Windows-Security-SPP\nId {11}: 12294\nMessage {6}: Publishing the Key Management Service \(KMS\) to DNS in the corp\.contoso\.com domain was successful\./
		);
		expect(app).not.toContain('12290');
		const kmsLog = kms01.run("Get-WinEvent -LogName 'Key Management Service' | fl").output;
		expect(kmsLog).toContain('Id           : 12290');
		expect(kmsLog).not.toMatch(/1229[34]/);
		expect(
			kms01.run("Get-WinEvent -FilterHashtable @{LogName='Key Management Service'; Id=12294} | fl")
				.output
		).toContain('No events were found');

		const kms02 = shellOn(sim, 'KMS02');
		const text = kms02.run('wevtutil qe Application /f:text').output;
		expect(text).toContain(
			'  Log Name: Application\n  Source: Microsoft-Windows-Security-SPP\n  Date: 2026-01-05T09:00:00.000\n  Event ID: 12293\n'
		);
		expect(text).toContain(
			'\nPublishing the Key Managment Service (KMS) to DNS in the corp.contoso.com domain failed.\nInfo:\n0x80072338\n'
		);
		expect(kms02.run('wevtutil qe "Key Management Service" /f:text').output).toBe('');
		expect(kms02.run('wevtutil qe Application').output).toContain(
			'<Channel>Application</Channel><Computer>KMS02.corp.contoso.com</Computer></System><EventData><Data>corp.contoso.com</Data><Data>0x80072338</Data></EventData>'
		);
		expect(kms02.run('Get-WinEvent -LogName Application').output).toMatch(
			/ProviderName: Microsoft-Windows-Security-SPP\n\nTimeCreated[^\n]*\n[^\n]*\n1\/5\/2026 9:00:00 AM +12293 Information +Publishing/
		);
	});

	it('the Japanese prompt puts them in the same logs', () => {
		const sim = world();
		const app = shellOn(sim, 'KMS02', 'ja').run('wevtutil qe Application /f:text').output;
		expect(app).toContain('  ログの名前: Application\n  ソース: Microsoft-Windows-Security-SPP\n');
		expect(app).toContain(
			'キー管理サービス (KMS) を corp.contoso.com ドメインの DNS に発行できませんでした。\n情報:\n0x80072338\n'
		);
	});
});

describe('a second host publishing', () => {
	it('fails with 12293 0x80072338 until a DNS admin grants it rights and its service restarts; then 12294', () => {
		const sim = simOf({ hosts: [kms('KMS01'), kms('KMS02')] }, '1h');
		const kms02 = shellOn(sim, 'KMS02');
		const before = kms02.run(
			"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12293,12294} | fl"
		).output;
		expect(before).toContain('Id           : 12293');
		expect(before).not.toContain('12294');
		sim.dispatch({ type: 'grantSrvRecordRights', zone: 'corp.contoso.com', host: 'KMS02' });
		kms02.run('net stop sppsvc');
		kms02.run('net start sppsvc');
		const after = kms02.run(
			"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12293,12294} -MaxEvents 1 | fl"
		).output;
		expect(after).toContain('Id           : 12294');
		expect(sim.srvRecords('corp.contoso.com').map((r) => r.target)).toEqual([
			'KMS01.corp.contoso.com',
			'KMS02.corp.contoso.com',
		]);
	});
});
