#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# detect_latency.sh helper: listens on ADDR:PORT and either forwards to TARGET_PORT on
# TARGET_ADDR ("fwd ADDR PORT TARGET_ADDR TARGET_PORT") or accepts and never speaks
# ("silent ADDR PORT"). Several specs separated by ",". Runs until killed.
import socket, sys, threading

def pipe(a, b):
    try:
        while True:
            data = a.recv(65536)
            if not data:
                break
            b.sendall(data)
    except OSError:
        pass
    finally:
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

def serve(spec):
    kind, addr, port, *target = spec.split()
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((addr, int(port)))
    srv.listen(64)
    held = []
    while True:
        conn, _ = srv.accept()
        if kind == "silent":
            held.append(conn)  # never a byte
            continue
        out = socket.create_connection((target[0], int(target[1])))
        threading.Thread(target=pipe, args=(conn, out), daemon=True).start()
        threading.Thread(target=pipe, args=(out, conn), daemon=True).start()

for spec in " ".join(sys.argv[1:]).split(","):
    threading.Thread(target=serve, args=(spec.strip(),), daemon=True).start()
print("ready", flush=True)
threading.Event().wait()
