import { SolidarityConfigurator } from './configurator.component.js';

// Not a partner widget (served only at /configure, built apart: vite.configure.config.ts), so it is kept out of
// the package's manifest and entry points; registered once like the widgets.
if (!customElements.get('solidarity-configurator')) customElements.define('solidarity-configurator', SolidarityConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'solidarity-configurator': SolidarityConfigurator;
  }
}
