/** @jsxImportSource ./dom */
import type {JSX} from './dom/jsx-runtime';
import {translator, type Texts} from '../shared/catalog';
import type {ReviewPanelTextKey} from './review-panel-texts';
import type {Lang} from '../shared/lang';
import type {ReviewView} from './view';

type Props = {review: ReviewView; texts: Texts<ReviewPanelTextKey>; lang: Lang};

/**
 * The access review: who in the user list needs a look and why, the pagination note, a CSV export, and one click to
 * the matching guide for a person. Non-modal like the step panel; it reads the list, never clicks in it.
 */
export function ReviewPanel({review, texts, lang}: Props): JSX.Element {
	const t = translator(texts);
	return (
		<section
			class="panel review"
			data-eiam-assist-review
			data-total={review.total}
			aria-label={t('review_title')}
			tabIndex={-1}
		>
			<header class="panel-header">
				<h2>{t('review_title')}</h2>
			</header>
			<p class="instruction">{review.items.length > 0 ? t('review_intro') : t('review_none')}</p>
			<ul class="review-items">
				{review.items.map((item) => (
					<li key={item.extId} data-eiam-assist-review-item={item.extId} data-flags={item.flags.join(' ')}>
						<strong>{item.name}</strong> <span>{item.extId}</span>
						<span class="review-email">{item.email}</span>
						<span class="review-flags">{item.flagTexts.join(' · ')}</span>
						{item.guides.map((guide) => (
							<button
								key={guide.id}
								data-eiam-assist-review-guide={guide.id}
								onClick={['review-guide', guide.id, item.extId]}
							>
								{guide.label}
							</button>
						))}
					</li>
				))}
			</ul>
			<p
				class={review.incomplete ? 'warning' : 'status'}
				role="status"
				data-eiam-assist-review-note={review.incomplete ? 'some-unseen' : 'complete'}
			>
				{review.note}
			</p>
			<footer class="actions">
				<button class="primary" data-eiam-assist-review-export onClick={['export', lang]}>
					{t('review_export')}
				</button>
				<button data-eiam-assist-review-close onClick={['close-review']}>
					{t('review_close')}
				</button>
			</footer>
		</section>
	);
}
