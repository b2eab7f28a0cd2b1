import type { ZeroingItemId } from '../complaints/zeroing';

/**
 * What a file is to the account manager (issue 18): 合同/协议, 纪要, 来函, 报告, 照片, 其他. Stable
 * English codes; the Chinese names are the one label map `attachmentKind` (i18n/enum-labels.ts).
 */
export const ATTACHMENT_KINDS = ['agreement', 'minutes', 'letter', 'report', 'photo', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/**
 * The records a file can be attached to: a customer, one of its interactions, requirements or
 * complaints, and a complaint's zeroing item (owner kind 'complaints' with `zeroingItem`). Every
 * attachment also names its customer, so the customer's 附件 tab reads one index.
 */
export const ATTACHMENT_OWNER_KINDS = ['customers', 'interactions', 'requirements', 'complaints'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

export interface AttachmentOwner {
  kind: AttachmentOwnerKind;
  id: string;
  /** Only with kind 'complaints': the zeroing item whose evidence the file is. */
  zeroingItem?: ZeroingItemId;
}

/** How the app can show a file's content itself; anything else is downloaded or opened outside. */
export type PreviewKind = 'image' | 'pdf' | 'text' | 'none';
