import type {JSX} from 'preact';
import {useEffect, useRef} from 'preact/hooks';
import type {Translate} from '../shared/catalog';
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
export function DiagnosticsReport({t, report, onClose}: Props): JSX.Element {
	const field = useRef<HTMLTextAreaElement>(null);
	useEffect(() => copy(field.current), [report.report]);
	return (
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
				<button type="button" data-eiam-assist-diagnostics-copy onClick={() => copy(field.current)}>
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
