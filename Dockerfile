# ictarchive's scheduler in a container: the daily crawl and weekly compaction (`ictarchive schedule`).
#   docker build -t ictarchive .
#   docker run -d --name ictarchive -v ictarchive-data:/data ictarchive
# The archive lives in the /data volume; a config file can be mounted and named by ICTARCHIVE_CONFIG.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# An unprivileged user owns the archive; nothing runs as root.
RUN groupadd --system --gid 10001 ictarchive \
    && useradd --system --uid 10001 --gid ictarchive --home-dir /home/ictarchive --create-home ictarchive

WORKDIR /opt/ictarchive
# The same pinned versions CI tests (constraints.txt), installed into a virtual environment of its own so that
# the top-level packages archive, scraper, spiders and scheduler meet no other package's.
COPY pyproject.toml setup.py README.md constraints.txt ./
COPY archive ./archive
COPY scraper ./scraper
COPY spiders ./spiders
COPY scheduler.py ./
# The parser compiled by mypyc (setup.py), with a C compiler that is removed again in the same layer.
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && python -m venv /opt/venv \
    && ICTARCHIVE_USE_MYPYC=1 /opt/venv/bin/pip install -c constraints.txt . \
    && apt-get purge -y --auto-remove gcc libc6-dev && rm -rf /var/lib/apt/lists/* /opt/ictarchive/build \
    && mkdir /data && chown ictarchive:ictarchive /data

ENV PATH=/opt/venv/bin:$PATH \
    ICTARCHIVE_DATA=/data
VOLUME ["/data"]
USER ictarchive

# Healthy while `ictarchive status` is: every source crawled, none broken or overdue (exit 1 otherwise). The
# start period covers the first crawl, which the scheduler starts at once on an archive without one.
HEALTHCHECK --interval=30m --timeout=2m --start-period=2h --retries=1 CMD ["ictarchive", "status", "--quiet"]

# SIGTERM (docker stop) ends the scheduling; a crawl in progress finishes first (compose: stop_grace_period).
ENTRYPOINT ["ictarchive", "schedule"]
