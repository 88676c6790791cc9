// The eligibility rules, voting calendar, postcode-query parser and overseas territories moved to
// @solidarity-widgets/rules (ADR 0007), so the widgets can use them without installing the postcode data.
// Re-exported here so `@solidarity-widgets/data/eligibility` (and `/postcode-query`, `/territories`) keep working.
export * from '@solidarity-widgets/rules';
