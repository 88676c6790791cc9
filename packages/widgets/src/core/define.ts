/**
 * Registers a tag once. Two partner scripts on one page (or two copies of the
 * bundle) must not throw "already defined".
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
