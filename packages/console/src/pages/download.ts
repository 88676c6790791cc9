/**
 * Saves text as a file through a temporary object URL (the browser's own download, no page navigation). A CSV gets
 * back the byte-order mark the server sent and `fetch`'s text() removed: without it Excel reads UTF-8 as Windows-1252
 * and every "ł", "ş" or Arabic name comes out garbled.
 */
export function downloadText(text: string, filename: string, type: string): void {
  const bom = type.startsWith('text/csv') && !text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const url = URL.createObjectURL(new Blob([bom + text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const today = (): string => new Date().toISOString().slice(0, 10);
