import { createRef, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Diagnose, type DiagnoseProps } from '../../../src/components/tools/Diagnose.tsx';
import { DiagnosisView } from '../../../src/components/tools/diagnose/DiagnosisView.tsx';
import type { PageContext } from '../../../src/components/tools/diagnose/context.ts';
import { ERROR_MEANINGS } from '../../../src/data/errorMeanings.ts';
import { diagnoseWords } from '../../../src/i18n/diagnose/index.ts';
import { diagnose } from '../../../src/tools/diagnose/index.ts';
import { dataNoteTexts } from '../../../src/tools/diagnose/dataTexts.ts';
import { sampleText } from '../../tools/diagnose/helpers.ts';

function propsFor(lang: 'ja' | 'en'): DiagnoseProps {
	const { cli: _cli, ...words } = diagnoseWords(lang);
	return {
		lang,
		words,
		meanings: ERROR_MEANINGS.map((m) => ({ code: m.code, meaning: m.meaning[lang] })),
		scenes: [{ id: 'clock-skew', title: 'CLOCK SCENE' }],
		carried: 'CARRIED',
		dataTexts: dataNoteTexts(lang),
		copy: { copy: 'copy', copied: 'copied', failed: 'failed' },
		paths: {
			root: lang === 'ja' ? '/' : '/en/',
			errors: lang === 'ja' ? '/guides/error-codes/' : '/en/guides/error-codes/',
			simulator: lang === 'ja' ? '/simulator/' : '/en/simulator/',
		},
	};
}

function contextFor(props: DiagnoseProps): PageContext {
	const meanings = new Map(props.meanings.map((m) => [m.code, m.meaning]));
	const scenes = new Map(props.scenes.map((s) => [s.id, s.title]));
	const texts = new Map(props.dataTexts);
	return {
		lang: props.lang,
		words: props.words,
		copy: props.copy,
		paths: props.paths,
		meaning: (c) => meanings.get(c),
		dataText: (key) => texts.get(key),
		sceneTitle: (id) => scenes.get(id),
		idPrefix: 'dx',
	};
}

function render(texts: string[], lang: 'ja' | 'en'): string {
	const props = propsFor(lang);
	return renderToString(
		h(DiagnosisView, {
			diagnosis: diagnose(texts),
			texts,
			context: contextFor(props),
			headingRef: createRef(),
		})
	);
}

describe.each(['ja', 'en'] as const)('paste diagnosis (%s)', (lang) => {
	const words = diagnoseWords(lang);

	it('without JavaScript: says the diagnosis needs it, and shows no controls that would do nothing', () => {
		const html = renderToString(h(Diagnose, propsFor(lang)));
		expect(html).toContain(words.page.needsJs);
		expect(html).not.toContain('<textarea');
		expect(html).not.toContain('<button');
	});

	it('a clock-skew event: the cause with its evidence link, commands, guide, error entry and lab scene', () => {
		const html = render([sampleText('ms-f074-event12288-client.txt')], lang);
		expect(html).toContain('data-dx-cause="clock_skew"');
		expect(html).toContain('href="#dx-p1-l5"');
		expect(html).toContain('id="dx-p1-l5"');
		expect(html).toContain('w32tm /resync');
		expect(html).toContain(
			`href="${lang === 'ja' ? '/' : '/en/'}guides/troubleshooting/#${lang === 'ja' ? '手順-8-時刻のずれを確認する' : 'step-8-check-the-clocks'}"`
		);
		expect(html).toContain(`href="${lang === 'ja' ? '' : '/en'}/guides/error-codes/#0xc004f06c"`);
		expect(html).toContain(`href="${lang === 'ja' ? '' : '/en'}/simulator/?scenario=clock-skew"`);
		expect(html).toContain('CLOCK SCENE');
		// The header lines are plain, the event recognised, each marked for screen readers too.
		expect(html).toMatch(/kt-dx__seg--plain[^>]*>.*Log Name: Application/s);
		expect(html).toContain(`${words.page.recognised}: `);
		expect(html).toContain(words.notes.events[12288]);
	});

	it('a healthy host: no causes, the situation with its count', () => {
		const html = render([sampleText('ff793426-dli-host.txt')], lang);
		expect(html).toContain(words.status.healthy);
		expect(html).not.toContain('kt-dx__causes');
		expect(html).toContain(words.page.situation);
		expect(html).toContain(words.roles.host);
	});

	it('garbage: the honest "not recognised", what was found and what to paste, with its command', () => {
		const html = render(['hello\nthis is not slmgr output\n12345'], lang);
		expect(html).toContain(words.status.not_recognised);
		expect(html).toContain(words.page.found);
		expect(html).toContain(words.report.nothingFound);
		expect(html).toContain('data-dx-missing="client_dlv"');
		expect(html).toContain(words.missing.client_dlv);
		expect(html).toContain('slmgr /dlv');
		expect(html).not.toContain('kt-dx__seg--known');
	});

	it('blank pastes are left out of the result, and numbering stays that of the paste areas', () => {
		const html = render(['', 'Error: 0xC004F074'], lang);
		expect(html).toContain('id="dx-p2-l1"');
		expect(html).not.toContain('id="dx-p1-');
	});
});
