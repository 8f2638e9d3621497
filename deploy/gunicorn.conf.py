"""gunicorn settings for the portal: `gunicorn --config deploy/gunicorn.conf.py leernetwerk.wsgi`.

Everything a host may want to change comes from the environment (/etc/leernetwerk/env):
GUNICORN_BIND, WEB_CONCURRENCY, GUNICORN_TIMEOUT, FORWARDED_ALLOW_IPS.
"""

import multiprocessing
import os

# Only nginx talks to gunicorn. Keep it on the loopback (or a private network address with a
# firewall in front): the portal believes X-Forwarded-Proto/-For from whoever reaches it.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Sync workers: each answers one request at a time; nginx buffers slow clients and uploads.
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)

# A request that takes longer than this is stopped and its worker replaced. nginx waits a few
# seconds longer (proxy_read_timeout in deploy/nginx/leernetwerk.conf).
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
graceful_timeout = 30
keepalive = 5

# Replace each worker now and then, so a slow leak never grows for months. Not too often: a new
# worker takes about a second of CPU to import the portal, and with cached pages answering in a
# few milliseconds, 1,000 requests meant a restart every few seconds under load (make loadtest).
max_requests = 20000
max_requests_jitter = 2000

# Heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# gunicorn's control socket (for `gunicornc`) goes into systemd's RuntimeDirectory; without
# one (by hand, in tests) it stays off instead of landing in the service account's home.
if os.environ.get("RUNTIME_DIRECTORY"):
    control_socket = os.path.join(os.environ["RUNTIME_DIRECTORY"], "gunicorn.ctl")
else:
    control_socket_disable = True

# Which proxies may say that a request came in over HTTPS (gunicorn's own check; Django's is
# TRUSTED_PROXY in the portal's settings).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Both logs to stdout/stderr, where systemd's journal picks them up. The access log names the
# visitor's address as nginx saw it (X-Forwarded-For) and the time the portal took.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%({x-forwarded-for}i)s "%(r)s" %(s)s %(b)s %(M)sms'
