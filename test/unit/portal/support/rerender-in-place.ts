/** A framework's in-place re-render: every cell's text node replaced by an equal one. */
export function rerenderInPlace(rows: readonly Element[]): void {
	for (const row of rows) {
		for (const cell of row.children) {
			const text = cell.firstChild;
			if (text?.nodeType === Node.TEXT_NODE)
				cell.replaceChild(cell.ownerDocument.createTextNode(text.nodeValue ?? ''), text);
		}
	}
}
