/**
 * The `returnUrl` a sign-in page may navigate to, or null. Only paths inside this app count:
 * `//evil.example` and `/\evil.example` are read by browsers as other hosts, and following them
 * after sign-in would hand a fresh session to a phishing page (open redirect).
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || /^\/[/\\]/.test(value)) {
    return null;
  }
  return value;
}
