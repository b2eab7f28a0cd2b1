/**
 * How the records write days and instants: a local calendar day 'YYYY-MM-DD' (string order = date
 * order, so they index well; arithmetic in days.ts) and an ISO 8601 instant. Shared by every domain,
 * so it lives apart from all of them.
 */
export type IsoDate = string;
export type IsoDateTime = string;
