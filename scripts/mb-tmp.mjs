import { loadElectoralData } from '@solidarity-widgets/data';
const { signupReceipt } = await import('/work/main/packages/server/dist/services/canvass.js');
const { cancelToken } = await import('/work/main/packages/server/dist/services/signing.js');
const { clientAddressHash } = await import('/work/main/packages/server/dist/services/client-hash.js');
const data = loadElectoralData();
const facts = { id: '5d3b1f0e-8a53-4c1c-9b7e-7c2f5a1e9d11', sessionId: '0b8f1e7a-1c2d-4e5f-8a9b-0c1d2e3f4a5b', status: 'confirmed', createdAt: '2026-11-30T08:00:00.123Z', created: true, waitlistPosition: null, partner: 'bench-union', base: 'http://127.0.0.1:8080',
  session: { id: '0b8f1e7a-1c2d-4e5f-8a9b-0c1d2e3f4a5b', constituency_code: 'E14001279', title: 'Bench session', starts_at: '2026-12-07T10:00:00+00:00', ends_at: '2026-12-07T13:00:00+00:00', meeting_point: 'Colindale station', organiser_name: 'Hendon CLP', organiser_contact: 'organiser@example.org', accessibility: null, capacity: 1000, status: 'open', confirmed: 10 } };
const time = (label, fn, n = 20000) => { for (let i = 0; i < 2000; i++) fn(); const t = process.hrtime.bigint(); for (let i = 0; i < n; i++) fn(); console.log(label, (Number(process.hrtime.bigint() - t) / n / 1000).toFixed(2), 'µs'); };
time('signupReceipt', () => signupReceipt(facts, data));
const r = signupReceipt(facts, data);
time('stringify receipt', () => JSON.stringify({ ...r, cancelToken: 'x', cancelUrl: 'y' }));
time('cancelToken', () => cancelToken('secret-secret-secret', facts.id));
time('clientAddressHash', () => clientAddressHash('secret-secret-secret', '10.1.2.3'));
console.log(JSON.stringify(r).length);
