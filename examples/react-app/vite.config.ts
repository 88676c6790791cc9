import { defineConfig } from 'vite';

// No React plugin needed: Vite compiles the JSX (tsconfig's `"jsx": "react-jsx"`); fast refresh is not used here.
export default defineConfig({ build: { target: 'es2022' } });
