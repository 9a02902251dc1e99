package io.longwave.api;

import io.longwave.api.security.PublicEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api} in a browser (where ChirpStack v3 serves its Swagger console): a page that
 * reads {@code /openapi} and lists every operation by tag with its summary. It needs no internet
 * access; the full description stays at {@code /openapi}.
 */
@Path("")
@ApplicationScoped
@Tag(name = "internal")
public class ApiIndexResource {

  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Longwave API</title>
      <style>body{font-family:sans-serif;margin:2em;max-width:60em}code{font-size:1.05em}
      h2{border-bottom:1px solid #ccc}td{padding:.15em .8em .15em 0;vertical-align:top}
      .m{font-weight:bold;width:5em}</style></head>
      <body><h1>Longwave API</h1>
      <p>ChirpStack v3 compatible REST API. Sign in with <code>POST /api/internal/login</code>
      and send the token as <code>Grpc-Metadata-Authorization: Bearer &lt;jwt&gt;</code>.
      The OpenAPI document is at <a href="/openapi">/openapi</a>
      (<a href="/openapi?format=JSON">JSON</a>).</p><div id="ops">Loading…</div>
      <script>
      fetch('/openapi?format=JSON').then(r => r.json()).then(doc => {
        const byTag = {};
        for (const [path, item] of Object.entries(doc.paths || {})) {
          for (const [method, op] of Object.entries(item)) {
            if (!op || typeof op !== 'object' || !op.responses) continue;
            const tag = (op.tags && op.tags[0]) || 'other';
            (byTag[tag] = byTag[tag] || []).push([method.toUpperCase(), path, op.summary || '']);
          }
        }
        const esc = s => s.replace(/[&<>]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;'}[c]));
        document.getElementById('ops').innerHTML = Object.keys(byTag).sort().map(t =>
          '<h2>' + esc(t) + '</h2><table>' + byTag[t].map(([m, p, s]) =>
            '<tr><td class="m">' + m + '</td><td><code>' + esc(p) + '</code></td><td>'
            + esc(s) + '</td></tr>').join('') + '</table>').join('');
      }).catch(e => { document.getElementById('ops').textContent = 'Cannot read /openapi: ' + e; });
      </script></body></html>
      """;

  @GET
  @PublicEndpoint
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "This API's browsable index (HTML)")
  public String index() {
    return PAGE;
  }
}
