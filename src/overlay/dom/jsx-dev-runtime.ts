// Development builds (vite dev, Vitest) import the JSX runtime under this name.
export {Fragment, jsxDEV, type JSX} from './jsx-runtime';
