"use strict";
/**
 * Errors a page reports on `window` without throwing (playwright's "pageerror" misses them): above all Chromium's
 * "ResizeObserver loop completed with undelivered notifications", which `npm start`'s error overlay shows over
 * the whole page when an element resizes itself inside a ResizeObserver callback (issue 19).
 */
const RECORD_WINDOW_ERRORS = `(() => {
  window.__windowErrors = [];
  window.addEventListener("error", (e) => window.__windowErrors.push(String(e.message || e.error || "error")));
})();`;

/** Record window errors in every page of `context` (before any script of the page runs). */
async function recordWindowErrors(context) {
  await context.addInitScript(RECORD_WINDOW_ERRORS);
}

/** The window errors `page` recorded so far. */
async function windowErrors(page) {
  return page.evaluate(() => window.__windowErrors || []);
}

module.exports = { recordWindowErrors, windowErrors };
