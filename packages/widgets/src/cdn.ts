// The script-tag entry: reads page-wide options from its own <script data-*> tag, then registers every widget.
import { defaultsFromScript, setPageDefaults } from './core/config.js';

const script = Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]')).find(
  (s) => s.src === import.meta.url,
);
setPageDefaults(defaultsFromScript(script ?? null, import.meta.url));

await import('./define.js');
