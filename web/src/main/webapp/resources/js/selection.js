/*
 * Source intake: turns the user's selection inside the source text into offsets against that text, so the
 * server can check them against the stored body. Offsets count characters of the text (a Range from the
 * start of the element to the selection boundary), not DOM positions.
 */
window.factdesk = window.factdesk || {};
factdesk.selection = {
    attach: function (bodyId, formId) {
        var body = document.getElementById(bodyId);
        var field = function (name) { return document.getElementById(formId + ':' + name); };
        var preview = document.getElementById('selectionPreview');
        var lastPrefill = '';
        var capture = function () {
            var sel = window.getSelection();
            if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
            var range = sel.getRangeAt(0);
            if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) { return; }
            var before = document.createRange();
            before.selectNodeContents(body);
            before.setEnd(range.startContainer, range.startOffset);
            var start = before.toString().length;
            var text = range.toString();
            field('start').value = start;
            field('end').value = start + text.length;
            field('selection').value = text;
            preview.textContent = text;
            var stale = document.getElementById(formId + ':selectionMessage');
            if (stale) { stale.textContent = ''; stale.className = ''; } // a new selection answers the old complaint
            var statement = field('statement');
            if (statement.value === '' || statement.value === lastPrefill) {
                statement.value = text.trim();
                lastPrefill = statement.value;
            }
        };
        body.addEventListener('mouseup', capture);
        body.addEventListener('keyup', capture);
    }
};

/* Attached from here, not from an inline script in the page: the Content-Security-Policy allows no inline script. */
document.addEventListener('DOMContentLoaded', function () {
    var body = document.querySelector('[data-selection-form]');
    if (body) {
        factdesk.selection.attach(body.id, body.getAttribute('data-selection-form'));
    }
});
