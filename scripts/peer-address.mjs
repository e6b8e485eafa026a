// Preloaded into each server process (node --import, scripts/serve.ts):
// records every request's TCP peer address in the x-lantern-peer header,
// replacing any value the client sent, so lib/http/client-address.ts starts
// from an address nobody can forge. Next.js itself only fills in
// X-Forwarded-For when the request has none, which a client can always send.
import http from "node:http";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, ...rest) {
  if (event === "request" && request && request.headers) request.headers["x-lantern-peer"] = request.socket?.remoteAddress ?? "";
  return emit.call(this, event, request, ...rest);
};
