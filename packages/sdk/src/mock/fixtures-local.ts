import type { LocalContact } from '@solidarity-widgets/contract';
import type { MockIntroduction } from './state.js';

/**
 * Local contacts: Lewisham East has one, Lewisham North (the other half of the split `SE13 6` sector) has none,
 * so widgets can show both "Get involved locally" and the honest "no local contact yet".
 */
export const localContacts: readonly LocalContact[] = [
  {
    constituency: { code: 'E14001331', name: 'Lewisham East' },
    name: 'Lewisham East Labour Party',
    email: 'hello@lewisham-east.example.org',
    website: 'https://lewisham-east.example.org',
    meetingPlace: 'Thursdays 7pm, Catford Library community room',
    languages: ['en', 'pl', 'yo'],
    updatedAt: '2026-11-18T10:00:00Z',
  },
];

const base = {
  communities: null,
  message: null,
  status: 'new',
  showContactInDirectory: false,
  rejectionReason: null,
  notes: null,
  partner: null,
  consentVersion: '2026-12-01',
} as const;

/** Introductions: two approved directory listings near Lewisham and one private request awaiting an organiser. */
export const introductions: readonly MockIntroduction[] = [
  {
    ...base,
    id: '7c1d2e3f-4a5b-4c6d-8e7f-000000000001',
    organisation: 'Lewisham Polish Community Association',
    organisationType: 'diaspora_association',
    communities: 'Polish families in Catford and Hither Green',
    languages: ['pl', 'en'],
    constituencies: [{ code: 'E14001331', name: 'Lewisham East' }],
    contactName: 'Agnieszka Malinowska',
    email: 'kontakt@lewisham-polish.example.org',
    offers: ['canvassers', 'translators'],
    status: 'contacted',
    listing: 'approved',
    showContactInDirectory: true,
    createdAt: '2026-11-10T09:00:00Z',
    updatedAt: '2026-11-12T09:00:00Z',
    listedAt: '2026-11-12T09:00:00Z',
  },
  {
    ...base,
    id: '7c1d2e3f-4a5b-4c6d-8e7f-000000000002',
    organisation: 'Unite Lewisham Community Branch',
    organisationType: 'union_branch',
    languages: ['en', 'so'],
    constituencies: [{ code: 'E14001332', name: 'Lewisham North' }],
    contactName: 'Yusuf Abdi',
    email: 'yusuf@example.org',
    offers: ['venues', 'publicity'],
    listing: 'approved',
    createdAt: '2026-11-11T09:00:00Z',
    updatedAt: '2026-11-13T09:00:00Z',
    listedAt: '2026-11-13T09:00:00Z',
  },
  {
    ...base,
    id: '7c1d2e3f-4a5b-4c6d-8e7f-000000000003',
    organisation: 'Catford Gurdwara Seva Group',
    organisationType: 'faith_group',
    languages: ['pa', 'en'],
    constituencies: [{ code: 'E14001331', name: 'Lewisham East' }],
    contactName: 'Harpreet Kaur',
    email: 'harpreet@example.org',
    offers: ['venues'],
    message: 'We can host a voter registration evening.',
    listing: 'pending',
    createdAt: '2026-11-21T09:00:00Z',
    updatedAt: '2026-11-21T09:00:00Z',
    listedAt: null,
  },
];
