"""What scraped input can never do: name a path, make an impossible partition, stop a run with a bad date,
pull a local file into a page through an XML entity, or make the replica listen beyond loopback."""

from __future__ import annotations

import json
import re
import select
import socket
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path

import pyarrow as pa
import pytest
from lxml import etree
from scrapy.http import HtmlResponse, XmlResponse

from archive import partition, schema
from archive.layout import MAX_YEAR, MIN_YEAR, DataDir, check_run_id
from archive.raw import RawWriter, warc_files
from archive.reader import connect
from archive.writer import recover
from scraper.ingest import ingest_capture
from scraper.replica.server import ReplicaServer
from tests.archive_helpers import Release, capture_of, ingest, release_html

ROOT = Path(__file__).parent.parent
RELEASE = Release(2024, 5, exports=20.1, exports_yoy=4.0, imports=11.2, chips=13.0, chips_yoy=10.0)
OTHER = Release(2024, 6, exports=21.3, exports_yoy=5.5, imports=11.9, chips=13.9, chips_yoy=12.0)
URL = "https://english.motie.go.kr/eng/article/EATCLdfa319ada/1/view"
PARTITION_NAME = re.compile(r"^(year|month)=(-?\d+)$")


def impossible_partition_dirs(root: Path) -> list[Path]:
    """Every `year=`/`month=` directory under `root` whose value no writer may make."""
    bad = []
    for path in root.rglob("*"):
        match = PARTITION_NAME.match(path.name)
        if path.is_dir() and match:
            value = int(match.group(2))
            ok = MIN_YEAR <= value <= MAX_YEAR if match.group(1) == "year" else 1 <= value <= 12
            if not ok:
                bad.append(path)
    return bad


# -- partition values ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "month"),
    [
        (1, 1),
        (9999, 12),
        (MIN_YEAR - 1, 12),
        (MAX_YEAR + 1, 1),
        (2024, 0),
        (2024, 13),
        (-2024, 5),
        (True, 1),
        ("2024", 5),
        (2024.0, 5),
        (2024, "5/../../x"),
    ],
)
def test_an_impossible_partition_raises_and_creates_no_directory(tmp_path, year, month) -> None:
    data = DataDir(tmp_path / "data")
    with pytest.raises(ValueError, match="invalid partition"):
        data.partition("facts", year, month)
    table = schema.DATASETS["facts"].empty_table()
    with pytest.raises(ValueError, match="invalid partition"):
        partition.replace(data, "facts", year, month, table, "run1")
    with pytest.raises(ValueError, match="invalid partition"):
        partition.upsert(data, "facts", year, month, pa.concat_tables([table]), "run1")
    assert not data.root.exists() or not any(data.root.rglob("*"))


def test_the_bounds_themselves_are_partitions(tmp_path) -> None:
    data = DataDir(tmp_path)
    assert data.partition("facts", MIN_YEAR, 1).name == "month=1"
    assert data.partition("facts", MAX_YEAR, 12).parent.name == f"year={MAX_YEAR}"


def dated(release: Release, day: bytes) -> bytes:
    """The release's page with its publication date replaced (as a site with a broken date field shows it)."""
    return release_html(release).replace(release.published.isoformat().encode(), day)


@pytest.mark.parametrize("day", [b"1900-01-05", b"1989-12-31", b"0001-01-01", b"9999-12-31", b"2101-01-05"])
def test_a_page_with_an_impossible_date_does_not_stop_the_run(tmp_path, day) -> None:
    """The good page beside it is archived; no impossible directory appears; the WARC file is marked ingested
    (so no later run trips over it again)."""
    data = DataDir(tmp_path / "data")
    writer = ingest(data, [capture_of(RELEASE, "run1"), capture_of(OTHER, "run1", html=dated(OTHER, day))], "run1")
    assert impossible_partition_dirs(data.root) == []
    connection = connect(data)
    assert connection.execute("SELECT count(*) FROM facts WHERE period = '2024-05' AND item = 'ict'").fetchone()[0] == 3
    published = dict(connection.execute("SELECT title, published_date FROM articles").fetchall())
    assert published["ICT exports in May 2024"] == RELEASE.published
    # the other page is archived as undated (a date outside 1990-2100 is no date: a CMS placeholder or a typo),
    # filed under the month it was fetched (2026-01), and its figures kept
    assert published["ICT exports in June 2024"] is None
    assert writer.stats.rejected == {}
    filed = connection.execute("SELECT year, month FROM articles WHERE title = 'ICT exports in June 2024'").fetchall()
    assert filed == [(2026, 1)]
    assert connection.execute("SELECT count(*) FROM facts WHERE period = '2024-06' AND item = 'ict'").fetchone()[0] > 0
    assert all(path.with_name(path.name + ".ingested").exists() for path in warc_files(data.raw))


