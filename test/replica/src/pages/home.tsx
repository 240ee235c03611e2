import type {VNode} from 'preact';
import {useState} from 'preact/hooks';
import {SIGNED_IN_USER} from '../data/superuser';
import {useLabels, useStore} from '../state/use-store';

/** Home (gestion_del_*): "Willkommen"; with `terms=1`, the terms-of-use step first (cond_util_*). */
export function HomePage(): VNode {
	const store = useStore();
	const t = useLabels('home');
	if (store.showTerms) return <TermsOfUse />;
	return (
		<div class="home">
			<p class="welcome">{t('welcome')}</p>
		</div>
	);
}

function TermsOfUse(): VNode {
	const store = useStore();
	const home = useLabels('home');
	const t = useLabels('termsOfUse');
	const [accepted, setAccepted] = useState(false);
	return (
		<div class="home terms-of-use">
			<p class="welcome">
				{home('welcome')} {SIGNED_IN_USER}
			</p>
			<p class="terms-intro">{t('intro')}</p>
			<div class="form-check">
				<input
					id="terms-accept"
					type="checkbox"
					class="form-check-input"
					checked={accepted}
					onChange={(event) => setAccepted(event.currentTarget.checked)}
				/>
				<label for="terms-accept" class="form-check-label font-weight-bold">
					{t('checkboxLabelBefore')}
					<a href="#" onClick={(event) => event.preventDefault()}>
						{t('checkboxLabelLink')}
					</a>
					{t('checkboxLabelAfter')}
				</label>
			</div>
			<button type="button" class="btn btn-primary" disabled={!accepted} onClick={() => store.acceptTerms()}>
				{t('continueButton')}
			</button>
		</div>
	);
}
