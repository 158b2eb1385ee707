import { DATA_CAUSE_RULES } from '../../../src/data/dataCauseRules.ts';
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { CAUSE_RULES, EXTRA_CODES } from '../../../src/data/diagnosis.ts';
import { findErrorMeaning } from '../../../src/data/errorMeanings.ts';
import { catalogueFor } from '../../../src/shell/messages/all.ts';
import { diagnose } from '../../../src/tools/diagnose/index.ts';
import { normalizePaste } from '../../../src/tools/diagnose/normalize.ts';
import { matchLabel } from '../../../src/tools/diagnose/slmgr.ts';

/** The text forms each parser reads, and the data the rules rely on. */

const INFO_12288 =
	'0xC004F074, 0x00000000, kms01.contoso.com:1688, 36f27b39-2fd5-440b-be67-a09996d27a38, 2026/01/05 14:00, 0, 2, 43200, 68531fb9-5511-4989-97be-d11a0f55633f, 25';

describe('events in every form', () => {
	const first = (text: string) => diagnose([text]).pastes[0]?.events[0];
	it.each([
		[
			'Format-List',
			`Id           : 12288\nMessage      : The client has sent an activation request to the key management service machine.\n               Info:\n               ${INFO_12288}`,
		],
		[
			'wevtutil /f:text',
			`Event[0]:\n  Log Name: Application\n  Event ID: 12288\n  Description: \nThe client has sent an activation request to the key management service machine.\nInfo:\n${INFO_12288}`,
		],
		[
			'Japanese wevtutil',
			`Event[0]:\n  イベント ID: 12288\n  説明: \nクライアントはキー管理サービス コンピューターにライセンス認証要求を送信しました。\n情報:\n${INFO_12288}`,
		],
		[
			'XML, one Data per field',
			`<Event xmlns='x'><System><EventID Qualifiers='16384'>12288</EventID></System><EventData>${INFO_12288.split(
				', '
			)
				.map((v) => `<Data>${v}</Data>`)
				.join('')}</EventData></Event>`,
		],
		[
			'XML, one Data with the Info line',
			`<Event><System><EventID>12288</EventID></System><EventData><Data>${INFO_12288}</Data></EventData></Event>`,
		],
		['the Info line alone', INFO_12288],
	])('%s', (_form, text) => {
		const e = first(text);
		expect(e?.id).toBe(12288);
		expect(e?.hresult).toBe('0xC004F074');
		expect(e?.fields.find((f) => f.name === 'nPolicy')?.value).toBe('25');
		expect(e?.fields.find((f) => f.name === 'server')?.value).toBe('kms01.contoso.com:1688');
	});

	it('the table view gives the ID even though the message is cut', () => {
		const d = diagnose([
			'TimeCreated                     Id LevelDisplayName Message\n-----------                     -- ---------------- -------\n1/6/2026 9:00:00 AM          12289 Information      The client has processed an activation resp...',
		]);
		expect(d.pastes[0]?.events.map((e) => e.id)).toEqual([12289]);
	});

	it('12294 is publishing that worked, with no Info', () => {
		const d = diagnose([
			"Event ID: 12294\nPublishing the Key Management Service (KMS) to DNS in the 'corp.contoso.com' domain was successful.",
		]);
		expect(d.pastes[0]?.events.map((e) => e.id)).toEqual([12294]);
		expect(d.causes).toEqual([]);
	});
});

describe('network output', () => {
	it('reads a missing record (English and Japanese nslookup) as no SRV record', () => {
		for (const text of [
			"Server:  dc01.corp.contoso.com\nAddress:  10.0.0.2\n\n*** dc01.corp.contoso.com can't find _vlmcs._tcp: Non-existent domain",
			'サーバー:  dc01\nAddress:  10.0.0.2\n\n*** dc01 が _vlmcs._tcp.corp.contoso.com を見つけられません: Non-existent domain',
		]) {
			const d = diagnose([text]);
			expect(d.pastes[0]?.dnsFailure?.reason).toBe('nxdomain');
			expect(d.causes[0]?.id).toBe('no_srv_record');
		}
	});

	it('reads the aligned layout Microsoft prints in kms.txt', () => {
		const d = diagnose([
			'_vlmcs._tcp.contoso.com                            SRV service location:\n                  priority       = 0\n                  weight         = 0\n                  port           = 1688\n                  svr hostname   = kms-server.contoso.com |',
		]);
		expect(d.pastes[0]?.srv[0]).toMatchObject({
			target: 'kms-server.contoso.com',
			port: 1688,
			priority: 0,
			weight: 0,
		});
	});

	it('reads Test-NetConnection warnings', () => {
		expect(
			diagnose([
				'WARNING: TCP connect to (10.0.0.10 : 1688) failed\nComputerName           : kms01\nRemotePort             : 1688\nTcpTestSucceeded       : False',
			]).causes[0]
		).toMatchObject({ id: 'port_blocked', params: { host: 'kms01', port: 1688 } });
		expect(diagnose(['WARNING: Name resolution of kms99 failed']).causes[0]?.id).toBe(
			'name_resolution_failed'
		);
	});
});

