import type { Plugin } from 'vite';

export function minifyHtmlParts(parts: string[]): string[];
export function minifyCssParts(parts: string[]): string[];
export function minifyLitTemplates(options?: { include?: RegExp }): Plugin;