def test_recovery_of_a_page_with_an_impossible_date_does_not_stop_every_later_run(tmp_path) -> None:
    """A WARC file a killed crawl left unmarked, holding such a page, is recovered once and marked."""
    data = DataDir(tmp_path / "data")
    with RawWriter(data.warc_path("motie_en", "killed"), data.root) as raw:
        raw.write(capture_of(RELEASE, "killed"))
        raw.write(capture_of(OTHER, "killed", html=dated(OTHER, b"1900-01-05")))
    assert recover(data, "recovery", ingest_capture) == 2
    assert recover(data, "recovery2", ingest_capture) == 0
    assert impossible_partition_dirs(data.root) == []
    titles = {row[0] for row in connect(data).execute("SELECT title FROM articles").fetchall()}
    assert "ICT exports in May 2024" in titles


def test_reparse_of_a_page_with_an_impossible_date_does_not_stop(tmp_path) -> None:
    from archive import maintenance

    data = DataDir(tmp_path / "data")
    ingest(data, [capture_of(RELEASE, "run1"), capture_of(OTHER, "run1", html=dated(OTHER, b"1900-01-05"))], "run1")
    maintenance.reparse(data, "reparse1", ingest_capture)
    assert impossible_partition_dirs(data.root) == []


# -- no path from scraped text ------------------------------------------------------------------------------

HOSTILE_URL = "https://english.motie.go.kr/../../../../etc/passwd/..%2f..%2fx/view?f=../../../tmp/evil"
HOSTILE_TITLE = "../../../../etc/passwd /etc/shadow ..\\..\\windows C:\\x"


def test_titles_and_urls_never_become_paths(tmp_path) -> None:
    """An article whose URL and title are path traversals is archived as data; every file written is inside
    the data directory and named by our own patterns."""
    data = DataDir(tmp_path / "data")
    html = release_html(RELEASE).replace(b"ICT exports in May 2024", HOSTILE_TITLE.encode())
    capture = capture_of(RELEASE, "run1", html=html)
    capture = type(capture)(**{**capture.__dict__, "url": HOSTILE_URL, "canonical_url": HOSTILE_URL})
    ingest(data, [capture], "run1")
    created = sorted(p for p in tmp_path.rglob("*"))
    assert created and all(p.resolve().is_relative_to(data.root.resolve()) for p in created)
    names = re.compile(
        r"^(part-run1-[0-9a-f]{8}\.parquet|_manifest\.json|run1\.warc\.gz(\.ingested)?|"
        r"from-[0-9a-f]{16}\.parquet|_writer\.lock|(year|month)=\d+|raw|motie_en|captures|"
        r"articles|facts|series|data|\.staging|\.versions|snapshots|CURRENT|\d{8})$"
    )
    assert [p.name for p in created if not names.match(p.name)] == []
    title, url = connect(data).execute("SELECT title, url FROM articles").fetchone()
    assert url == HOSTILE_URL and "../../../../etc/passwd" in title


@pytest.mark.parametrize(
    ("source", "run_id"),
    [
        ("../etc", "run1"),
        ("motie_en/../../x", "run1"),
        ("Motie", "run1"),
        ("motie_en", "../run"),
        ("motie_en", "a/b"),
        ("motie_en", ""),
        ("", "run1"),
    ],
)
def test_a_warc_path_needs_a_source_name_and_a_run_id_of_our_own_making(tmp_path, source, run_id) -> None:
    with pytest.raises(ValueError):
        DataDir(tmp_path).warc_path(source, run_id)
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("name", ["../facts", "facts/../../x", "/etc", "", "Facts"])
def test_a_dataset_name_is_one_of_ours(tmp_path, name) -> None:
    with pytest.raises(ValueError):
        DataDir(tmp_path).dataset(name)
    with pytest.raises(ValueError):
        check_run_id(name + "/x")


def test_a_source_name_from_the_command_line_is_checked_first(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scraper.cli", "crawl", "--source", "../../etc", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 2 and "unknown source ../../etc" in result.stderr
    assert not (tmp_path / "data").exists() and not (tmp_path.parent / "etc").exists()


# -- XML/HTML parsing resolves no external entity -------------------------------------------------------------


@pytest.fixture()
def secret(tmp_path) -> tuple[Path, str]:
    token = f"SECRET-{uuid.uuid4().hex}"
    path = tmp_path / "secret.txt"
    path.write_text(f"{token}\n")
    return path, token


def hostile_pages(secret_path: Path) -> dict[str, bytes]:
    """Pages that try to pull the file in: a general entity in the text, an external DTD, a parameter entity."""
    uri = secret_path.as_uri()
    body = (
        "<html><head><title>ICT exports in May 2024 &e;</title></head><body><div class='view_head'><h3>ICT "
        "exports in May 2024</h3><p class='date'>2024-06-14</p></div><article><p>ICT exports rose 4.0 percent "
        "from a year earlier to $20.1 billion in May 2024, the ministry said. &e;</p><p>Quote: &e;</p>"
        "</article></body></html>"
    )
    return {
        "general": f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY e SYSTEM "{uri}">]>\n{body}'.encode(),
        "no-prolog": f'<!DOCTYPE html [<!ENTITY e SYSTEM "{uri}">]>{body}'.encode(),
        "external-dtd": f'<?xml version="1.0"?>\n<!DOCTYPE html SYSTEM "{uri}">\n{body}'.encode(),
        "parameter": (
            f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY % p SYSTEM "{uri}"> %p; <!ENTITY e "x">]>\n{body}'
        ).encode(),
    }


