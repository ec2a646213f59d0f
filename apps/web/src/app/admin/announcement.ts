/** A translated message for the page's polite live region, e.g. "Unit X has been added." */
export interface Announcement {
  key: string;
  params?: Record<string, unknown>;
}
