/*
 * The access review reads only the rows the portal shows (it never clicks for the user). When the list is paginated
 * it must say how many users it has not seen and how to show them all: the panel words this note; here are its facts.
 */

export type PaginationNote =
	/** The review saw as many users as the portal reports (or more: the count lags behind a change). */
	| {readonly kind: 'all-seen'; readonly seen: number; readonly total: number}
	| {
			readonly kind: 'some-unseen';
			readonly seen: number;
			readonly total: number;
			readonly unseen: number;
			/** The smallest rows-per-page choice that shows all users on one page; undefined when none is that large. */
			readonly showAllWith: number | undefined;
	  }
	/** The portal reports no total (or one that is no count): nothing can be said about unseen users. */
	| {readonly kind: 'total-unknown'; readonly seen: number};

// The total and the rows-per-page choices are read off the page's text: anything but a whole count is not one.
const isCount = (value: number | undefined, least: number): value is number =>
	value !== undefined && Number.isSafeInteger(value) && value >= least;

/**
 * `seen`: distinct users the review saw; `total`: the count the portal reports (`4 von 4 Resultat(e)`), undefined when
 * it shows none; `rowsPerPageOptions`: the choices of the paginator's rows-per-page select, if it has one.
 */
export function paginationNote(
	seen: number,
	total: number | undefined,
	rowsPerPageOptions: readonly number[] = [],
): PaginationNote {
	const seenCount = isCount(seen, 0) ? seen : 0;
	if (!isCount(total, 0)) return {kind: 'total-unknown', seen: seenCount};

	const totalCount = total;
	if (seenCount >= totalCount) return {kind: 'all-seen', seen: seenCount, total: totalCount};

	const choices = rowsPerPageOptions.filter((option) => isCount(option, 1));
	const large = choices.filter((option) => option >= totalCount);
	return {
		kind: 'some-unseen',
		seen: seenCount,
		total: totalCount,
		unseen: totalCount - seenCount,
		showAllWith: large.length > 0 ? Math.min(...large) : undefined,
	};
}
