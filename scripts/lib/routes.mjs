// Every route of the app that a learner can open, for the budget check, axe and Lighthouse.
export const ROUTES = [
  '/',
  '/lessons/performance-bugs-in-ai-generated-code',
  '/lessons/performance-bugs-in-ai-generated-code/quiz',
  '/progress',
];
