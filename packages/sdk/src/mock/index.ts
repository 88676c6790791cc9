/**
 * A mock of the Solidarity Widgets API for tests, demos and Storybook:
 * msw 2 handlers over in-memory fixtures of real seats, MPs and postcodes.
 * Needs `msw` (an optional peer dependency); the main SDK entry never loads it.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createClient } from '@solidarity-widgets/sdk';
 * import { createMockHandlers, mockState, fixtures } from '@solidarity-widgets/sdk/mock';
 *
 * const state = mockState();
 * const server = setupServer(...createMockHandlers({ baseUrl: 'http://localhost:8787', state }));
 * server.listen({ onUnhandledRequest: 'error' });
 * const api = createClient({ baseUrl: 'http://localhost:8787' });
 * await api.lookupPostcode('SE13 6'); // Lewisham East 65 %, Lewisham North 35 %
 *
 * @packageDocumentation
 */
export { createMockHandlers, normalisePostcode, mockCancelToken, type MockHandlersOptions } from './handlers.js';
export {
  mockState,
  approveMessage,
  type MockState,
  type MockStateOptions,
  type MockSignup,
  type MockMessage,
  type MockRequestRecord,
  type MockIntroduction,
  type MockPledge,
} from './state.js';
export { fixtures } from './fixtures.js';
