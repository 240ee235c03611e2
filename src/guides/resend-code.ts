import {correctEmail, startOnboardingAndSendCode, toOverview, toUserList} from './fragments';
import {defineGuide} from './define-guide';

// The full path of the SpiGes handbook ("Support for users"): resend the onboarding code when the code is older
// than a month, or after correcting a wrongly entered e-mail address (then the address is fixed first).
export default defineGuide({
	id: 'resend-code',
	asks: ['reason'],
	steps: [
		...toUserList,
		...correctEmail.map((step) => ({...step, when: {reason: 'wrong-email' as const}})),
		...toOverview,
		...startOnboardingAndSendCode,
	],
});
