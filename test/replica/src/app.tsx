import {render, type VNode} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {MasterLayout} from './layout';
import {label} from './i18n/labels';
import {text} from './i18n/texts';
import {CompletedPage} from './pages/completed';
import {HomePage} from './pages/home';
import {LoginPage} from './pages/login';
import {OverviewPage} from './pages/overview';
import {PermissionsPage} from './pages/permissions';
import {SelfAdminPage} from './pages/self-admin';
import {UnitSelectionPage} from './pages/unit-selection';
import {UserSelectionPage} from './pages/user-selection';
import {siteOf, type RouteId} from './state/routes';
import {ReplicaStore} from './state/store';
import {StoreContext, useStore} from './state/use-store';
import {Deferred} from './ui/deferred';
import {host} from './ui/host';

const PAGES: Readonly<Record<RouteId, {component: () => VNode; host: `app-${string}`}>> = {
	home: {component: HomePage, host: 'app-home'},
	units: {component: UnitSelectionPage, host: 'app-unit-selection'},
	users: {component: UserSelectionPage, host: 'app-user-selection'},
	permissions: {component: PermissionsPage, host: 'app-permissions'},
	overview: {component: OverviewPage, host: 'app-overview'},
	completed: {component: CompletedPage, host: 'app-completed'},
};

function documentTitle(store: ReplicaStore): string {
	const lang = store.lang;
	const titles: Record<RouteId, string> = {
		home: label(lang, 'home', 'topTabHome'),
		units: label(lang, 'unitSelection', 'title'),
		users: label(lang, 'userSelection', 'title'),
		permissions: label(lang, 'permissions', 'title'),
		overview: label(lang, 'overview', 'title'),
		completed: label(lang, 'completed', 'title'),
	};
	return `${titles[store.route]} - eIAM`;
}

function AdminApp(): VNode {
	const store = useStore();
	const page = PAGES[store.route];
	const Page = page.component;
	useEffect(() => {
		document.title = documentTitle(store);
	});
	return (
		<MasterLayout>
			{/* A new key per navigation: the routed component is created afresh and loads after the delay. */}
			{host(page.host, {key: store.visit}, <Deferred>{() => <Page />}</Deferred>)}
		</MasterLayout>
	);
}

function Site(): VNode {
	const store = useStore();
	const site = siteOf(window.location.pathname);
	useEffect(() => {
		if (site === 'login') document.title = `CH-LOGIN - ${text(store.lang, 'loginTitle')}`;
		if (site === 'self-admin') document.title = `eIAM - ${text(store.lang, 'selfAdminTitle')}`;
	});
	if (site === 'admin') return <AdminApp />;
	if (site === 'login') return <LoginPage />;
	if (site === 'self-admin')
		return (
			<MasterLayout navigation={false}>
				<SelfAdminPage />
			</MasterLayout>
		);
	return <p>{text(store.lang, 'notFound')}</p>;
}

function Root({store}: {store: ReplicaStore}): VNode {
	const [, setTick] = useState(0);
	useEffect(() => store.subscribe(() => setTick((tick) => tick + 1)), [store]);
	return (
		<StoreContext.Provider value={store}>
			<Site />
		</StoreContext.Provider>
	);
}

/** Starts the replica in `root` for the current location; returns a function that unmounts it. */
export function mountReplica(root: HTMLElement): () => void {
	const store = new ReplicaStore(window);
	render(<Root store={store} />, root);
	return () => {
		store.dispose();
		render(null, root);
	};
}
