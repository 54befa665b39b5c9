export const ROUTES: string[];
