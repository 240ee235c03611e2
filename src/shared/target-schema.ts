import {z} from 'zod/mini';
import {CONTROL_ROLES, LABEL_KEYS} from './target';

// The vocabulary of targets (target.ts), as a schema: guides are checked against it by a unit test.
export const LabelKeySchema = z.enum(LABEL_KEYS);
export const ControlRoleSchema = z.enum(CONTROL_ROLES);

export const TargetSchema = z.discriminatedUnion('kind', [
	/** A labelled control anywhere on the page, including menus rendered in body-level overlay containers. */
	z.object({kind: z.literal('control'), role: ControlRoleSchema, label: LabelKeySchema}),
	/** A whole table, found by its column headers: the unit tree or the user list. */
	z.object({kind: z.literal('table'), table: z.enum(['units', 'users'])}),
	/** The user list row of the guide's person (its ExtID comes from the guide's context, not from the guide). */
	z.object({kind: z.literal('user-row')}),
	/** An icon-only button in the actions cell of that row: the pencil (edit), info, or the arrow opening the menu. */
	z.object({kind: z.literal('row-action'), action: z.enum(['edit', 'info', 'menu-toggle'])}),
	/** The arrow of the profile box on the permissions page. */
	z.object({kind: z.literal('profile-menu-toggle')}),
	/** The business-role list on the permissions page (a listbox of SpiGes roles); its value is the chosen role. */
	z.object({kind: z.literal('role-list')}),
	/** The granted-permissions table of the profile being edited; its value is the roles granted there. */
	z.object({kind: z.literal('granted-roles')}),
]);
export type Target = z.infer<typeof TargetSchema>;
