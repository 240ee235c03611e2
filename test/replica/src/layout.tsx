import type {ComponentChildren, VNode} from 'preact';
import {useRef, useState} from 'preact/hooks';
import {SIGNED_IN_USER} from './data/superuser';
import {LANGS} from './i18n/lang';
import {TEXTS} from './i18n/texts';
import {isUserManagementRoute} from './state/routes';
import {useLabels, useStore, useTexts} from './state/use-store';
import {host} from './ui/host';
import {Icon} from './ui/icon';
import {RouterLink} from './ui/link';
import {Notifications} from './ui/notifications';
import {useDismiss} from './ui/outside';

const OB_VERSION: Record<string, string> = {'ob-version': '6.1.5'};

/**
 * Oblique's master layout (OBLIQUE-DOM.md §1): header with the language buttons and the main navigation
 * `Home | Benutzermanagement ﹀`, then `div#content[role=main]` holding the routed page.
 */
export function MasterLayout({
	children,
	navigation = true,
}: {
	children: ComponentChildren;
	navigation?: boolean;
}): VNode {
	return host(
		'ob-master-layout',
		{class: `ob-master-layout ob-has-layout${navigation ? '' : ' ob-no-navigation'}`, ...OB_VERSION},
		<Header navigation={navigation} />,
		<div id="content" class="ob-master-layout-content" role="main" tabIndex={-1}>
			<div class="ob-master-layout-content-viewport">
				<main class="ob-main-layout">
					{host('router-outlet', null)}
					{children}
				</main>
			</div>
		</div>,
		<Notifications />,
	);
}

function Header({navigation}: {navigation: boolean}): VNode {
	const store = useStore();
	const t = useTexts();
	return host(
		'ob-master-layout-header',
		{class: 'ob-master-layout-header'},
		<div class="ob-header">
			<div class="ob-header-brand">
				<span class="ob-logo" aria-hidden="true" />
				<span class="ob-federal">{t('federalLogo')}</span>
				<span class="ob-header-title">{t('appTitle')}</span>
			</div>
			<div class="ob-header-right">
				<ul class="ob-header-controls ob-header-locale">
					{LANGS.map((lang) => (
						<li key={lang} class="ob-header-control">
							<button
								type="button"
								class={`ob-control-locale${lang === store.lang ? ' ob-active' : ''}`}
								lang={lang}
								title={TEXTS.languageName[lang]}
								onClick={() => store.setLang(lang)}
							>
								{lang.toUpperCase()}
							</button>
						</li>
					))}
				</ul>
				{navigation && (
					<ul class="ob-header-controls ob-header-user">
						<li class="ob-header-control">
							<Icon name="user" /> {SIGNED_IN_USER}
						</li>
						<li class="ob-header-control">
							<button type="button" class="ob-control-signout" onClick={() => store.signOut()}>
								{t('signOut')}
							</button>
						</li>
					</ul>
				)}
			</div>
		</div>,
		navigation ? <Navigation /> : null,
	);
}

function Navigation(): VNode {
	const store = useStore();
	const t = useLabels('home');
	const [open, setOpen] = useState(false);
	const item = useRef<HTMLLIElement>(null);
	useDismiss(open, [item], () => setOpen(false));
	const onHome = store.route === 'home';
	const inUserManagement = isUserManagementRoute(store.route);
	return host(
		'ob-master-layout-navigation',
		{class: 'ob-master-layout-navigation'},
		<nav>
			<ul id="navigation" class="ob-main-nav">
				<li class="ob-main-nav-item ob-master-layout-navigation-item">
					<RouterLink to="home" class={`ob-main-nav-link${onHome ? ' active' : ''}`} current={onHome}>
						{t('topTabHome')}
					</RouterLink>
				</li>
				<li ref={item} class={`ob-main-nav-item ob-master-layout-navigation-item${open ? ' ob-expanded' : ''}`}>
					<button
						type="button"
						class={`ob-main-nav-link${inUserManagement ? ' active' : ''}`}
						aria-haspopup="true"
						aria-controls="menu-user-management"
						aria-owns="menu-user-management"
						aria-expanded={open ? 'true' : 'false'}
						onClick={() => setOpen(!open)}
					>
						<span>{t('topTabUserManagement')}</span>
						<span class="ob-toggle" aria-hidden="true" />
					</button>
					<div class="ob-sub-menu" id="menu-user-management">
						<ul class="ob-main-nav ob-sub-nav">
							<li class="ob-main-nav-item">
								<RouterLink to="units" class="ob-main-nav-link" onNavigate={() => setOpen(false)}>
									{t('userManagementMenuDelegated')}
								</RouterLink>
							</li>
						</ul>
					</div>
				</li>
			</ul>
		</nav>,
	);
}
