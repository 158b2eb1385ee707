import { useEffect, useState } from 'preact/hooks';
import { t, localePath, type Locale, type UiKey } from '../../i18n/index.ts';
import { chooseMethod, type MethodAnswers } from '../../tools/methodChooser.ts';

interface Props {
	locale: Locale;
}

const DEFAULTS: MethodAnswers = {
	domain: 'all',
	versions: 'modern',
	clients: 30,
	servers: 5,
	connection: 'regular',
	isolated: 'no',
	office: false,
};

interface RadioGroupProps<T extends string> {
	name: string;
	legend: string;
	options: readonly { value: T; label: string }[];
	value: T;
	onChange: (value: T) => void;
}

function RadioGroup<T extends string>({
	name,
	legend,
	options,
	value,
	onChange,
}: RadioGroupProps<T>) {
	return (
		<fieldset class="kt-fieldset">
			<legend>{legend}</legend>
			{options.map((option) => (
				<label key={option.value} class="kt-radio">
					<input
						type="radio"
						name={name}
						value={option.value}
						checked={value === option.value}
						onChange={() => onChange(option.value)}
					/>{' '}
					{option.label}
				</label>
			))}
		</fieldset>
	);
}

/** "Which method fits?": the questions as a form, the answer from the pure function `chooseMethod`. */
export function MethodChooser({ locale }: Props) {
	const [answers, setAnswers] = useState<MethodAnswers>(DEFAULTS);
	const [ready, setReady] = useState(false);
	useEffect(() => setReady(true), []);
	const s = (key: UiKey) => t(locale, key);
	const set = <K extends keyof MethodAnswers>(key: K, value: MethodAnswers[K]) =>
		setAnswers({ ...answers, [key]: value });
	const advice = chooseMethod(answers);
	const opt = <T extends string>(prefix: string, values: readonly T[]) =>
		values.map((value) => ({ value, label: t(locale, `${prefix}.${value}` as UiKey) }));

	return (
		<div class="kt-chooser">
			<form class="kt-chooser__form" onSubmit={(event) => event.preventDefault()}>
				<RadioGroup
					name="kt-domain"
					legend={s('tools.chooser.domain')}
					options={opt('tools.chooser.domain', ['all', 'some', 'none'] as const)}
					value={answers.domain}
					onChange={(v) => set('domain', v)}
				/>
				<RadioGroup
					name="kt-versions"
					legend={s('tools.chooser.versions')}
					options={opt('tools.chooser.versions', ['modern', 'some-older'] as const)}
					value={answers.versions}
					onChange={(v) => set('versions', v)}
				/>
				<fieldset class="kt-fieldset">
					<legend>{s('tools.chooser.counts')}</legend>
					<p class="kt-hint" id="kt-counts-hint">
						{s('tools.chooser.countsHint')}
					</p>
					<div class="kt-numbers">
						<label>
							{s('tools.chooser.clients')}
							<input
								type="number"
								min={0}
								step={1}
								inputMode="numeric"
								aria-describedby="kt-counts-hint"
								value={answers.clients}
								onInput={(e) => set('clients', Number(e.currentTarget.value))}
							/>
						</label>
						<label>
							{s('tools.chooser.servers')}
							<input
								type="number"
								min={0}
								step={1}
								inputMode="numeric"
								aria-describedby="kt-counts-hint"
								value={answers.servers}
								onInput={(e) => set('servers', Number(e.currentTarget.value))}
							/>
						</label>
					</div>
				</fieldset>
				<RadioGroup
					name="kt-connection"
					legend={s('tools.chooser.connection')}
					options={opt('tools.chooser.connection', ['regular', 'some-away'] as const)}
					value={answers.connection}
					onChange={(v) => set('connection', v)}
				/>
				<RadioGroup
					name="kt-isolated"
					legend={s('tools.chooser.isolated')}
					options={opt('tools.chooser.isolated', ['no', 'reaches-central', 'closed'] as const)}
					value={answers.isolated}
					onChange={(v) => set('isolated', v)}
				/>
				<RadioGroup
					name="kt-office"
					legend={s('tools.chooser.office')}
					options={[
						{ value: 'yes', label: s('tools.yes') },
						{ value: 'no', label: s('tools.no') },
					]}
					value={answers.office ? 'yes' : 'no'}
					onChange={(v) => set('office', v === 'yes')}
				/>
			</form>

			{ready ? (
				<section class="kt-chooser__result" aria-labelledby="kt-chooser-result">
					<h2 id="kt-chooser-result">{s('tools.chooser.result')}</h2>
					<p class="kt-verdict" role="status">
						<strong>{t(locale, `tools.chooser.verdict.${advice.verdict}` as UiKey)}</strong>
					</p>
					{advice.parts.length > 0 && (
						<ul class="kt-parts">
							{advice.parts.map((part) => (
								<li key={`${part.method}-${part.group}`}>
									<strong>
										{t(locale, `tools.chooser.group.${part.group}` as UiKey)}:{' '}
										{t(locale, `tools.chooser.verdict.${part.method}` as UiKey)}
									</strong>
									<ul>
										{part.reasons.map((reason) => (
											<li key={reason}>{t(locale, `tools.chooser.reason.${reason}` as UiKey)}</li>
										))}
									</ul>
								</li>
							))}
						</ul>
					)}
					{advice.notes.length > 0 && (
						<>
							<p class="kt-label">{s('tools.chooser.notes')}</p>
							<ul>
								{advice.notes.map((note) => (
									<li key={note}>{t(locale, `tools.chooser.reason.${note}` as UiKey)}</li>
								))}
							</ul>
						</>
					)}
					<p>
						<a href={localePath(locale, '/guides/choosing-a-method/')}>
							{s('tools.chooser.learnMore')}
						</a>
					</p>
				</section>
			) : (
				<p class="kt-hint">{s('tools.chooser.noscript')}</p>
			)}
		</div>
	);
}
