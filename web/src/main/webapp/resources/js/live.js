/*
 * Live updates. The server pushes a signal when a claim changes; pages re-read what they show through a
 * p:remoteCommand. A page whose forms hold unsaved input is never re-rendered under the user's hands:
 * it is told whether it is "dirty" and shows a notice instead.
 */
var factdesk = window.factdesk || {};
window.factdesk = factdesk;
factdesk.dirty = false;

(function () {
    function typed(event) {
        var form = event.target && event.target.closest ? event.target.closest('form') : null;
        if (form && !form.classList.contains('live-ignore')) {
            factdesk.dirty = true;
        }
    }
    document.addEventListener('input', typed, true);
    document.addEventListener('change', typed, true);
})();

/**
 * The page's live channels: each element with class live-channel names a channel, the path of its socket and
 * the handler of its messages. A socket that closes (its server went away, a restart) connects again, to
 * whichever server the balancer picks, waiting a little longer each time; one the server refused does not.
 */
factdesk.connect = function (marker) {
    var channel = marker.getAttribute('data-channel');
    var handler = factdesk[marker.getAttribute('data-onmessage')];
    var url = (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host
        + marker.getAttribute('data-path');
    var delay = 1000;
    function open() {
        var socket = new WebSocket(url);
        socket.onopen = function () {
            delay = 1000;
            factdesk.opened(channel);
        };
        socket.onmessage = function (event) {
            var message;
            try {
                message = JSON.parse(event.data);
            } catch (e) {
                return;
            }
            if (handler) {
                handler(message);
            }
        };
        socket.onclose = function (event) {
            factdesk.open[channel] = false;
            if (event.code === 1008 || event.code === 1003) {
                return;
            }
            window.setTimeout(open, delay);
            delay = Math.min(delay * 2, 30000);
        };
    }
    open();
};

/** Which live channels are connected; tests wait on it so they miss no push. */
factdesk.open = {};
factdesk.opened = function (channel) {
    factdesk.open[channel] = true;
};

/** Claim page: the push names a claim; only this page's claim matters. */
factdesk.claimChanged = function (message) {
    if (message && String(message.claim) === factdesk.liveClaimId() && window.claimChangedElsewhere) {
        window.claimChangedElsewhere([{name: 'dirty', value: factdesk.dirty}]);
    }
};

/** Queue page: many changes in a burst (a bulk action) refresh the table once. */
factdesk.queueChanged = function () {
    if (factdesk.queueTimer) {
        return;
    }
    factdesk.queueTimer = window.setTimeout(function () {
        factdesk.queueTimer = null;
        if (window.queueChangedElsewhere) {
            window.queueChangedElsewhere();
        }
    }, 400);
};

/** Any page: the user has a new notification; the bell re-reads its count. */
factdesk.notified = function () {
    if (window.refreshBell) {
        window.refreshBell();
    }
};

/** The claim this page shows (a data attribute: the Content-Security-Policy allows no inline script). */
factdesk.liveClaimId = function () {
    var marker = document.getElementById('liveClaim');
    return marker ? marker.getAttribute('data-claim-id') : null;
};

/* Last, once every handler above is defined. */
(function () {
    function connectAll() {
        Array.prototype.forEach.call(document.querySelectorAll('.live-channel'), factdesk.connect);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', connectAll);
    } else {
        connectAll();
    }
})();
