/*
 * The console's live page parts. A live part is refreshed by a p:remoteCommand; the next refresh
 * is scheduled only when the previous one has completed, and it waits while another Ajax request
 * (an action of the user, a table page) is queued, so that a slow server never piles refreshes
 * up in front of what the user does (p:poll fires on a fixed timer, whatever is still pending).
 */
var Longwave = window.Longwave || {};

Longwave.timers = Longwave.timers || {};

/** Calls the remote command named {@code command} in {@code intervalMs}, once. */
Longwave.refreshLater = function (command, intervalMs) {
  clearTimeout(Longwave.timers[command]);
  Longwave.timers[command] = setTimeout(function () {
    var queue = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue;
    if (typeof window[command] !== 'function') {
      return;
    }
    if (document.hidden || (queue && !queue.isEmpty())) {
      Longwave.refreshLater(command, intervalMs);
      return;
    }
    window[command]();
  }, intervalMs);
};

window.Longwave = Longwave;
