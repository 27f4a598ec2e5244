// The browser's extension namespace, the one difference between the two browsers that code sees:
// Firefox has `browser` (promises), Chromium `chrome` (promises too, since Manifest V3). Imported
// by the background and the extension pages; the content scripts, which cannot import, take the
// same line into their namespace (content/reading.js).
export const api = globalThis.browser ?? globalThis.chrome;
