// Placeholder until the replica exists (issue #3).
const root = document.getElementById('replica-root');
if (root) root.textContent = 'Willkommen';
