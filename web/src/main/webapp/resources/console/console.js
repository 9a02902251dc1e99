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

/**
 * Shows the marker of the element's data-latitude and data-longitude on a Leaflet map, with tiles
 * from its data-tiles URL template (OpenStreetMap's by default, or a local tile server's).
 */
Longwave.map = function (elementId) {
  var element = document.getElementById(elementId);
  if (!element || typeof L === 'undefined') {
    return;
  }
  var at = [parseFloat(element.dataset.latitude), parseFloat(element.dataset.longitude)];
  var map = L.map(element).setView(at, 14);
  L.tileLayer(element.dataset.tiles, {maxZoom: 19, attribution: element.dataset.attribution})
      .addTo(map);
  L.marker(at).addTo(map);
};
