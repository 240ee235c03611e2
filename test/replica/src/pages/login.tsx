import type {VNode} from 'preact';
import {returnTarget} from '../state/routes';
import {useStore, useTexts} from '../state/use-store';

/**
 * A CH-LOGIN look-alike sign-in page (`/portal/login?return=<path>`), for tests of a guide that resumes after a
 * login round-trip. Signing in is one click; it returns with a full page load, like the real redirect.
 */
export function LoginPage(): VNode {
	const store = useStore();
	const t = useTexts();
	return (
		<div class="login-page">
			<div class="login-card card">
				<div class="card-body">
					<div class="login-brand">CH-LOGIN</div>
					<h1>{t('loginTitle')}</h1>
					<p>{t('loginIntro')}</p>
					<form
						onSubmit={(event) => {
							event.preventDefault();
							store.signIn();
							window.location.assign(returnTarget(window.location.href));
						}}
					>
						<div class="form-group">
							<label for="login-email">{t('loginEmail')}</label>
							<input
								id="login-email"
								type="text"
								class="form-control"
								value="amandine.favre@ti.ch"
								readOnly
							/>
						</div>
						<button type="submit" class="btn btn-primary">
							{t('loginButton')}
						</button>
					</form>
				</div>
			</div>
		</div>
	);
}
