import {correctEmail, toUserList} from './fragments';
import {defineGuide} from './define-guide';

// Fix a wrongly entered e-mail address in the person's data (pencil in the user list).
export default defineGuide({
	id: 'correct-email',
	asks: [],
	steps: [...toUserList, ...correctEmail],
});
