/** @jsxImportSource ./dom */
import {Disclosure} from './disclosure';
import type {JSX} from './dom/jsx-runtime';
import type {RoleHelpView} from './view';

/**
 * The business-role help in the step panel: the chosen role with its one-line explanation, the handbook's category
 * warning (a live alert, since it answers the user's choice in the portal), and every role explained, folded away
 * (`open`: unfolded, overlay-client.ts keeps it).
 */
export function RoleHelp({roles, open}: {roles: RoleHelpView; open: boolean}): JSX.Element {
	return (
		<div class="role-help">
			{roles.chosenText && (
				<p class="role-chosen" data-eiam-assist-chosen-role={roles.chosen}>
					<strong>{roles.chosenText}</strong>
					{roles.explanation && <span class="role-explanation">{roles.explanation}</span>}
				</p>
			)}
			{roles.categoryWarning && (
				<p class="warning" role="alert" data-eiam-assist-warning="other-category">
					{roles.categoryWarning}
				</p>
			)}
			<Disclosure
				open={open}
				toggle={['ui', {roles: !open}]}
				label={roles.explainedTitle}
				marker="data-eiam-assist-roles-toggle"
				id="eiam-assist-roles-explained"
			>
				<dl class="roles-explained">
					{roles.explained.map(({role, text}) => (
						<div key={role}>
							<dt>{role}</dt>
							<dd>{text}</dd>
						</div>
					))}
				</dl>
			</Disclosure>
		</div>
	);
}
