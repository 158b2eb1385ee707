interface Props {
	id: string;
	describedBy: string;
	label: string;
	/** Accessible name of the remove button; null when this paste cannot be removed (the only one). */
	removeLabel: string | null;
	removeText: string;
	text: string;
	onInput: (text: string) => void;
	onRemove: () => void;
	/** Ctrl+Enter (⌘+Enter) in the area runs the diagnosis. */
	onRun: () => void;
}

/** One paste area with its label and, when there are several, a button that removes it. */
export function PasteField({
	id,
	describedBy,
	label,
	removeLabel,
	removeText,
	text,
	onInput,
	onRemove,
	onRun,
}: Props) {
	return (
		<div class="kt-dx__field">
			<div class="kt-dx__field-head">
				<label for={id} class="kt-lookup__label">
					{label}
				</label>
				{removeLabel !== null && (
					<button
						type="button"
						class="kt-button kt-button--secondary"
						aria-label={removeLabel}
						onClick={onRemove}
					>
						{removeText}
					</button>
				)}
			</div>
			<textarea
				id={id}
				class="kt-dx__textarea"
				rows={8}
				spellcheck={false}
				autocomplete="off"
				autocapitalize="off"
				aria-describedby={describedBy}
				value={text}
				onInput={(event) => onInput(event.currentTarget.value)}
				onKeyDown={(event) => {
					if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
						event.preventDefault();
						onRun();
					}
				}}
			/>
		</div>
	);
}
