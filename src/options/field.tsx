import type {ComponentChildren, JSX} from 'preact';

export type FieldControlProps = {
	id: string;
	'aria-describedby': string | undefined;
	'aria-invalid': boolean | undefined;
	disabled: boolean;
};

type FieldProps = {
	/** The setting key or another stable name; ids derive from it. */
	name: string;
	label: string;
	hint?: string | undefined;
	error?: string | undefined;
	/** Shown instead of letting the user edit: «Von Ihrer IT vorgegeben». */
	lockedNote?: string | undefined;
	/** A checkbox puts its label after the control. */
	inline?: boolean;
	children: (control: FieldControlProps) => ComponentChildren;
};

/**
 * One labelled control with its hint, its lock note and its error, all tied to the control through
 * `aria-describedby` so a screen reader reads them with it.
 */
export function Field({name, label, hint, error, lockedNote, inline = false, children}: FieldProps): JSX.Element {
	const id = `field-${name}`;
	const notes = [hint && `${id}-hint`, lockedNote && `${id}-locked`, error && `${id}-error`]
		.filter(Boolean)
		.join(' ');
	const control = children({
		id,
		'aria-describedby': notes === '' ? undefined : notes,
		'aria-invalid': error ? true : undefined,
		disabled: lockedNote !== undefined,
	});
	return (
		<div
			class={`field${inline ? ' field-inline' : ''}`}
			data-field={name}
			data-locked={lockedNote ? 'true' : undefined}
		>
			{inline ? null : <label for={id}>{label}</label>}
			{control}
			{inline ? <label for={id}>{label}</label> : null}
			{hint ? (
				<p class="hint" id={`${id}-hint`}>
					{hint}
				</p>
			) : null}
			{lockedNote ? (
				<p class="locked-note" id={`${id}-locked`} data-eiam-assist-locked={name}>
					{lockedNote}
				</p>
			) : null}
			{error ? (
				<p class="error" id={`${id}-error`} data-field-error={name}>
					{error}
				</p>
			) : null}
		</div>
	);
}
