import { describe, expect, it } from 'vitest';
import { OUR_READING } from '../../src/data/errorMeanings.ts';
import { CSVLK_GROUPS } from '../../src/data/hostKeys.ts';
import {
	HOST_CHANNEL_NAMES,
	HOST_CHANNEL_OUR_READING,
	HOST_CHANNEL_RULE,
	findHostChannel,
	isKmsHostDescription,
} from '../../src/data/hostChannels.ts';

describe('host channel names in slmgr /dlv', () => {
	it("applies slmgr.vbs's own rule: VOLUME_KMS but not VOLUME_KMSCLIENT is a KMS host", () => {
		expect(isKmsHostDescription('Windows(R) Operating System, VOLUME_KMS_WS22 channel')).toBe(true);
		expect(
			isKmsHostDescription('Windows Operating System - Windows Server(R), VOLUME_KMS_C channel')
		).toBe(true);
		expect(isKmsHostDescription('Windows(R) Operating System, VOLUME_KMSCLIENT channel')).toBe(
			false
		);
		expect(isKmsHostDescription('Windows(R) Operating System, TIMEBASED_EVAL channel')).toBe(false);
		expect(HOST_CHANNEL_RULE.en).toMatch(/Volume:CSVLK/);
	});

	it('names each channel once, with a known group or none, sources, and its reading labelled', () => {
		const names = HOST_CHANNEL_NAMES.map((c) => c.channel);
		expect(new Set(names).size).toBe(names.length);
		expect(names).toEqual(expect.arrayContaining(['VOLUME_KMS_C', 'VOLUME_KMS_WS22']));
		const groups = new Set(CSVLK_GROUPS.map((g) => g.id));
		for (const c of HOST_CHANNEL_NAMES) {
			expect(c.channel).toMatch(/^VOLUME_KMS_[A-Z0-9_-]+$/);
			if (c.group !== null) expect(groups.has(c.group), c.channel).toBe(true);
			expect(c.sources.length, c.channel).toBeGreaterThan(0);
			for (const s of c.sources) expect(s.url, c.channel).toMatch(/^https:\/\//);
			// No source states any mapping: every note carries the label in both languages.
			expect(c.mappingConfirmed, c.channel).toBe(false);
			expect(c.note.ja, c.channel).toContain(OUR_READING.ja);
			expect(c.note.en, c.channel).toContain(OUR_READING.en);
		}
		expect(findHostChannel(' volume_kms_c ')?.channel).toBe('VOLUME_KMS_C');
		expect(findHostChannel('VOLUME_KMSCLIENT')).toBeUndefined();
	});

	it('writes the reading label exactly as the error reference does', () => {
		expect(HOST_CHANNEL_OUR_READING).toEqual(OUR_READING);
	});
});
