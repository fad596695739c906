"""A slide is rendered when it is first shown, and then shows what it would have shown at once."""

import threading

from counsel_app.core.deck import parse_deck

DECK = ("# Start\n\nSee [the leaflet][leaflet] and 2 \\* 3 tablets.\n\n---\n\n"
        "## Later\n\n- a *plain* point\n\n[leaflet]: https://example.org/leaflet\n")


def test_a_link_defined_on_another_slide_works_when_the_slide_is_first_shown_later():
    slide = parse_deck(DECK).slides[0]
    assert '<a href="https://example.org/leaflet">the leaflet</a>' in slide.html
    assert slide.text == "Start See the leaflet and 2 * 3 tablets."


def test_slides_shown_in_any_order_and_from_two_threads_render_once_and_alike():
    first, again = parse_deck(DECK), parse_deck(DECK)
    wanted = [s.html for s in first.slides]
    out: list[str] = []
    threads = [threading.Thread(target=lambda: out.append(again.slides[1].html)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out == [wanted[1]] * 4 and "<em>plain</em>" in wanted[1]
    assert [s.html for s in reversed(again.slides)] == wanted[::-1]
