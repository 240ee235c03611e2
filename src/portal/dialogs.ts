import {elementText} from './element-text';
import {LABEL_GROUPS, PAGE_LABELS, VOCABULARY, entryKeys, type LabelVariants} from './label-table';
import {matchKey} from './normalize-text';
import {outermost} from './outermost';
import {outsideTableBodies} from './page-scan';
import {isHidden} from './visibility';

/**
 * Visible open dialogs, outermost only (ngb-modal-window[role=dialog] wraps .modal-dialog[role=document]).
 * `elements` lets a caller that has already scanned the page pass its scan.
 */
export function openDialogs(doc: Document, elements: readonly Element[] = outsideTableBodies(doc)): Element[] {
	return outermost(elements.filter((el) => el.matches(VOCABULARY.openDialog) && !isHidden(el)));
}

/**
 * True for a dialog that blocks the page behind it: `aria-modal`, ng-bootstrap's modal window, a `.modal`, or a
 * `<dialog>` opened with showModal(). Controls behind it cannot be clicked, so locators ignore them.
 */
export function isModal(dialog: Element): boolean {
	if (dialog.getAttribute('aria-modal') === 'true' || dialog.tagName === 'NGB-MODAL-WINDOW') return true;
	if (dialog.classList.contains('modal')) return true;
	try {
		return dialog.tagName === 'DIALOG' && dialog.matches(':modal');
	} catch {
		return false; // :modal unknown to this engine
	}
}

/**
 * True for the create-user dialog and for the edit-user dialog the pencil opens (the same form, shared/portal/PAGES.md
 * §5): its title, one of its save buttons, or at least two of first name / last name / e-mail as field labels
 * next to text inputs. A confirmation dialog that merely names the user has no text inputs.
 */
export function isUserFormDialog(dialog: Element): boolean {
	const keys = new Set<string>();
	for (const el of dialog.querySelectorAll(VOCABULARY.dialogWords)) {
		keys.add(matchKey(elementText(el)));
	}
	const has = (entry: LabelVariants): boolean => [...entryKeys(entry)].some((key) => keys.has(key));
	if (has(PAGE_LABELS.titleCreateUser) || Object.values(LABEL_GROUPS.userFormSaves).some(has)) return true;
	return (
		Object.values(LABEL_GROUPS.userFormFields).filter(has).length >= 2 &&
		dialog.querySelector(VOCABULARY.textInput) !== null
	);
}

/** The open create/edit-user dialog, if any. */
export function openUserDialog(doc: Document, elements?: readonly Element[]): Element | undefined {
	return openDialogs(doc, elements).find(isUserFormDialog);
}
