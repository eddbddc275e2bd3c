"""Back / Forward history, independent of Qt."""

from tiphandbook.core.navigation import HOME, History, Location


def test_back_and_forward_walk_the_visits() -> None:
    history = History()
    a, b, c = (Location("doc", x) for x in "abc")
    for place in (HOME, a, b):
        history.visit(place)
    assert history.back() == a and history.back() == HOME and history.back() is None
    assert history.forward() == a
    history.visit(c)  # a new visit drops the forward entries
    assert not history.can_go_forward() and history.back() == a


def test_update_current_remembers_the_section_read() -> None:
    history = History()
    history.visit(Location("doc", "a"))
    history.visit(Location("doc", "b"))
    history.back()
    history.update_current(Location("doc", "a", "middle"))
    history.forward()
    assert history.back() == Location("doc", "a", "middle")