describe('normalize', () => {
	const never = (): boolean => false;
	it('takes \\r\\n, lone \\r and \\n alike, and keeps the original line numbers', () => {
		const lines = normalizePaste('a\r\nb\rc\nd', never).lines;
		expect(lines.map((l) => [l.text, l.from])).toEqual([
			['a', 1],
			['b', 2],
			['c', 3],
			['d', 4],
		]);
	});

	it('drops the dialog frame, the OK button and the cscript banner; keeps prompts as commands', () => {
		const lines = normalizePaste(
			'---------------------------\nWindows Script Host\n---------------------------\nMicrosoft (R) Windows Script Host Version 5.812\nC:\\Windows\\system32>slmgr /dli\nName: x\nOK\n',
			never
		).lines;
		expect(lines.map((l) => l.command ?? l.text)).toEqual(['slmgr /dli', 'Name: x', '']);
	});

	it('joins a line cut at 80 columns (half-width or full-width text)', () => {
		const long = 'Description: Windows Operating System - Windows Server(R), VOLUME_KMSCLIENT chan';
		expect(long.length).toBe(80);
		expect(normalizePaste(`${long}\nnel`, never).lines.map((l) => [l.text, l.from, l.to])).toEqual([
			[`${long}nel`, 1, 2],
		]);
	});

	it('never glues a new field onto a wrapped line', () => {
		const long = `Name: ${'x'.repeat(74)}`;
		const lines = normalizePaste(
			`${long}\nDescription: y`,
			(t) => matchLabel(t) !== undefined
		).lines;
		expect(lines.length).toBe(2);
	});
});

describe('labels', () => {
	const SLMGR_KEYS = [
		'serviceVersion',
		'productName',
		'productDesc',
		'actId',
		'appId',
		'pid4',
		'channel',
		'installationId',
		'partialPKey',
		'licenseNotInUse',
		'statusLicensed',
		'statusUnlicensed',
		'remainingWindowsRearm',
		'remainingSkuRearm',
		'trustedTime',
		'activationTypeAll',
		'kmsInfo',
		'cmid',
		'registeredKmsName',
		'kmsLookupDomain',
		'kmsFromDns',
		'kmsFromDnsUnavailable',
		'kmsIpAddress',
		'kmsPid4',
		'activationInterval',
		'renewalInterval',
		'hostCachingEnabled',
		'hostCachingDisabled',
		'kmsEnabled',
		'kmsCurrentCount',
		'kmsListeningOnPort',
		'dnsPublishingEnabled',
		'dnsPublishingDisabled',
		'kmsPriNormalLabel',
		'kmsTotalRequests',
		'kmsFailedRequests',
		'adInfo',
		'adAoName',
		'adAoDn',
		'adAoPid',
		'adAoActId',
		'pleaseActivate',
		'activated',
		'activationFailed',
		'xprPermanent',
		'xprNotification',
	] as const;
	it.each(['en', 'ja'] as const)('every slmgr line the %s shell prints is recognised', (lang) => {
		const m = catalogueFor(lang).messages;
		const missed = SLMGR_KEYS.filter(
			(k) =>
				matchLabel(`${m[k].replace(/%\w+%/g, '1')}${m[k].endsWith(': ') ? 'x' : ''}`) === undefined
		);
		expect(missed).toEqual([]);
	});
});

describe('combining pastes', () => {
	it("a host count of 3 is below the N-Policy 25 of a client's request", () => {
		const host =
			'Name: Windows(R), ServerStandard edition\nDescription: Windows(R) Operating System, VOLUME_KMS_WS22 channel\nLicense Status: Licensed\nKey Management Service is enabled on this machine\n    Current count: 3\n    Listening on Port: 1688';
		const client = `The client has sent an activation request to the key management service machine.\nInfo:\n${INFO_12288.replace('0xC004F074', '0xC004F038')}`;
		const d = diagnose([client, host]);
		expect(d.countCheck).toMatchObject({
			count: { value: 3, ref: { paste: 1 } },
			threshold: { value: 25, from: 'nPolicy', ref: { paste: 0 } },
			below: true,
		});
		expect(d.causes[0]).toMatchObject({
			id: 'count_below_threshold',
			params: { count: 3, threshold: 25 },
		});
		expect(d.causes[0]?.evidence.map((e) => e.kind)).toEqual(['code', 'count', 'threshold']);
	});

	it('two clients with one CMID are clones', () => {
		const dli = (name: string) =>
			`Name: Windows(R), Enterprise edition\nDescription: Windows(R) Operating System, VOLUME_KMSCLIENT channel\nLicense Status: Initial grace period\nClient Machine ID (CMID): 2ffcfc30-6a6a-49ec-92b8-f6150c7df211\nKMS machine name from DNS: ${name}:1688`;
		expect(diagnose([dli('kms01'), dli('kms01')]).causes.map((c) => c.id)).toContain(
			'duplicate_cmid'
		);
	});
});

describe('the data the rules use', () => {
	const slugs = (page: string): Set<string> => {
		const slugger = new GithubSlugger();
		const text = readFileSync(
			new URL(`../../../content/docs/${page}.mdx`, import.meta.url),
			'utf8'
		);
		return new Set(
			[...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
				slugger.slug((m[1] as string).replace(/`/g, ''))
			)
		);
	};

	it('links every cause to a heading that exists in both languages', () => {
		for (const rule of [...CAUSE_RULES, ...DATA_CAUSE_RULES]) {
			expect(slugs(rule.guide.page), rule.id).toContain(rule.guide.anchor.ja);
			expect(slugs(`en/${rule.guide.page}`), rule.id).toContain(rule.guide.anchor.en);
		}
	});

	it('knows every code its rules name, from the error reference or its own list with a source', () => {
		const own = new Set(EXTRA_CODES.map((c) => c.code));
		for (const c of EXTRA_CODES) expect(c.sources.length).toBeGreaterThan(0);
		for (const rule of [...CAUSE_RULES, ...DATA_CAUSE_RULES])
			for (const code of rule.codes)
				expect(findErrorMeaning(code) !== undefined || own.has(code), code).toBe(true);
	});
});
