/** @jsxImportSource ./dom */
import type {Translate} from '../shared/catalog';
import type {JSX} from './dom/jsx-runtime';
import type {OverlayTextKey} from './overlay-texts';

type Props = {t: Translate<OverlayTextKey>; report: {report: string; mailto?: string}};

/**
 * The diagnostics report (issue #12): read-only, selected and copied when it opens (overlay-client.ts), with a mail
 * button to the support address from the settings (absent while none is set). The text is built and sanitised
 * elsewhere.
 */
export function DiagnosticsReport({t, report}: Props): JSX.Element {
	return (
		<div class="diagnostics" role="group" aria-label={t('panel_diagnostics')}>
			<p>{t('diagnostics_intro')}</p>
			<textarea
				readOnly
				rows={10}
				aria-label={t('panel_diagnostics')}
				data-eiam-assist-diagnostics-report
				value={report.report}
			/>
			<div class="actions">
				<button data-eiam-assist-diagnostics-copy onClick={['copy']}>
					{t('diagnostics_copy')}
				</button>
				{report.mailto && (
					<a href={report.mailto} data-eiam-assist-diagnostics-mail>
						{t('diagnostics_mail')}
					</a>
				)}
				<button data-eiam-assist-diagnostics-close onClick={['diagnostics', false]}>
					{t('diagnostics_close')}
				</button>
			</div>
		</div>
	);
}
