import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAUSE_RULES, type CauseId } from '../../../src/data/diagnosis.ts';
import { ERROR_CODES } from '../../../src/data/errors.ts';
import { diagnose } from '../../../src/tools/diagnose/index.ts';
import {
	CAUSE_SCENES,
	CODE_SCENES,
	LAB_SCENE_IDS,
	labHref,
	labSceneFor,
} from '../../../src/tools/diagnose/labLinks.ts';
import { sampleText } from './helpers.ts';

const scenarioExists = (id: string): boolean =>
	existsSync(new URL(`../../../content/scenarios/${id}.json`, import.meta.url));

describe('lab scenes for diagnosed causes', () => {
	it('name only presets that exist', () => {
		expect(LAB_SCENE_IDS.length).toBeGreaterThan(5);
		for (const id of LAB_SCENE_IDS) expect(scenarioExists(id), id).toBe(true);
	});

	it('follow the error reference: each code scene is the first scene errors.ts lists for that code, and no code with scenes is left out', () => {
		const withScenes = ERROR_CODES.filter((e) => e.scenes.length > 0);
		expect(Object.keys(CODE_SCENES).sort()).toEqual(withScenes.map((e) => e.code).sort());
		for (const e of withScenes) expect(CODE_SCENES[e.code], e.code).toBe(e.scenes[0]);
	});

	it('give a cause a scene the error reference lists for one of its codes, or one that plays out its state', () => {
		// Causes whose codes have no scene of their own, with the scene that shows them.
		const byState: Partial<Record<CauseId, string>> = {
			out_of_tolerance: 'laptop-away',
			renewal_late: 'laptop-away',
		};
		for (const [id, scene] of Object.entries(CAUSE_SCENES) as [CauseId, string][]) {
			const codes = CAUSE_RULES.find((r) => r.id === id)?.codes ?? [];
			const listed = ERROR_CODES.filter((e) => codes.includes(e.code)).flatMap((e) => e.scenes);
			expect(listed.includes(scene) || byState[id] === scene, `${id} → ${scene}`).toBe(true);
		}
	});

	it('pick the scene for the threshold the product needs', () => {
		expect(labSceneFor({ id: 'count_below_threshold', params: { count: 3, threshold: 25 } })).toBe(
			'threshold'
		);
		expect(labSceneFor({ id: 'count_below_threshold', params: { count: 3, threshold: 5 } })).toBe(
			'server-threshold'
		);
		expect(labSceneFor({ id: 'count_below_threshold', params: { code: '0xC004F038' } })).toBe(
			'threshold'
		);
	});

	it('link an error entry to its scene, and nothing the lab does not play out', () => {
		expect(labSceneFor({ id: 'see_error_entry', params: { code: '0xC004C020' } })).toBe('mak');
		expect(labSceneFor({ id: 'see_error_entry', params: { code: '0xC004F015' } })).toBeNull();
		expect(labSceneFor({ id: 'see_error_entry', params: { code: 'constructor' } })).toBeNull();
		expect(labSceneFor({ id: 'unknown_code', params: { code: '0xC004F038' } })).toBeNull();
		for (const id of [
			'host_not_activated',
			'access_denied',
			'not_kms_channel',
			'manual_host',
			'dns_publish_denied',
		] as const)
			expect(labSceneFor({ id, params: {} }), id).toBeNull();
	});

	it('match what real pastes are diagnosed with', () => {
		const first = (file: string) => diagnose([sampleText(file)]).causes[0];
		const cases: [string, string][] = [
			['ms-f074-event12288-client.txt', 'clock-skew'],
			['ms-f074-tnc-false.txt', 'firewall'],
			['ms-232b-error.txt', 'dns-missing'],
			['ms-f042-error.txt', 'old-host-key'],
			['ms-f038-message.txt', 'threshold'],
		];
		for (const [file, scene] of cases) {
			const cause = first(file);
			expect(cause, file).toBeDefined();
			expect(labSceneFor(cause!), file).toBe(scene);
		}
		const cloned = diagnose([
			'Client Machine ID (CMID): 11111111-2222-3333-4444-555555555555\nDescription: Windows(R) Operating System, VOLUME_KMSCLIENT channel',
			'Client Machine ID (CMID): 11111111-2222-3333-4444-555555555555\nDescription: Windows(R) Operating System, VOLUME_KMSCLIENT channel',
		]);
		expect(cloned.causes.map((c) => labSceneFor(c))).toContain('cloned-image');
	});

	it("open the simulator of the page's language on the preset", () => {
		expect(labHref('/simulator/', 'clock-skew')).toBe('/simulator/?scenario=clock-skew');
		expect(labHref('/en/simulator/', 'dns-missing')).toBe('/en/simulator/?scenario=dns-missing');
	});
});
