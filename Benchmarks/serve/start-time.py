#!/usr/bin/env python3
"""Time from starting a server to its first accepted TCP connection, over several starts.

    start-time.py RUNS PORT COMMAND...

Each start: spawn COMMAND (output to /dev/null), try to connect to 127.0.0.1:PORT every
0.5 ms until a connection is accepted, stop the server (SIGTERM, then wait). Prints every
start in ms and, last, "MEDIAN <ms>".
"""
import signal
import socket
import statistics
import subprocess
import sys
import time


def one_start(port, command):
    start = time.perf_counter()
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return (time.perf_counter() - start) * 1000
            except OSError:
                if server.poll() is not None:
                    sys.exit(f"the server exited with status {server.returncode} before accepting a connection")
                if time.perf_counter() - start > 10:
                    sys.exit("no connection accepted within 10 s")
                time.sleep(0.0005)
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def main():
    runs, port, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    times = []
    for _ in range(runs):
        times.append(one_start(port, command))
    print(" ".join(f"{t:.1f}" for t in times))
    print(f"MEDIAN {statistics.median(times):.1f}")


if __name__ == "__main__":
    main()
