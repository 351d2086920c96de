/** An HTML page response; static pages are cached by Next, so no cache header is set here. */
export function htmlResponse(body: string, status = 200): Response {
  return new Response(body, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}
