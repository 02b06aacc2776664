package dev.gcsync.sync.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The CSS and the script inlined in {@code report.html}, and the Content-Security-Policy that allows exactly
 * these two (by hash) and nothing else: no network, and no script that data might smuggle into the page.
 */
final class PageAssets {

    static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d232b;background:#fff}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
            .exit{color:#555;margin:0 0 16px}
            .tiles{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
            .tile{border:1px solid #d5dae0;border-radius:6px;padding:8px 12px;min-width:96px}
            .tile b{display:block;font-size:20px}.tile span{color:#555;font-size:12px}
            .tile.bad b{color:#b3261e}
            table{border-collapse:collapse;width:100%}
            th,td{border-bottom:1px solid #e3e7eb;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f4f6f8;position:sticky;top:0}
            table.lines th{width:120px;background:none;position:static}
            td{white-space:pre-wrap;word-break:break-word}td:nth-child(3){white-space:nowrap;word-break:normal}
            tr.s-FAILED td,tr.s-NOT_CONVERGED td{background:#fdecea}tr.s-PENDING td{background:#fff6e0}
            tr.s-INVALID td{background:#f1f1f1}
            .controls{display:flex;gap:8px;align-items:center;margin:8px 0;flex-wrap:wrap}
            .controls input{flex:1;min-width:220px;padding:4px 6px}
            svg.timeline{width:100%;max-width:960px;height:auto;display:block}
            .grid{stroke:#e3e7eb}.axis{stroke:#8a949e}.tick{font-size:11px;fill:#555}.label{font-size:12px;fill:#333}
            .requests{fill:none;stroke:#1f6feb;stroke-width:1.5}
            .allowed{fill:none;stroke:#2da44e;stroke-width:1.5;stroke-dasharray:6 4}
            .all-requests{fill:none;stroke:#9aa4ae;stroke-width:1}
            .token-allowed{fill:none;stroke:#8250df;stroke-width:1.5;stroke-dasharray:2 3}
            .throttled{fill:#d1242f}.pause{fill:#f5a623;fill-opacity:.25}
            .legend span{margin-right:16px}.legend i{display:inline-block;width:18px;height:4px;margin-right:4px;vertical-align:middle}
            .legend .l-requests{background:#1f6feb}.legend .l-allowed{background:#2da44e}
            .legend .l-all-requests{background:#9aa4ae}.legend .l-token-allowed{background:#8250df}
            .legend .l-throttled{background:#d1242f;width:8px;height:8px;border-radius:4px}
            .legend .l-pause{background:#f5a623;opacity:.4;height:10px}
            """;

    /** Renders the user rows from the JSON block, a page at a time, as text nodes (never as HTML). */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var PAGE = 200;
              var rows = JSON.parse(document.getElementById('users-data').textContent);
              var hay = rows.map(function (r) { return r.join('\\u0001').toLowerCase(); });
              var q = document.getElementById('q'), status = document.getElementById('status');
              var body = document.getElementById('rows'), shown = document.getElementById('shown');
              var prev = document.getElementById('prev'), next = document.getElementById('next');
              var matches = [], page = 0, timer = 0;
              function filter() {
                var text = q.value.trim().toLowerCase(), wanted = status.value;
                matches = [];
                for (var i = 0; i < rows.length; i++) {
                  if ((wanted === '' || rows[i][2] === wanted) && (text === '' || hay[i].indexOf(text) !== -1)) {
                    matches.push(i);
                  }
                }
                page = 0;
                render();
              }
              function render() {
                var from = page * PAGE, to = Math.min(matches.length, from + PAGE);
                var fragment = document.createDocumentFragment();
                for (var i = from; i < to; i++) {
                  var row = rows[matches[i]], tr = document.createElement('tr');
                  tr.className = 's-' + row[2];
                  for (var c = 0; c < row.length; c++) {
                    var td = document.createElement('td');
                    td.textContent = String(row[c]);
                    tr.appendChild(td);
                  }
                  fragment.appendChild(tr);
                }
                body.replaceChildren(fragment);
                shown.textContent = matches.length === 0 ? 'No user matches.'
                  : 'Users ' + (from + 1) + '–' + to + ' of ' + matches.length + ' matching (' + rows.length + ' in the run)';
                prev.disabled = page === 0;
                next.disabled = to >= matches.length;
              }
              q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(filter, 150); });
              status.addEventListener('change', filter);
              prev.addEventListener('click', function () { if (page > 0) { page--; render(); } });
              next.addEventListener('click', function () {
                if ((page + 1) * PAGE < matches.length) { page++; render(); }
              });
              filter();
            })();
            """;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'; img-src 'none'; form-action 'none'; base-uri 'none'";

    private PageAssets() {}

    /** The CSP source expression of an inline block: {@code sha256-<base64 of its exact text>}. */
    static String sha256(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