def test_the_hostile_pages_do_leak_through_a_parser_that_resolves_entities(secret) -> None:
    """The control: an XML parser told to resolve entities does read the file, so the tests below can fail."""
    path, token = secret
    for name in ("general", "no-prolog"):
        permissive = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=True)
        root = etree.fromstring(hostile_pages(path)[name], permissive)
        assert token in etree.tostring(root, method="text", encoding="unicode"), name


def test_extract_never_reads_a_file_an_entity_names(tmp_path, secret) -> None:
    path, token = secret
    requests = []
    for name, page in hostile_pages(path).items():
        file = tmp_path / f"{name}.html"
        file.write_bytes(page)
        requests.append(json.dumps({"id": name, "path": str(file), "url": URL}))
    single = subprocess.run(
        [sys.executable, "-m", "scraper.cli", "extract", str(tmp_path / "general.html"), "--url", URL],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    batch = subprocess.run(
        [sys.executable, "-m", "scraper.cli", "extract", "-"],
        input="\n".join(requests) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert single.returncode == 0 and batch.returncode == 0, (single.stderr[-2000:], batch.stderr[-2000:])
    records = [json.loads(single.stdout), *(json.loads(line) for line in batch.stdout.splitlines())]
    assert len(records) == 1 + len(requests)
    for record in records:
        assert token not in json.dumps(record), record.get("id")
        assert "$20.1 billion" in record["text"], record.get("id")  # the page itself was read
        exports = [f["value_usd"] for f in record["facts"] if f["item"] == "ict" and f["flow"] == "export"]
        assert exports == [20.1e9], record.get("id")
    assert token not in single.stderr + batch.stderr


def test_scrapy_selectors_never_read_a_file_an_entity_names(secret) -> None:
    path, token = secret
    for name, page in hostile_pages(path).items():
        html = HtmlResponse("https://english.motie.go.kr/x", body=page, encoding="utf-8")
        text = " ".join(html.xpath("//text()").getall()) + " ".join(html.css("article p::text").getall())
        assert token not in text and "$20.1 billion" in text, name
        xml = XmlResponse("https://english.motie.go.kr/x.xml", body=page, encoding="utf-8")
        assert token not in " ".join(xml.xpath("//text()").getall()), name


def test_nested_entities_are_not_expanded_without_bound() -> None:
    """A 'billion laughs' document does not blow up in memory through the XML selector."""
    entities = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    page = f'<?xml version="1.0"?><!DOCTYPE r [{entities}]><r>&l9;</r>'.encode()
    text = "".join(XmlResponse("https://x.example/a.xml", body=page).xpath("//text()").getall())
    assert len(text) < 1_000_000


# -- the replica listens on loopback only ------------------------------------------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "", "::", "192.0.2.1", "example.com", "127.0.0.1.example.com"])
def test_the_replica_refuses_to_bind_beyond_loopback(host) -> None:
    with pytest.raises(ValueError, match="loopback"):
        ReplicaServer(host=host)


def local_non_loopback_address() -> str | None:
    """This machine's address on its default route (no packet is sent), or None."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith("127.") else address


def test_the_replica_answers_on_loopback_and_not_on_other_addresses() -> None:
    with ReplicaServer() as server:
        host, port = server.httpd.server_address[:2]
        assert host == "127.0.0.1"
        with urllib.request.urlopen(f"{server.url}/robots.txt", timeout=30) as response:
            assert response.status == 200
        other = local_non_loopback_address()
        if other is None:
            pytest.skip("no non-loopback address on this machine to try")
        with pytest.raises(ConnectionRefusedError), socket.create_connection((other, port), timeout=30):
            pass


def test_mirror_serve_has_no_host_option_and_listens_on_loopback(tmp_path) -> None:
    """`ictarchive mirror serve` cannot be told to listen elsewhere; the one it starts is on 127.0.0.1."""
    refused = subprocess.run(
        [sys.executable, "-m", "scraper.cli", "mirror", "serve", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert refused.returncode == 2 and "unrecognized arguments: --host" in refused.stderr
    child = subprocess.Popen(
        [sys.executable, "-m", "scraper.cli", "mirror", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        ready, _, _ = select.select([child.stdout], [], [], 120)
        assert ready, "mirror serve printed nothing"
        line = child.stdout.readline()
        match = re.search(r"on http://([\d.]+):(\d+)", line)
        assert match and match.group(1) == "127.0.0.1", line
        other = local_non_loopback_address()
        if other is not None:
            with (
                pytest.raises(ConnectionRefusedError),
                socket.create_connection((other, int(match.group(2))), timeout=30),
            ):
                pass
    finally:
        child.terminate()
        child.wait(timeout=60)
