/** What the create-user dialog accepts as an e-mail address (its save buttons wait for one). */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[A-Za-z]{2,}$/;

export function isValidEmail(value: string): boolean {
	return EMAIL.test(value.trim());
}
