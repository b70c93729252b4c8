// What a person can be told about, named once: the fan-out (lib/notify), the inbox, the preferences
// page and the e-mail worker all take a NotificationKind, never a free string. Pure data: the
// client-side preferences form imports it too.

export const NOTIFICATION_KINDS = [
  "assigned",
  "item_changed",
  "commented",
  "mentioned",
  "at_risk",
  "overdue",
  "review_due",
  "metric_threshold",
  "import_finished",
  "pull_request",
  "webhook_disabled",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How each kind is named on the preferences page, and what it covers. */
export const KIND_LABELS: Record<NotificationKind, { label: string; hint: string }> = {
  assigned: { label: "Assigned to you", hint: "Someone makes you the assignee of an item." },
  item_changed: { label: "Changes to what you watch", hint: "Status, priority, due date or assignee of an item you own or watch, or in a project you watch." },
  commented: { label: "Comments", hint: "A comment on an item you own or watch." },
  mentioned: { label: "Mentions", hint: "Someone writes @your name in a comment, a description or a runbook's change note." },
  at_risk: { label: "At risk", hint: "An item you own or watch, or one in a project you watch, is close to its due date." },
  overdue: { label: "Overdue", hint: "An item you own or watch, or one in a project you watch, passed its due date." },
  review_due: { label: "Runbook review due", hint: "A runbook you own or watch is due for review." },
  metric_threshold: { label: "Metric thresholds", hint: "A metric you watch crossed its target." },
  import_finished: { label: "Imports", hint: "An import you started finished." },
  pull_request: { label: "Pull requests", hint: "A pull request that names an item you own or watch was reopened on GitHub." },
  webhook_disabled: { label: "Webhooks switched off", hint: "A webhook failed for a day and was switched off (administrators)." },
};

/** Where a kind arrives: in the app (the inbox), and by e-mail at once, in the daily digest or not at all. */
export const EMAIL_MODES = ["off", "immediate", "digest"] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

export type KindPreference = { inApp: boolean; email: EmailMode };

/** Without a stored choice: everything in the app; by e-mail, what is addressed to you at once, the rest in the digest. */
export const DEFAULT_PREFERENCES: Record<NotificationKind, KindPreference> = {
  assigned: { inApp: true, email: "immediate" },
  item_changed: { inApp: true, email: "digest" },
  commented: { inApp: true, email: "digest" },
  mentioned: { inApp: true, email: "immediate" },
  at_risk: { inApp: true, email: "digest" },
  overdue: { inApp: true, email: "immediate" },
  review_due: { inApp: true, email: "digest" },
  metric_threshold: { inApp: true, email: "digest" },
  import_finished: { inApp: true, email: "off" },
  pull_request: { inApp: true, email: "immediate" },
  webhook_disabled: { inApp: true, email: "immediate" },
};

/** Kinds only administrators receive: the preferences page shows them to administrators alone. */
export const ADMIN_KINDS: readonly NotificationKind[] = ["webhook_disabled"];

/** What can be watched. */
export const WATCH_SUBJECTS = ["item", "runbook", "metric", "project"] as const;
export type WatchSubject = (typeof WATCH_SUBJECTS)[number];

/** Why a watch exists: chosen by hand, or because one created, was assigned, commented on or was mentioned in the thing. */
export const WATCH_REASONS = ["manual", "created", "assigned", "commented", "mentioned", "imported"] as const;
export type WatchReason = (typeof WATCH_REASONS)[number];
