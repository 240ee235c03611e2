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

export type DiagnosticsReport = {view(props: Props): JSX.Element; settle(): void};

/**
 * The diagnostics report (issue #12): read-only, selected and copied when it opens, with a mail button to the
 * support address from the settings (absent while none is set). The text is built and sanitised elsewhere.
 */
export function diagnosticsReport(): DiagnosticsReport {
	const field: Ref<HTMLTextAreaElement> = {current: null};
	/** The field and text last copied: a new field (opened again) or a new text is copied once more. */
	let copied: [HTMLTextAreaElement | null, string] = [null, ''];
	return {
		view: ({t, report, onClose}) => (
			<div class="diagnostics" role="group" aria-label={t('panel_diagnostics')}>
				<p>{t('diagnostics_intro')}</p>
				<textarea
					ref={field}
					readOnly
					rows={10}
					aria-label={t('panel_diagnostics')}
					data-eiam-assist-diagnostics-report
					value={report.report}
				/>
				<div class="actions">
					<button data-eiam-assist-diagnostics-copy onClick={() => copy(field.current)}>
						{t('diagnostics_copy')}
					</button>
					{report.mailto && (
						<a href={report.mailto} data-eiam-assist-diagnostics-mail>
							{t('diagnostics_mail')}
						</a>
					)}
					<button data-eiam-assist-diagnostics-close onClick={onClose}>
						{t('diagnostics_close')}
					</button>
				</div>
			</div>
		),
		// After a pass: copy the report when it has just opened or changed.
		settle: () => {
			const shown = field.current;
			if (!shown || (shown === copied[0] && shown.value === copied[1])) return;
			copied = [shown, shown.value];
			copy(shown);
		},
	};
}
