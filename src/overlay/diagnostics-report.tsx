/** @jsxImportSource ./dom */
import type {Translate} from '../shared/catalog';
import type {JSX} from './dom/jsx-runtime';
import type {Ref} from './dom/render';
import type {OverlayTextKey} from './overlay-texts';

type Props = {
	t: Translate<OverlayTextKey>;
	report: {report: string; mailto?: string};
	onClose: () => void;
};

/** Puts the report on the clipboard; a refused clipboard (no focus, old browser) leaves the selected text. */
function copy(field: HTMLTextAreaElement | null): void {
	if (!field) return;
	field.select();
	// `clipboard` is missing on insecure pages and in old browsers, whatever the DOM typings say.
	const clipboard = navigator.clipboard as Clipboard | undefined;
	void clipboard?.writeText(field.value).catch(() => undefined);
}

/**
 * The diagnostics report (issue #12): read-only, selected and copied when it opens, with a mail button to the
 * support address from the settings (absent while none is set). The text is built and sanitised elsewhere.
 */
export class DiagnosticsReport {
	readonly #field: Ref<HTMLTextAreaElement> = {current: null};
	/** The field and text last copied: a new field (opened again) or a new text is copied once more. */
	#copied: [HTMLTextAreaElement | null, string] = [null, ''];

	view({t, report, onClose}: Props): JSX.Element {
		return (
			<div class="diagnostics" role="group" aria-label={t('panel_diagnostics')}>
				<p>{t('diagnostics_intro')}</p>
				<textarea
					ref={this.#field}
					readOnly
					rows={10}
					aria-label={t('panel_diagnostics')}
					data-eiam-assist-diagnostics-report
					value={report.report}
				/>
				<div class="actions">
					<button type="button" data-eiam-assist-diagnostics-copy onClick={() => copy(this.#field.current)}>
						{t('diagnostics_copy')}
					</button>
					{report.mailto && (
						<a class="button" href={report.mailto} data-eiam-assist-diagnostics-mail>
							{t('diagnostics_mail')}
						</a>
					)}
					<button type="button" data-eiam-assist-diagnostics-close onClick={onClose}>
						{t('diagnostics_close')}
					</button>
				</div>
			</div>
		);
	}

	/** After a pass: copy the report when it has just opened or changed. */
	settle(): void {
		const field = this.#field.current;
		if (!field || (field === this.#copied[0] && field.value === this.#copied[1])) return;
		this.#copied = [field, field.value];
		copy(field);
	}
}
