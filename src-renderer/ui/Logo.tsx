/** The app mark: a shield-like triangle over a seal, drawn inline (no image request). */
export function Logo({ size = 34 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="12" fill="#1c3f7a" />
      <path d="M16 44 L32 14 L48 44 Z" fill="none" stroke="#fff" strokeWidth="5" strokeLinejoin="round" />
      <circle cx="32" cy="36" r="5" fill="#e8b84a" />
    </svg>
  );
}
