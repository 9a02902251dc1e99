/*
 * The console's live page parts. A live part is re-rendered by a p:remoteCommand when the server
 * pushes a notice over the page's socket that what it shows has changed (Longwave.changed).
 * At most one refresh of a part runs at a time: notices that arrive meanwhile make one more
 * refresh after it. A refresh waits while another Ajax request (an action of the user, a table
 * page) is queued and while the page is hidden, so that refreshes never pile up in front of what
 * the user does. A slow fallback refresh covers what changes without a notice (a gateway's
 * statistics and status) and everything after the socket closed: its ticket admits one socket,
 * so it is not opened again.
 */
var Longwave = window.Longwave || {};

/** The state of each live part, by the name of its remote command. */
Longwave.live = Longwave.live || {};

Longwave.part = function (command) {
  var part = Longwave.live[command];
  if (!part) {
    part = Longwave.live[command] = {
      refreshes: 0, notices: 0, running: false, due: false, opened: false, fallbackMs: 0,
      timer: null
    };
  }
  return part;
};

/**
 * Declares the live part of {@code command}, refreshed at least every {@code fallbackMs}, and
 * opens its socket with {@code ticket} (none without one: the page could not read what it shows).
 */
Longwave.liveStart = function (command, fallbackMs, contextPath, ticket) {
  var part = Longwave.part(command);
  part.fallbackMs = fallbackMs;
  Longwave.fallbackLater(command);
  if (ticket && typeof WebSocket === 'function') {
    var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://')
        + location.host + contextPath + '/console-live/' + encodeURIComponent(ticket));
    socket.onopen = function () { Longwave.opened(command); };
    socket.onmessage = function () { Longwave.notice(command); };
    part.socket = socket;
  }
};

Longwave.fallbackLater = function (command) {
  var part = Longwave.part(command);
  clearTimeout(part.timer);
  if (part.fallbackMs > 0) {
    part.timer = setTimeout(function () { Longwave.changed(command); }, part.fallbackMs);
  }
};

/** The server pushed a notice for the live part of {@code command} (the websocket's onmessage). */
Longwave.notice = function (command) {
  Longwave.part(command).notices++;
  Longwave.changed(command);
};

/** What the live part of {@code command} shows may have changed: refresh it when it may. */
Longwave.changed = function (command) {
  var part = Longwave.part(command);
  var queue = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue;
  part.due = true;
  if (part.running || typeof window[command] !== 'function') {
    return;
  }
  clearTimeout(part.timer);
  if (document.hidden) {
    return;
  }
  if (queue && !queue.isEmpty()) {
    part.timer = setTimeout(function () { Longwave.changed(command); }, 250);
    return;
  }
  part.due = false;
  part.running = true;
  part.refreshes++;
  window[command]();
};

/** The refresh of {@code command} has completed (the remote command's oncomplete). */
Longwave.refreshed = function (command) {
  var part = Longwave.part(command);
  part.running = false;
  if (part.due) {
    Longwave.changed(command);
  } else {
    Longwave.fallbackLater(command);
  }
};

/** The page's socket opened; were it to open again after a drop, notices may have been missed. */
Longwave.opened = function (command) {
  var part = Longwave.part(command);
  if (part.opened) {
    Longwave.changed(command);
  }
  part.opened = true;
};

document.addEventListener('visibilitychange', function () {
  if (document.hidden) {
    return;
  }
  Object.keys(Longwave.live).forEach(function (command) {
    if (Longwave.live[command].due) {
      Longwave.changed(command);
    }
  });
});

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
