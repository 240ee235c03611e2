import type {MenuItem} from 'primeng/api';

/** A row or profile action: PrimeNG menu item with a PrimeIcons icon, run by the page. */
export function actionItem(icon: string, label: string, run: () => void, disabled = false): MenuItem {
	return {icon: `pi pi-${icon}`, label, disabled, command: () => run()};
}
