"""`integra-bot polls qr|list`: the QR code decodes back to the poll's deep link."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image

from bot.cli import main

URL = "https://t.me/integra_sofia_bot?start=poll_economic-migrants"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("BOT_TOKEN", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")


def test_qr_code_png_and_svg_decode_to_the_deep_link(tmp_path, capsys):
    out = tmp_path / "qr"
    argv = ["polls", "qr", "economic-migrants", "--out", str(out)]
    assert main([*argv, "--bot-username", "integra_sofia_bot"]) == 0
    png, svg = out / "poll-economic-migrants.png", out / "poll-economic-migrants.svg"
    [decoded] = zxingcpp.read_barcodes(Image.open(png))
    assert decoded.text == URL
    assert decoded.format == zxingcpp.BarcodeFormat.QRCode
    assert svg.read_text().startswith("<?xml") and "<svg" in svg.read_text()
    assert URL in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["polls", "qr", "Not A Slug", "--bot-username", "integra_sofia_bot"], "not a poll slug"),
        (["polls", "qr", "no-such-poll", "--bot-username", "integra_sofia_bot"], "no poll"),
        (["polls", "qr", "economic-migrants"], "--bot-username"),
        (["polls", "qr", "economic-migrants", "--bot-username", "x"], "username"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, args, message):
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    assert main([*args, "--out", str(tmp_path / "qr")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert not (tmp_path / "qr").exists()


def test_list_shows_slug_state_and_votes(capsys):
    assert main(["db", "upgrade"]) == 0
    assert main(["polls", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].split()[:3] == ["economic-migrants", "open", "0"]
    assert main(["polls", "threshold", "7"]) == 0
    assert "fewer than 7" in capsys.readouterr().out
    assert main(["polls", "threshold", "1"]) == 2


def test_the_step_of_residents_results_is_shown_and_set(capsys):
    assert main(["db", "upgrade"]) == 0
    assert main(["polls", "step"]) == 0
    assert "after 10 more people" in capsys.readouterr().out
    assert main(["polls", "step", "25"]) == 0
    assert main(["polls", "step"]) == 0
    assert "after 25 more people" in capsys.readouterr().out.splitlines()[-1]
    assert main(["polls", "step", "1"]) == 2  # one would show each single vote
