// Sending a file to an import route and reading its answer as it streams:
// one JSON object per line, progress lines then the result. XMLHttpRequest,
// not fetch, because only it reports how much of the upload has gone.

export interface StreamLine {
  type: "progress" | "result";
  [key: string]: unknown;
}

export function postStreaming({
  url,
  body,
  contentType,
  onUpload,
  onLine,
}: {
  url: string;
  body: Blob | string;
  contentType: string;
  onUpload?: (sent: number, total: number) => void;
  onLine: (line: StreamLine) => void;
}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let consumed = 0;
    const drain = () => {
      const text = xhr.responseText;
      let end = text.indexOf("\n", consumed);
      while (end >= 0) {
        const line = text.slice(consumed, end).trim();
        consumed = end + 1;
        if (line) {
          try {
            onLine(JSON.parse(line) as StreamLine);
          } catch {
            /* a line that is not JSON (a proxy's error page) is left for the status check */
          }
        }
        end = text.indexOf("\n", consumed);
      }
    };
    xhr.open("POST", url);
    xhr.setRequestHeader("content-type", contentType);
    if (onUpload) xhr.upload.onprogress = (e) => onUpload(e.loaded, e.total);
    xhr.onprogress = drain;
    xhr.onload = () => {
      drain();
      resolve({ status: xhr.status, text: xhr.responseText });
    };
    xhr.onerror = () => reject(new Error("The connection to Lantern was lost. Check your connection and try again."));
    xhr.send(body);
  });
}

/** The message of a refusal answered as plain JSON (401, 403, 413) rather than a stream. */
export function refusalMessage(status: number, text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: string };
    if (parsed.message) return parsed.message;
  } catch {
    /* not JSON */
  }
  return `Lantern answered ${status}: nothing was loaded. Try again.`;
}
