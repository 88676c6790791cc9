// The response validator (the SDK's JSON Schema check), in its own lazy chunk: see `loadCheck` in client.ts.
export { schemaCheck } from '@solidarity-widgets/sdk';
