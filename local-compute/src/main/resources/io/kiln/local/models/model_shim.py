"""Kiln's local model server: loads FUNCTION from FILE (relative to the working directory) and serves
POST /predict (a JSON body, answered with the JSON of FUNCTION(body)) and GET /health on 127.0.0.1:$PORT."""
import importlib.util
import json
import os
import sys
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def load(path, name):
    sys.path.insert(0, os.getcwd())
    spec = importlib.util.spec_from_file_location("kiln_model", os.path.join(os.getcwd(), path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    function = None

    def answer(self, status, body):
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            data = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline().strip():
                        pass
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def do_GET(self):
        if self.path.split("?")[0] in ("/health", "/"):
            self.answer(200, {"status": "ok"})
        else:
            self.answer(404, {"error": "not found"})

    def do_POST(self):
        if self.path.split("?")[0] not in ("/predict", "/"):
            self.answer(404, {"error": "not found"})
            return
        try:
            body = json.loads(self.body() or b"null")
        except ValueError as e:
            self.answer(400, {"error": "the body is not JSON: %s" % e})
            return
        try:
            self.answer(200, Handler.function(body))
        except Exception as e:
            traceback.print_exc()
            self.answer(500, {"error": "%s: %s" % (type(e).__name__, e)})

    def log_message(self, format, *args):
        sys.stderr.write("%s\n" % (format % args))


def main():
    path, name = sys.argv[1], sys.argv[2]
    Handler.function = load(path, name)
    server = ThreadingHTTPServer(("127.0.0.1", int(os.environ["PORT"])), Handler)
    print("Serving %s:%s on port %s" % (path, name, os.environ["PORT"]), flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
