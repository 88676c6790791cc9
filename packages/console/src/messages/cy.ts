import type { MessageId } from './en.js';

export const messages: Partial<Record<MessageId, string>> = {};
