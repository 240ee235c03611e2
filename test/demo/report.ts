import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {Shot} from './recorder';

export type ReportFacts = {
	lang: string;
	browser: string;
	seconds: number;
	blocked: string[];
	mail?: {to: string; subject: string; body: string};
	/** Set when the walkthrough stopped: the report then lists the steps up to the failure. */
	failure?: string;
};

/** `report.md` beside the screenshots: each step with its picture and what the overlay said. */
export async function writeReport(dir: string, shots: readonly Shot[], facts: ReportFacts): Promise<string> {
	const lines = [
		'# eIAM Assist — demo run',
		'',
		`Replica portal under https://www.portal.eiam.admin.ch/portal/adminservice/app/home, language \`${facts.lang}\`, ` +
			`${facts.browser}, ${facts.seconds.toFixed(1)} s. Guide \`resend-code\` (Chiara Bianchi's onboarding code is ` +
			"older than a month), then the popup's discrepancy wizard (another person registered).",
		'',
		...(facts.failure === undefined
			? []
			: [`**FAILED:** ${facts.failure} The page at that moment: [failure.png](failure.png).`, '']),
		facts.blocked.length === 0
			? 'Requests outside the portal host and the extension: **none**.'
			: `Requests outside the portal host and the extension (blocked): ${facts.blocked.map((url) => `\`${url}\``).join(', ')}`,
		'',
	];
	for (const [index, shot] of shots.entries()) {
		lines.push(`## ${index + 1}. ${shot.title}`, '', `![${shot.title}](${shot.file})`, '');
		if (shot.marked !== undefined) lines.push(`- Marked portal control (the ring): ${shot.marked}`);
		for (const fact of shot.facts ?? []) lines.push(`- ${fact}`);
		if (shot.note !== undefined && shot.note !== '') lines.push(`- ${shot.note}`);
		if (shot.said.length > 0)
			lines.push(...(lines.at(-1) === '' ? [] : ['']), ...shot.said.map((said) => `> ${said}  `));
		lines.push('');
	}
	if (facts.mail !== undefined) {
		const {to, subject, body} = facts.mail;
		lines.push(
			'## The prepared escalation e-mail',
			'',
			`To: ${to}  `,
			`Subject: ${subject}`,
			'',
			'```text',
			body.replace(/\r\n/g, '\n'),
			'```',
			'',
		);
	}
	const file = join(dir, 'report.md');
	await writeFile(file, lines.join('\n'));
	return file;
}
