/**
 * Live parts of the console's device and gateway pages, pushed rather than polled: a page that
 * has checked the caller's access gets a one-time ticket for the device or gateway it shows and
 * opens a WebSocket with it ({@code /console-live/{ticket}}); while such a page is open, the
 * device's frames and events (or the gateway's frames) are watched, and each burst of them sends
 * the page one small notice, upon which it re-renders its live parts.
 */
package io.longwave.console.live;
