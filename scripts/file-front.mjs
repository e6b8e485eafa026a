// Preloaded into each server process (node --import, scripts/serve.ts): answers
// requests for the pages Lantern holds as files (lib/http/file-front.mjs)
// before Next.js sees them; every other request goes on to Next.js as before.
import http from "node:http";
import { serveHeld } from "../lib/http/file-front.mjs";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, response, ...rest) {
  if (event === "request" && serveHeld(request, response)) return true;
  return emit.call(this, event, request, response, ...rest);
};
