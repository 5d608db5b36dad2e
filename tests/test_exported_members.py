import warta


def test_exported_members_match_all():
    public = {name for name in dir(warta) if not name.startswith("_") and name[0].isupper() or name == "process"}
    assert set(warta.__all__) == public - {"logging"}
