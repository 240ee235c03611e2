import type {ComponentChildren, VNode} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {useStore, useTexts} from '../state/use-store';
import {host} from './host';

/**
 * Renders its content only after the scenario's delay (default 150 ms), like a page whose data arrives from the
 * server after the route has changed. Until then an `ob-spinner` is shown.
 */
export function Deferred({children}: {children: () => ComponentChildren}): VNode {
	const store = useStore();
	const t = useTexts();
	const [ready, setReady] = useState(false);
	useEffect(() => {
		const timer = setTimeout(() => setReady(true), store.delay);
		return () => clearTimeout(timer);
	}, []);
	if (ready) return <>{children()}</>;
	return host(
		'ob-spinner',
		{class: 'ob-spinner'},
		<div class="ob-spinner-viewport" role="status" aria-label={t('loading')} />,
	);
}
