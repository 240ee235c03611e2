/** @jsxImportSource ./dom */
import type {JSX} from './dom/jsx-runtime';
import type {RoleHelpView} from './view';

/**
 * The business-role help in the step panel: the chosen role with its one-line explanation, the handbook's category
 * warning (a live alert, since it answers the user's choice in the portal), and every role explained, folded away.
 */
export function RoleHelp({roles}: {roles: RoleHelpView}): JSX.Element {
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
			<details class="roles-explained">
				<summary>{roles.explainedTitle}</summary>
				<dl>
					{roles.explained.map(({role, text}) => (
						<div key={role}>
							<dt>{role}</dt>
							<dd>{text}</dd>
						</div>
					))}
				</dl>
			</details>
		</div>
	);
}
