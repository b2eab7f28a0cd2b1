// Chromium's switches for the e2e suite (playwright.config.ts) and the bench (tests/bench/context.mjs):
// offline (no background networking, component updates, sync or QUIC), no GPU, no first-run UI.
/** @type {string[]} */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Debian's `chromium` is the full browser (the bench and machines without chromium-headless-shell use it): each
  // context's window builds the WebUI omnibox popup, a renderer of its own that took a quarter of the two
  // cores during the suite. Chromium keeps only the last --disable-features, so Playwright's own list
  // (playwright-core chromiumSwitches.ts, 1.65) is repeated before ours.
  `--disable-features=${[
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'HttpsUpgrades',
    'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay',
    'MediaRouter',
    'PaintHolding',
    'ThirdPartyStoragePartitioning',
    'AvoidCorsURLLoaderRestartOnRedirect',
    'OptimizationHints',
    'NetworkTimeServiceQuerying',
    'AimEnabled',
    'PreconnectToSearch',
    'WebUIOmniboxPopup',
    'WebUIOmniboxFullPopup',
    'WebUIOmniboxAimPopup',
  ].join(',')}`,
];
