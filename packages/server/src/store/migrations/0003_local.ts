/**
 * 0003: working locally. Each constituency's public local contact; organisations' introduction requests
 * (routed to the organisers of the seats they name); their optional, moderated directory listing.
 */
export const statements: readonly string[] = [
  `CREATE TABLE local_contacts (
    constituency_code text PRIMARY KEY,
    name text NOT NULL,
    email text NOT NULL,
    website text,
    meeting_place text,
    languages text[] NOT NULL DEFAULT '{}',
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE introductions (
    id uuid PRIMARY KEY,
    organisation text NOT NULL,
    organisation_type text NOT NULL
      CHECK (organisation_type IN ('union_branch', 'diaspora_association', 'community_group', 'faith_group', 'other')),
    communities text,
    languages text[] NOT NULL DEFAULT '{}',
    constituency_codes text[] NOT NULL CHECK (cardinality(constituency_codes) >= 1),
    contact_name text NOT NULL,
    email text NOT NULL,
    offers text[] NOT NULL DEFAULT '{}',
    message text,
    consent_version text NOT NULL,
    consent_at timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'closed')),
    listing text NOT NULL CHECK (listing IN ('not_requested', 'pending', 'approved', 'rejected')),
    show_contact boolean NOT NULL DEFAULT false,
    rejection_reason text,
    listed_at timestamptz,
    partner text,
    origin text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  // Organisers' inboxes and the directory both ask "which rows touch these seats?" (`&&`).
  `CREATE INDEX introductions_constituencies ON introductions USING gin (constituency_codes)`,
  `CREATE INDEX introductions_email ON introductions (lower(email))`,
  `CREATE INDEX introductions_listing ON introductions (listing, listed_at DESC)`,
];
